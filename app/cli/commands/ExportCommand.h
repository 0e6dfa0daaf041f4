#pragma once

#include "CliCommand.h"

namespace caselens::cli {

// caselens-cli --db PATH export (--case ID | --status S | --all) --format pdf|html|json|csv|brat
//     --out DIR [--teaching] [--deidentify [--show-masked]] [--layout side-by-side|stacked] [--page
//     a4|letter]
class ExportCommand final : public CliCommand {
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context) const override;
    bool needsFonts() const override { return true; }
};

} // namespace caselens::cli
