#pragma once

#include "CliCommand.h"

namespace caselens::cli {

// caselens-cli context --input ROWS.tsv [--lang en]: the ConText component on its own.
class ContextCommand final : public CliCommand {
public:
    QString name() const override { return QStringLiteral("context"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context) const override;
};

} // namespace caselens::cli
