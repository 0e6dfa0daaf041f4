#include "FilePermissions.h"
#include "SqlDialect.h"
#include "SqlStatement.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <spdlog/spdlog.h>
#include <sqlite3.h>

namespace caselens::storage {
namespace {

// 'CSLN': marks a file as a CaseLens library so that we never migrate someone else's database.
constexpr int kApplicationId = 0x43534C4E;

QString tr(const char* text)
{
    return QCoreApplication::translate("Storage", text);
}

sqlite3* nativeHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    // Debian's QSQLITE links the system libsqlite3, the one we link, so the handle is ours to use.
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

Result<int> pragmaInt(QSqlDatabase& db, const QString& pragma)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA ") + pragma) || !query.next())
        return storageError(tr("read the library's header"), query.lastError());
    return query.value(0).toInt();
}

class SqliteDialect final : public SqlDialect {
public:
    QString driverName() const override { return QStringLiteral("QSQLITE"); }

    Status configureConnection(QSqlDatabase& db, int busyTimeoutMs) const override
    {
        // WAL lets the app read while the CLI writes; synchronous=FULL makes every acknowledged
        // commit durable even across a power cut, which clinicians' annotations deserve.
        // trusted_schema stays on: the full-text index is kept by triggers on FTS5 tables, which
        // SQLite refuses in untrusted mode; files not stamped as CaseLens libraries are refused anyway.
        const QByteArray busyTimeout = "PRAGMA busy_timeout = " + QByteArray::number(busyTimeoutMs);
        const char* const kPragmas[] = {
            "PRAGMA foreign_keys = ON",
            busyTimeout.constData(),
            "PRAGMA journal_mode = WAL",
            "PRAGMA synchronous = FULL",
            "PRAGMA temp_store = MEMORY",
            // 32 MB of page cache: full-text indexing of a large import touches many pages at once.
            "PRAGMA cache_size = -32768",
        };
        for (const char* pragma : kPragmas) {
            QSqlQuery query(db);
            if (!query.exec(QString::fromLatin1(pragma)))
                return storageError(tr("open the library"), query.lastError());
        }
        return {};
    }

    Status executeScript(QSqlDatabase& db, const QString& script) const override
    {
        sqlite3* handle = nativeHandle(db);
        if (!handle)
            return Error{tr("The SQLite driver does not expose its handle; cannot run migrations.")};
        char* message = nullptr;
        const int rc = sqlite3_exec(handle, script.toUtf8().constData(), nullptr, nullptr, &message);
        if (rc != SQLITE_OK) {
            const QString detail = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
            sqlite3_free(message);
            spdlog::error("storage: script failed: {}", detail.toStdString());
            return Error{tr("Could not update the library's structure: %1").arg(detail)};
        }
        return {};
    }

    Result<int> schemaVersion(QSqlDatabase& db) const override
    {
        return pragmaInt(db, QStringLiteral("user_version"));
    }

    Status setSchemaVersion(QSqlDatabase& db, int version) const override
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
            return storageError(tr("record the library's version"), query.lastError());
        return {};
    }

    Result<bool> isForeign(QSqlDatabase& db) const override
    {
        const auto applicationId = pragmaInt(db, QStringLiteral("application_id"));
        if (!applicationId)
            return Error{applicationId.error()};
        if (*applicationId == kApplicationId)
            return false;
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
            return storageError(tr("read the library"), query.lastError());
        return query.value(0).toInt() > 0;
    }

    Status stampAsCaseLens(QSqlDatabase& db) const override
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)))
            return storageError(tr("mark the library"), query.lastError());
        return {};
    }

    Status backup(QSqlDatabase& db, const QString& destinationPath) const override
    {
        sqlite3* source = nativeHandle(db);
        if (!source)
            return Error{tr("The SQLite driver does not expose its handle; cannot back up.")};
        // Write beside the destination and rename, so a failed backup never leaves half a file
        // under the name the user asked for.
        const QString partial = destinationPath + QStringLiteral(".partial");
        QFile::remove(partial);
        if (auto created = createPrivateFile(partial); !created)
            return created;
        sqlite3* destination = nullptr;
        int rc = sqlite3_open_v2(QFile::encodeName(partial).constData(), &destination, SQLITE_OPEN_READWRITE,
                                 nullptr);
        if (rc == SQLITE_OK) {
            sqlite3_backup* backup = sqlite3_backup_init(destination, "main", source, "main");
            if (backup) {
                // Copy in steps so that other connections can write in between; retry while busy.
                do {
                    rc = sqlite3_backup_step(backup, 256);
                    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                        sqlite3_sleep(20);
                } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
                sqlite3_backup_finish(backup);
            }
            rc = sqlite3_errcode(destination);
            if (rc == SQLITE_OK)
                rc = sqlite3_exec(destination, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
        }
        const QString detail = QString::fromUtf8(sqlite3_errmsg(destination));
        sqlite3_close(destination);
        if (rc != SQLITE_OK && rc != SQLITE_DONE) {
            QFile::remove(partial);
            spdlog::error("storage: backup failed: {}", detail.toStdString());
            return Error{tr("The backup could not be written: %1").arg(detail)};
        }
        QFile::remove(destinationPath);
        if (!QFile::rename(partial, destinationPath)) {
            QFile::remove(partial);
            return Error{tr("The backup could not be written to %1.").arg(destinationPath)};
        }
        return {};
    }

    Status replaceContent(QSqlDatabase& db, const QString& sourcePath) const override
    {
        sqlite3* destination = nativeHandle(db);
        if (!destination)
            return Error{tr("The SQLite driver does not expose its handle; cannot restore.")};
        sqlite3* source = nullptr;
        int rc = sqlite3_open_v2(QFile::encodeName(sourcePath).constData(), &source, SQLITE_OPEN_READONLY,
                                 nullptr);
        if (rc == SQLITE_OK) {
            sqlite3_backup* backup = sqlite3_backup_init(destination, "main", source, "main");
            if (!backup) {
                rc = sqlite3_errcode(destination);
            } else {
                // One step copies everything under one write lock: readers see old or new, never a mix.
                rc = sqlite3_backup_step(backup, -1);
                sqlite3_backup_finish(backup);
            }
        }
        const QString detail = QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close(source);
        if (rc != SQLITE_DONE && rc != SQLITE_OK) {
            spdlog::error("storage: restore failed: {}", detail.toStdString());
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                return Error{tr("The library is busy in another CaseLens window or process; close it and "
                                "restore again.")};
            return Error{tr("The library could not be restored: %1").arg(detail)};
        }
        return {};
    }

    Result<QStringList> integrityProblems(QSqlDatabase& db) const override
    {
        QStringList problems;
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
            return storageError(tr("check the library"), query.lastError());
        while (query.next()) {
            const QString line = query.value(0).toString();
            if (line != u"ok")
                problems << line;
        }
        if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return storageError(tr("check the library"), query.lastError());
        while (query.next())
            problems << tr("Row %1 of table %2 points at a missing row of %3.")
                            .arg(query.value(1).toString(), query.value(0).toString(),
                                 query.value(2).toString());
        return problems;
    }

    QString beginWriteStatement() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
};

} // namespace

std::unique_ptr<SqlDialect> makeSqliteDialect()
{
    return std::make_unique<SqliteDialect>();
}

} // namespace caselens::storage
