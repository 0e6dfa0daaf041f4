#include "FilePermissions.h"
#include "SqlDialect.h"
#include "SqlStatement.h"
#include "model/MessageContexts.h"

#include <QCoreApplication>
#include <QHash>
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

sqlite3* nativeHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    // Debian's QSQLITE links the system libsqlite3, the one we link, so the handle is ours to use.
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

// Reads sqlite3's current row in place: no copy of the row, no QVariant per value.
class SqliteRow final : public RowView {
public:
    explicit SqliteRow(sqlite3_stmt* statement)
        : m_statement(statement)
    {}
    bool isNull(int column) const override { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }
    qint64 integer(int column) const override { return sqlite3_column_int64(m_statement, column); }
    double real(int column) const override { return sqlite3_column_double(m_statement, column); }
    QString text(int column) const override
    {
        const void* characters = sqlite3_column_text16(m_statement, column);
        if (!characters)
            return {};
        return QString(static_cast<const QChar*>(characters), sqlite3_column_bytes16(m_statement, column) / 2);
    }
    QString sharedText(int column) const override
    {
        const auto* characters = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
        if (!characters)
            return {};
        // Looked up by the row's own bytes (no copy); a value seen before is shared, not decoded.
        const QByteArray bytes = QByteArray::fromRawData(characters, sqlite3_column_bytes(m_statement, column));
        if (const auto seen = m_shared.constFind(bytes); seen != m_shared.constEnd())
            return seen.value();
        QString decoded = QString::fromUtf8(bytes);
        m_shared.insert(QByteArray(bytes.constData(), bytes.size()), decoded);
        return decoded;
    }

private:
    sqlite3_stmt* m_statement;
    mutable QHash<QByteArray, QString> m_shared; // values of every column, by their UTF-8 bytes
};

Status bindParameter(sqlite3_stmt* statement, const QString& name, const QVariant& value)
{
    const int index = sqlite3_bind_parameter_index(statement, name.toUtf8().constData());
    if (index == 0)
        return Error{QStringLiteral("no parameter %1").arg(name)};
    int rc = SQLITE_OK;
    if (value.isNull()) {
        rc = sqlite3_bind_null(statement, index);
    } else {
        switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
        case QMetaType::Bool:
            rc = sqlite3_bind_int64(statement, index, value.toLongLong());
            break;
        case QMetaType::Double:
            rc = sqlite3_bind_double(statement, index, value.toDouble());
            break;
        default: {
            const QString text = value.toString();
            rc = sqlite3_bind_text16(statement, index, text.utf16(), static_cast<int>(text.size() * 2),
                                     SQLITE_TRANSIENT);
        }
        }
    }
    return rc == SQLITE_OK ? Status{} : Status{Error{QString::fromUtf8(sqlite3_errstr(rc))}};
}

Result<int> pragmaInt(QSqlDatabase& db, const QString& pragma)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA ") + pragma) || !query.next())
        return storageError(StorageText::tr("read the library's header"), query.lastError());
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
                return storageError(StorageText::tr("open the library"), query.lastError());
        }
        return {};
    }

    Status executeScript(QSqlDatabase& db, const QString& script) const override
    {
        sqlite3* handle = nativeHandle(db);
        if (!handle)
            return Error{
                StorageText::tr("The SQLite driver does not expose its handle; cannot run migrations.")};
        char* message = nullptr;
        const int rc = sqlite3_exec(handle, script.toUtf8().constData(), nullptr, nullptr, &message);
        if (rc != SQLITE_OK) {
            const QString detail = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
            sqlite3_free(message);
            spdlog::error("storage: script failed: {}", detail.toStdString());
            return Error{StorageText::tr("Could not update the library's structure: %1").arg(detail)};
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
            return storageError(StorageText::tr("record the library's version"), query.lastError());
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
            return storageError(StorageText::tr("read the library"), query.lastError());
        return query.value(0).toInt() > 0;
    }

    Status stampAsCaseLens(QSqlDatabase& db) const override
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)))
            return storageError(StorageText::tr("mark the library"), query.lastError());
        return {};
    }

    Status backup(QSqlDatabase& db, const QString& destinationPath) const override
    {
        sqlite3* source = nativeHandle(db);
        if (!source)
            return Error{StorageText::tr("The SQLite driver does not expose its handle; cannot back up.")};
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
            return Error{StorageText::tr("The backup could not be written: %1").arg(detail)};
        }
        QFile::remove(destinationPath);
        if (!QFile::rename(partial, destinationPath)) {
            QFile::remove(partial);
            return Error{StorageText::tr("The backup could not be written to %1.").arg(destinationPath)};
        }
        return {};
    }

    Status replaceContent(QSqlDatabase& db, const QString& sourcePath) const override
    {
        sqlite3* destination = nativeHandle(db);
        if (!destination)
            return Error{StorageText::tr("The SQLite driver does not expose its handle; cannot restore.")};
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
                return Error{
                    StorageText::tr("The library is busy in another CaseLens window or process; close it and "
                                    "restore again.")};
            return Error{StorageText::tr("The library could not be restored: %1").arg(detail)};
        }
        return {};
    }

    Result<QStringList> integrityProblems(QSqlDatabase& db) const override
    {
        QStringList problems;
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
            return storageError(StorageText::tr("check the library"), query.lastError());
        while (query.next()) {
            const QString line = query.value(0).toString();
            if (line != u"ok")
                problems << line;
        }
        if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return storageError(StorageText::tr("check the library"), query.lastError());
        while (query.next())
            problems << StorageText::tr("Row %1 of table %2 points at a missing row of %3.")
                            .arg(query.value(1).toString(), query.value(0).toString(),
                                 query.value(2).toString());
        return problems;
    }

    QString beginWriteStatement() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    Status forEachRow(QSqlDatabase& db, const QString& sql, const QVariantMap& parameters, const QString& what,
                      const std::function<void(const RowView&)>& row) const override
    {
        sqlite3* handle = nativeHandle(db);
        if (!handle)
            return Error{StorageText::tr("Could not %1: the database driver is not SQLite.").arg(what)};
        sqlite3_stmt* statement = nullptr;
        const QByteArray text = sql.toUtf8();
        const auto failed = [&](int rc) {
            const QString detail = QString::fromUtf8(handle ? sqlite3_errmsg(handle) : sqlite3_errstr(rc));
            spdlog::warn("storage: could not {}: {} (native code {})", what.toStdString(), detail.toStdString(), rc);
            sqlite3_finalize(statement);
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                return Error{StorageText::tr(
                                 "Could not %1: the library is busy in another CaseLens window or process. "
                                 "Nothing was changed; try again in a moment.")
                                 .arg(what)};
            return Error{StorageText::tr("Could not %1 (database error: %2).").arg(what, detail)};
        };
        if (const int rc = sqlite3_prepare_v2(handle, text.constData(), static_cast<int>(text.size()), &statement,
                                              nullptr);
            rc != SQLITE_OK)
            return failed(rc);
        for (auto parameter = parameters.cbegin(); parameter != parameters.cend(); ++parameter)
            if (auto bound = bindParameter(statement, parameter.key(), parameter.value()); !bound) {
                sqlite3_finalize(statement);
                return Error{StorageText::tr("Could not %1 (database error: %2).").arg(what, bound.error())};
            }
        const SqliteRow view(statement);
        int rc = SQLITE_OK;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
            row(view);
        if (rc != SQLITE_DONE)
            return failed(rc);
        sqlite3_finalize(statement);
        return {};
    }
};

} // namespace

std::unique_ptr<SqlDialect> makeSqliteDialect()
{
    return std::make_unique<SqliteDialect>();
}

} // namespace caselens::storage
