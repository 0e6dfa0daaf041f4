#pragma once

#include "CliCommand.h"

namespace caselens::cli {

// caselens-cli check-pair ORIGINAL TRANSLATION [--lang xx] [--translation-lang yy] [--format json|text]
// The translation check on two files. Exit 0 when clean, 1 when it found issues, 2 when it could
// not check (usage error, unreadable file), like diff.
class CheckPairCommand final : public CliCommand {
public:
    QString name() const override { return QStringLiteral("check-pair"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context) const override;
};

} // namespace caselens::cli
