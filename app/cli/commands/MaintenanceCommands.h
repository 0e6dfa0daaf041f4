#pragma once

#include "CliCommand.h"

namespace caselens::cli {

// caselens-cli --db PATH backup OUT
class BackupCommand final : public CliCommand {
public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context) const override;
};

// caselens-cli --db PATH restore BACKUP
class RestoreCommand final : public CliCommand {
public:
    QString name() const override { return QStringLiteral("restore"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context) const override;
};

// caselens-cli --db PATH check-db
class CheckDbCommand final : public CliCommand {
public:
    QString name() const override { return QStringLiteral("check-db"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context) const override;
};

} // namespace caselens::cli
