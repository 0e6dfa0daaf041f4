#include "QaDismissalRepository.h"

#include "AuditLog.h"
#include "SqlStatement.h"
#include "Timestamps.h"
#include "model/MessageContexts.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace caselens::storage {
namespace {

const QString kSelect =
    QStringLiteral("SELECT d.id, d.case_id, d.issue_key, d.issue_type, a.name, d.dismissed_at "
                   "FROM qa_dismissals d JOIN authors a ON a.id = d.author_id ");

QaDismissal dismissalFrom(const SqlStatement& row)
{
    QaDismissal dismissal;
    dismissal.id = row.value(0).toLongLong();
    dismissal.caseId = row.value(1).toLongLong();
    dismissal.issueKey = row.value(2).toString();
    dismissal.issueType = row.value(3).toString();
    dismissal.author = row.value(4).toString();
    dismissal.dismissedAt = timestampFrom(row.value(5));
    return dismissal;
}

// What the history shows: the issue's key and type, never the case's text.
QJsonObject auditView(const QString& issueKey, const QString& issueType)
{
    return {{QStringLiteral("issue"), issueKey}, {QStringLiteral("type"), issueType}};
}

} // namespace

QaDismissalRepository::QaDismissalRepository(Library& library)
    : m_library(library)
{}

Result<std::optional<QaDismissal>> QaDismissalRepository::find(CaseId caseId, const QString& issueKey) const
{
    SqlStatement select(m_library.database(),
                        kSelect + QStringLiteral("WHERE d.case_id = :case AND d.issue_key = :key"),
                        StorageText::tr("read the dismissed issues"));
    select.bind(QStringLiteral(":case"), caseId).bind(QStringLiteral(":key"), issueKey);
    if (auto run = select.exec(); !run)
        return Error{run.error()};
    if (!select.next())
        return std::optional<QaDismissal>();
    return std::optional<QaDismissal>(dismissalFrom(select));
}

Result<qint64> QaDismissalRepository::dismiss(CaseId caseId, const QString& issueKey,
                                              const QString& issueType)
{
    if (issueKey.trimmed().isEmpty())
        return Error{StorageText::tr("A dismissed issue needs its key.")};
    qint64 id = 0;
    const Status saved = m_library.writeTransaction([&]() -> Status {
        const auto existing = find(caseId, issueKey);
        if (!existing)
            return Error{existing.error()};
        if (*existing) {
            id = (*existing)->id;
            return {};
        }
        SqlStatement exists(m_library.database(), QStringLiteral("SELECT 1 FROM cases WHERE id = :case"),
                            StorageText::tr("check the case"));
        exists.bind(QStringLiteral(":case"), caseId);
        if (auto run = exists.exec(); !run)
            return run;
        if (!exists.next())
            return Error{StorageText::tr("There is no case %1 in this library.").arg(caseId)};
        const auto author = m_library.authorId();
        if (!author)
            return Error{author.error()};
        SqlStatement insert(
            m_library.database(),
            QStringLiteral("INSERT INTO qa_dismissals(case_id, issue_key, issue_type, author_id, "
                           "dismissed_at) VALUES (:case, :key, :type, :author, :at)"),
            StorageText::tr("dismiss the issue"));
        insert.bind(QStringLiteral(":case"), caseId)
            .bind(QStringLiteral(":key"), issueKey)
            .bind(QStringLiteral(":type"), issueType)
            .bind(QStringLiteral(":author"), *author)
            .bind(QStringLiteral(":at"), nowTimestamp());
        if (auto run = insert.exec(); !run)
            return run;
        id = insert.lastInsertId();
        return AuditLog(m_library).record(caseId, QStringLiteral("qa_dismissal"), id,
                                          QStringLiteral("create"), {}, auditView(issueKey, issueType));
    });
    if (!saved)
        return Error{saved.error()};
    return id;
}

Status QaDismissalRepository::restore(CaseId caseId, const QString& issueKey)
{
    return m_library.writeTransaction([&]() -> Status {
        const auto existing = find(caseId, issueKey);
        if (!existing)
            return Error{existing.error()};
        if (!*existing)
            return Error{StorageText::tr("That issue of case %1 was not dismissed.").arg(caseId)};
        SqlStatement remove(m_library.database(), QStringLiteral("DELETE FROM qa_dismissals WHERE id = :id"),
                            StorageText::tr("restore the issue"));
        remove.bind(QStringLiteral(":id"), (*existing)->id);
        if (auto run = remove.exec(); !run)
            return run;
        return AuditLog(m_library).record(caseId, QStringLiteral("qa_dismissal"), (*existing)->id,
                                          QStringLiteral("delete"),
                                          auditView((*existing)->issueKey, (*existing)->issueType), {});
    });
}

Result<QList<QaDismissal>> QaDismissalRepository::forCase(CaseId caseId) const
{
    SqlStatement select(m_library.database(),
                        kSelect + QStringLiteral("WHERE d.case_id = :case ORDER BY d.id"),
                        StorageText::tr("read the dismissed issues"));
    select.bind(QStringLiteral(":case"), caseId);
    if (auto run = select.exec(); !run)
        return Error{run.error()};
    QList<QaDismissal> dismissals;
    while (select.next())
        dismissals << dismissalFrom(select);
    return dismissals;
}

Result<QSet<QString>> QaDismissalRepository::keys(CaseId caseId) const
{
    const auto all = forCase(caseId);
    if (!all)
        return Error{all.error()};
    QSet<QString> keys;
    for (const QaDismissal& dismissal : *all)
        keys.insert(dismissal.issueKey);
    return keys;
}

} // namespace caselens::storage
