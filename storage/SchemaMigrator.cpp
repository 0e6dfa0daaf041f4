#include "SchemaMigrator.h"

#include "model/MessageContexts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <map>
#include <spdlog/spdlog.h>

namespace caselens::storage {
namespace {

const QString kMigrationFolder = QStringLiteral(":/caselens/migrations");

// Migration number -> resource path, e.g. 1 -> ":/caselens/migrations/0001_initial.sql".
std::map<int, QString> migrationFiles()
{
    std::map<int, QString> files;
    const QStringList names = QDir(kMigrationFolder).entryList({QStringLiteral("*.sql")}, QDir::Files);
    for (const QString& name : names) {
        bool isNumber = false;
        const int number = name.section(QLatin1Char('_'), 0, 0).toInt(&isNumber);
        if (isNumber && number > 0)
            files.emplace(number, kMigrationFolder + QLatin1Char('/') + name);
    }
    return files;
}

} // namespace

SchemaMigrator::SchemaMigrator(const SqlDialect& dialect)
    : m_dialect(dialect)
{}

int SchemaMigrator::latestVersion()
{
    const auto files = migrationFiles();
    return files.empty() ? 0 : files.rbegin()->first;
}

Status SchemaMigrator::checkReadable(QSqlDatabase& db) const
{
    const auto current = m_dialect.schemaVersion(db);
    if (!current)
        return Error{current.error()};
    if (*current > latestVersion())
        return Error{
            StorageText::tr("This library was made by a newer version of CaseLens (library schema %1; this "
                            "version reads up to %2). It was left untouched: please update CaseLens.")
                .arg(*current)
                .arg(latestVersion())};
    return {};
}

Result<SchemaMigrator::Outcome>
SchemaMigrator::migrate(QSqlDatabase& db, const QString& libraryPath,
                        const std::function<Status(const QString&)>& backup) const
{
    if (auto readable = checkReadable(db); !readable)
        return Error{readable.error()};
    const auto current = m_dialect.schemaVersion(db);
    if (!current)
        return Error{current.error()};
    Outcome outcome{*current, *current, {}};
    const int latest = latestVersion();
    if (*current == latest)
        return outcome;

    if (*current > 0) {
        outcome.backupPath =
            QStringLiteral("%1.schema-v%2-%3.bak")
                .arg(libraryPath)
                .arg(*current)
                .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        if (auto saved = backup(outcome.backupPath); !saved)
            return Error{
                StorageText::tr("The library was not updated because a backup could not be made first: %1")
                    .arg(saved.error())};
        spdlog::info("storage: backed up library before migrating from schema {}", *current);
    }

    for (const auto& [number, file] : migrationFiles()) {
        if (number <= *current)
            continue;
        QFile script(file);
        if (!script.open(QIODevice::ReadOnly))
            return Error{StorageText::tr("Migration %1 is missing from this build.").arg(number)};
        const QString sql = QString::fromUtf8(script.readAll());
        // The script, the version stamp and the commit form one transaction: a crash leaves the
        // library at the previous version, never half-way.
        if (auto began = m_dialect.executeScript(db, m_dialect.beginWriteStatement()); !began)
            return Error{began.error()};
        Status applied = m_dialect.executeScript(db, sql);
        if (applied)
            applied = m_dialect.setSchemaVersion(db, number);
        if (applied)
            applied = m_dialect.executeScript(db, QStringLiteral("COMMIT"));
        if (!applied) {
            (void)m_dialect.executeScript(db, QStringLiteral("ROLLBACK"));
            return Error{StorageText::tr("Updating the library to schema %1 failed and was undone: %2")
                             .arg(number)
                             .arg(applied.error())};
        }
        spdlog::info("storage: applied migration {}", number);
        outcome.toVersion = number;
    }
    return outcome;
}

} // namespace caselens::storage
