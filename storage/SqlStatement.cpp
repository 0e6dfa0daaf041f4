#include "SqlStatement.h"

#include <QCoreApplication>
#include <QSqlError>

#include <spdlog/spdlog.h>

namespace caselens::storage {

Error storageError(const QString& what, const QSqlError& error)
{
    spdlog::warn("storage: could not {}: {} (native code {})", what.toStdString(), error.text().toStdString(),
                 error.nativeErrorCode().toStdString());
    const QString code = error.nativeErrorCode();
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6): another process held the library past the busy timeout.
    if (code == u"5" || code == u"6")
        return Error{QCoreApplication::translate(
                         "Storage", "Could not %1: the library is busy in another CaseLens window or "
                                    "process. Nothing was changed; try again in a moment.")
                         .arg(what)};
    if (code == u"13")
        return Error{QCoreApplication::translate("Storage", "Could not %1: the disk is full.").arg(what)};
    if (code == u"8")
        return Error{
            QCoreApplication::translate("Storage", "Could not %1: the library is read-only.").arg(what)};
    return Error{QCoreApplication::translate("Storage", "Could not %1 (database error: %2).")
                     .arg(what, error.databaseText())};
}

SqlStatement::SqlStatement(const QSqlDatabase& db, const QString& sql, QString what)
    : m_query(db)
    , m_what(std::move(what))
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
}

SqlStatement& SqlStatement::bind(const QString& placeholder, const QVariant& value)
{
    // Qt binds a null QString as SQL NULL; an empty text is text. A typed null QVariant stays NULL.
    if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.bindValue(placeholder, QStringLiteral(""));
    else
        m_query.bindValue(placeholder, value);
    return *this;
}

Status SqlStatement::exec()
{
    if (!m_prepared || !m_query.exec())
        return storageError(m_what, m_query.lastError());
    return {};
}

} // namespace caselens::storage
