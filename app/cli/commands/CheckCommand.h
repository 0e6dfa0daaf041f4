#pragma once

#include "CliCommand.h"

namespace caselens::cli {

// caselens-cli --db PATH check CASE_ID [--format json|text] [--dismiss KEY] [--restore KEY]
// The translation check of a stored case, without the issues reviewers dismissed. Exit 0 when
// nothing is open, 1 when issues are, 2 when it could not check (like check-pair).
class CheckCommand final : public CliCommand {
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context) const override;
};

} // namespace caselens::cli
