#pragma once

#include "CliCommand.h"

namespace caselens::cli {

// caselens-cli --db PATH search [QUERY] [--json] [--status S] [--tag T] [--lang L] [--finding F] ...
class SearchCommand final : public CliCommand {
public:
    QString name() const override { return QStringLiteral("search"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context) const override;
};

} // namespace caselens::cli
