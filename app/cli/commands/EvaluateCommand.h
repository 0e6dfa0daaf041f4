#pragma once

#include "CliCommand.h"

namespace caselens::cli {

// caselens-cli evaluate --gold DIR [--format brat|e3c|codiesp|negex] [--lang xx] [--ids FILE] [--errors]
class EvaluateCommand final : public CliCommand {
public:
    QString name() const override { return QStringLiteral("evaluate"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context) const override;
};

} // namespace caselens::cli
