#pragma once

#include "CliCommand.h"

namespace caselens::cli {

// caselens-cli --db PATH list [--json]
class ListCommand final : public CliCommand {
public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context) const override;
};

} // namespace caselens::cli
