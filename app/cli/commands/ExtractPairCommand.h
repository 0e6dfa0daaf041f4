#pragma once

#include "CliCommand.h"

namespace caselens::cli {

// caselens-cli extract-pair ORIGINAL TRANSLATION [--lang xx] [--translation-lang yy]
class ExtractPairCommand final : public CliCommand {
public:
    QString name() const override { return QStringLiteral("extract-pair"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context) const override;
};

} // namespace caselens::cli
