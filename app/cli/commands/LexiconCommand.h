#pragma once

#include "CliCommand.h"

namespace caselens::cli {

// caselens-cli --db PATH lexicon (list | add TERM --category C [--lang xx] [--concept ID] [--code CODE] | remove ID)
class LexiconCommand final : public CliCommand {
public:
    QString name() const override { return QStringLiteral("lexicon"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context) const override;
};

} // namespace caselens::cli
