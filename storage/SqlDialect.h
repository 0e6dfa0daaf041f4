#pragma once

#include "model/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <memory>

namespace caselens::storage {

// One row of a bulk read, each column read as the engine stores it.
class RowView {
public:
    virtual ~RowView() = default;
    virtual bool isNull(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
    virtual double real(int column) const = 0;
    virtual QString text(int column) const = 0; // a null QString for NULL
    // The same as text(), for columns whose values repeat from row to row (keys, concept ids,
    // units): a reader may decode each distinct value once and share it, so that reading tens of
    // thousands of rows does not make a string for every one of them.
    virtual QString sharedText(int column) const { return text(column); }
};

// Everything that differs between database engines lives behind this interface: connection
// setup, scripts, backup, integrity checks (and later full-text search and upserts). A shared
// PostgreSQL library (QPSQL) would be a second implementation, not a rewrite.
class SqlDialect {
public:
    virtual ~SqlDialect() = default;

    virtual QString driverName() const = 0;
    // Statements run on every new connection (foreign keys, journal mode, timeouts). A write that
    // meets another connection's lock waits up to `busyTimeoutMs`, then fails with a clear message.
    virtual Status configureConnection(QSqlDatabase& db, int busyTimeoutMs) const = 0;
    // Runs a script of several statements (a migration).
    virtual Status executeScript(QSqlDatabase& db, const QString& script) const = 0;
    // Reads and writes the schema version stamp.
    virtual Result<int> schemaVersion(QSqlDatabase& db) const = 0;
    virtual Status setSchemaVersion(QSqlDatabase& db, int version) const = 0;
    // True when the database holds tables that CaseLens did not make.
    virtual Result<bool> isForeign(QSqlDatabase& db) const = 0;
    virtual Status stampAsCaseLens(QSqlDatabase& db) const = 0;
    // A consistent copy of the live library, safe while other connections write.
    virtual Status backup(QSqlDatabase& db, const QString& destinationPath) const = 0;
    // Replaces the whole content of the live library with the database at `sourcePath`, as one
    // write that other connections see all at once.
    virtual Status replaceContent(QSqlDatabase& db, const QString& sourcePath) const = 0;
    // Problems found by the engine's own check; empty when healthy.
    virtual Result<QStringList> integrityProblems(QSqlDatabase& db) const = 0;
    // Starts a write transaction that takes the write lock at once (so a busy library is
    // reported before any work is done, not at commit).
    virtual QString beginWriteStatement() const = 0;
    // Runs a read with named parameters (":case") and hands each row to `row`. For reads of
    // tens of thousands of rows (a long case's findings), where Qt SQL's QVariant per value
    // costs more than the reading itself. `what` names the read in an error ("read the findings").
    virtual Status forEachRow(QSqlDatabase& db, const QString& sql, const QVariantMap& parameters,
                              const QString& what, const std::function<void(const RowView&)>& row) const = 0;
};

std::unique_ptr<SqlDialect> makeSqliteDialect();

} // namespace caselens::storage
