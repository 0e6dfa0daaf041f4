#pragma once

#include "CliCommand.h"

namespace caselens::cli {

// caselens-cli extract FILE [--lang pt|es|en|auto] [--format json|brat]
class ExtractCommand final : public CliCommand {
public:
    QString name() const override { return QStringLiteral("extract"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context) const override;
};

} // namespace caselens::cli
