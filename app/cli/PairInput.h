#pragma once

#include "CliCommand.h"
#include "core/import/TextFileReader.h"

#include <QCommandLineParser>
#include <QString>

#include <optional>

namespace caselens::cli {

// The ORIGINAL and TRANSLATION files of the pair commands (extract-pair, check-pair) with their
// --lang and --translation-lang options; the texts are read as the files are, so that offsets
// count in the files ("" for a language means: guess it).
struct PairInput {
    DecodedText original;
    DecodedText translation;
    QString originalLanguage;
    QString translationLanguage;

    static void addOptions(QCommandLineParser& parser);
    // The pair, or nullopt once the problem was reported; `*exitCode` is then what the command
    // returns: a usage error for the arguments, `fileFailure` for a file that cannot be read.
    static std::optional<PairInput> read(CliContext& context, const QString& command, int fileFailure,
                                         int* exitCode);
};

} // namespace caselens::cli
