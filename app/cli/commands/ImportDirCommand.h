#pragma once

#include "CliCommand.h"

namespace caselens::cli {

// caselens-cli --db PATH import-dir DIR [--original-lang xx] [--tag T]
class ImportDirCommand final : public CliCommand {
public:
    QString name() const override { return QStringLiteral("import-dir"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context) const override;
};

} // namespace caselens::cli
