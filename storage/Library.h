#pragma once

#include "SqlDialect.h"
#include "model/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace caselens::storage {

// An open case library: one database connection, usable from the thread that opened it.
// Another thread opens its own Library on the same path (SQLite connections are per thread).
class Library {
public:
    struct Options {
        bool createIfMissing = true;
        int busyTimeoutMs = 5000; // how long a write waits for another process's lock
    };

    // Opens (creating if allowed) and migrates the library at `path`. A library written by a
    // newer CaseLens, or a database that is not a CaseLens library, is refused untouched.
    static Result<std::unique_ptr<Library>> open(const QString& path, const Options& options);
    static Result<std::unique_ptr<Library>> open(const QString& path) { return open(path, Options{}); }
    ~Library();
    Library(const Library&) = delete;
    Library& operator=(const Library&) = delete;

    // The database engine's own version, for the About box.
    static QString engineVersion();

    const QString& path() const { return m_path; }
    QSqlDatabase database() const;
    const SqlDialect& dialect() const { return *m_dialect; }
    int schemaVersion() const { return m_schemaVersion; }
    // What opening did besides opening ("Migrated from schema 1 to 2; backup at …"), or empty.
    const QString& openingNote() const { return m_openingNote; }

    // Runs `work` inside one write transaction; commits if it succeeds, rolls back otherwise.
    // Nested calls join the outer transaction.
    Status writeTransaction(const std::function<Status()>& work);

    // The person whose changes this connection records (Preferences; the OS user by default).
    void setAuthorName(const QString& name);
    const QString& authorName() const { return m_authorName; }
    // The author's row, made on first use.
    Result<qint64> authorId();
    // Any author's row by name (imports keep who wrote what), made on first use.
    Result<qint64> authorIdFor(const QString& name);

    Result<std::optional<QString>> metaValue(const QString& key) const;
    Status setMetaValue(const QString& key, const QString& value);

    // A consistent copy of the library (0600) at `destinationPath`, taken while it stays open.
    Status backupTo(const QString& destinationPath) const;
    // Replaces everything in this library with the content of another library file (a checked
    // copy of a backup); see LibraryMaintenance in the core for the safe sequence.
    Status replaceContentWith(const QString& sourcePath);
    Result<QStringList> integrityProblems() const;

private:
    Library(QString path, QString connectionName, std::unique_ptr<SqlDialect> dialect);

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<SqlDialect> m_dialect;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    QString m_openingNote;
    QString m_authorName;
    qint64 m_authorId = 0;
};

} // namespace caselens::storage
