#pragma once

#include "CliCommand.h"

namespace caselens::cli {

// caselens-cli --db PATH import ORIGINAL [--translation FILE] [--lang xx] [--translation-lang yy] [--title T]
class ImportCommand final : public CliCommand {
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context) const override;
};

} // namespace caselens::cli
