#pragma once

#include "CliCommand.h"

namespace caselens::cli {

// caselens-cli --db PATH annotate CASE_ID (--span LANG:START-END | --whole-case) --label L [--comment C]
class AnnotateCommand final : public CliCommand {
public:
    QString name() const override { return QStringLiteral("annotate"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context) const override;
};

// caselens-cli --db PATH annotations CASE_ID [--json]
class AnnotationsCommand final : public CliCommand {
public:
    QString name() const override { return QStringLiteral("annotations"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context) const override;
};

// caselens-cli --db PATH set-status CASE_ID STATUS
class SetStatusCliCommand final : public CliCommand {
public:
    QString name() const override { return QStringLiteral("set-status"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context) const override;
};

// caselens-cli --db PATH history CASE_ID [--json]
class HistoryCommand final : public CliCommand {
public:
    QString name() const override { return QStringLiteral("history"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context) const override;
};

} // namespace caselens::cli
