#include "AuditLog.h"

#include "SqlStatement.h"
#include "Timestamps.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace caselens::storage {
namespace {

QVariant jsonOrNull(const QJsonObject& object)
{
    if (object.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

AuditLog::AuditLog(Library& library)
    : m_library(library)
{}

Status AuditLog::record(CaseId caseId, const QString& entity, qint64 entityId, const QString& action,
                        const QJsonObject& oldValue, const QJsonObject& newValue)
{
    const auto author = m_library.authorId();
    if (!author)
        return Error{author.error()};
    SqlStatement insert(
        m_library.database(),
        QStringLiteral("INSERT INTO audit_log(at, author_id, case_id, entity, entity_id, action, "
                       "old_value, new_value) VALUES (:at, :author, :case, :entity, :entityId, "
                       ":action, :old, :new)"),
        QCoreApplication::translate("Storage", "record the change in the case's history"));
    insert.bind(QStringLiteral(":at"), nowTimestamp())
        .bind(QStringLiteral(":author"), *author)
        .bind(QStringLiteral(":case"), caseId)
        .bind(QStringLiteral(":entity"), entity)
        .bind(QStringLiteral(":entityId"), entityId)
        .bind(QStringLiteral(":action"), action)
        .bind(QStringLiteral(":old"), jsonOrNull(oldValue))
        .bind(QStringLiteral(":new"), jsonOrNull(newValue));
    return insert.exec();
}

Status AuditLog::importEntry(CaseId caseId, const AuditEntry& entry)
{
    const auto author = m_library.authorIdFor(entry.author);
    if (!author)
        return Error{author.error()};
    SqlStatement insert(
        m_library.database(),
        QStringLiteral("INSERT INTO audit_log(at, author_id, case_id, entity, entity_id, action, "
                       "old_value, new_value) VALUES (:at, :author, :case, :entity, :entityId, "
                       ":action, :old, :new)"),
        QCoreApplication::translate("Storage", "restore the case's history"));
    const auto textOrNull = [](const QString& text) {
        return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
    };
    insert.bind(QStringLiteral(":at"), entry.at.toUTC().toString(Qt::ISODateWithMs))
        .bind(QStringLiteral(":author"), *author)
        .bind(QStringLiteral(":case"), caseId)
        .bind(QStringLiteral(":entity"), entry.entity)
        .bind(QStringLiteral(":entityId"), entry.entityId)
        .bind(QStringLiteral(":action"), entry.action)
        .bind(QStringLiteral(":old"), textOrNull(entry.oldValue))
        .bind(QStringLiteral(":new"), textOrNull(entry.newValue));
    return insert.exec();
}

Result<QList<AuditEntry>> AuditLog::history(CaseId caseId) const
{
    SqlStatement select(
        m_library.database(),
        QStringLiteral("SELECT l.id, l.at, coalesce(a.name, ''), l.entity, l.entity_id, l.action, "
                       "coalesce(l.old_value, ''), coalesce(l.new_value, '') FROM audit_log l "
                       "LEFT JOIN authors a ON a.id = l.author_id WHERE l.case_id = :case ORDER BY l.id"),
        QCoreApplication::translate("Storage", "read the case's history"));
    select.bind(QStringLiteral(":case"), caseId);
    if (auto run = select.exec(); !run)
        return Error{run.error()};
    QList<AuditEntry> entries;
    while (select.next()) {
        AuditEntry entry;
        entry.id = select.value(0).toLongLong();
        entry.at = timestampFrom(select.value(1));
        entry.author = select.value(2).toString();
        entry.caseId = caseId;
        entry.entity = select.value(3).toString();
        entry.entityId = select.value(4).toLongLong();
        entry.action = select.value(5).toString();
        entry.oldValue = select.value(6).toString();
        entry.newValue = select.value(7).toString();
        entries << entry;
    }
    return entries;
}

} // namespace caselens::storage
