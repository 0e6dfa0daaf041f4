#pragma once

#include "SqlDialect.h"
#include "model/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace caselens::storage {

// A prepared statement that reports failures as values and logs the driver's detail.
// `what` names the operation for the user ("save the case"), never the data.
class SqlStatement {
public:
    SqlStatement(const QSqlDatabase& db, const QString& sql, QString what);

    SqlStatement& bind(const QString& placeholder, const QVariant& value);
    Status exec();

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    QSqlQuery& query() { return m_query; }

private:
    QSqlQuery m_query;
    QString m_what;
    bool m_prepared = false;
};

// A statement's current row read through RowView, so that code reading rows serves both
// SqlStatement and SqlDialect::forEachRow.
class StatementRow final : public RowView {
public:
    explicit StatementRow(const SqlStatement& statement)
        : m_statement(statement)
    {}
    bool isNull(int column) const override { return m_statement.value(column).isNull(); }
    qint64 integer(int column) const override { return m_statement.value(column).toLongLong(); }
    double real(int column) const override { return m_statement.value(column).toDouble(); }
    QString text(int column) const override { return m_statement.value(column).toString(); }

private:
    const SqlStatement& m_statement;
};

// The user-facing message for a failed storage operation, with busy/locked spelled out.
Error storageError(const QString& what, const QSqlError& error);

} // namespace caselens::storage
