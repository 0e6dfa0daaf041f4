#include "CaseRepository.h"

#include "SqlStatement.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>

namespace caselens::storage {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Storage", text);
}

QString sha256Hex(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString timestampNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime timestampFrom(const QVariant& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

CaseRepository::CaseRepository(Library& library)
    : m_library(library)
{}

QString CaseRepository::contentHashOf(const Case& aCase)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const auto* document : {aCase.original(), aCase.translation()}) {
        // Role and length prefixes keep "ab"+"c" distinct from "a"+"bc".
        hash.addData(document ? toKey(document->role).toUtf8() : QByteArrayLiteral("none"));
        const QByteArray text = document ? document->text.toUtf8() : QByteArray();
        hash.addData(QByteArray(QByteArray::number(text.size()) + ':'));
        hash.addData(text);
    }
    return QString::fromLatin1(hash.result().toHex());
}

Result<std::optional<CaseId>> CaseRepository::findByContentHash(const QString& contentHash) const
{
    SqlStatement select(m_library.database(),
                        QStringLiteral("SELECT id FROM cases WHERE content_hash = :hash"),
                        tr("look up the case"));
    select.bind(QStringLiteral(":hash"), contentHash);
    if (auto run = select.exec(); !run)
        return Error{run.error()};
    if (!select.next())
        return std::optional<CaseId>();
    return std::optional<CaseId>(select.value(0).toLongLong());
}

Result<CaseRepository::Added> CaseRepository::add(const Case& newCase)
{
    if (!newCase.original())
        return Error{tr("A case needs an original text.")};
    const QString caseHash = contentHashOf(newCase);
    Added added;
    const Status saved = m_library.writeTransaction([&]() -> Status {
        const auto existing = findByContentHash(caseHash);
        if (!existing)
            return Error{existing.error()};
        if (existing->has_value()) {
            added = {**existing, true};
            return {};
        }
        const QString now = timestampNow();
        const QSqlDatabase db = m_library.database();
        SqlStatement insertCase(db,
                                QStringLiteral("INSERT INTO cases(title, source, status, content_hash, "
                                               "created_at, updated_at) VALUES (:title, :source, :status, "
                                               ":hash, :now, :now)"),
                                tr("save the case"));
        insertCase.bind(QStringLiteral(":title"), newCase.title)
            .bind(QStringLiteral(":source"), newCase.source)
            .bind(QStringLiteral(":status"), toKey(newCase.status))
            .bind(QStringLiteral(":hash"), caseHash)
            .bind(QStringLiteral(":now"), now);
        if (auto run = insertCase.exec(); !run)
            return run;
        added = {insertCase.lastInsertId(), false};

        SqlStatement insertDocument(
            db,
            QStringLiteral("INSERT INTO documents(case_id, role, language, text, "
                           "content_hash) VALUES (:case, :role, :language, :text, :hash)"),
            tr("save the case's text"));
        for (const auto& document : newCase.documents) {
            insertDocument.bind(QStringLiteral(":case"), added.id)
                .bind(QStringLiteral(":role"), toKey(document.role))
                .bind(QStringLiteral(":language"), document.language)
                .bind(QStringLiteral(":text"), document.text)
                .bind(QStringLiteral(":hash"), sha256Hex(document.text));
            if (auto run = insertDocument.exec(); !run)
                return run;
        }
        SqlStatement insertTag(
            db, QStringLiteral("INSERT OR IGNORE INTO case_tags(case_id, tag) VALUES (:case, :tag)"),
            tr("save the case's tags"));
        for (const auto& tag : newCase.tags) {
            insertTag.bind(QStringLiteral(":case"), added.id).bind(QStringLiteral(":tag"), tag);
            if (auto run = insertTag.exec(); !run)
                return run;
        }
        return {};
    });
    if (!saved)
        return Error{saved.error()};
    return added;
}

Result<Case> CaseRepository::load(CaseId id) const
{
    const QSqlDatabase db = m_library.database();
    SqlStatement selectCase(db,
                            QStringLiteral("SELECT title, source, status, created_at, updated_at FROM cases "
                                           "WHERE id = :id"),
                            tr("open the case"));
    selectCase.bind(QStringLiteral(":id"), id);
    if (auto run = selectCase.exec(); !run)
        return Error{run.error()};
    if (!selectCase.next())
        return Error{tr("There is no case %1 in this library.").arg(id)};
    Case aCase;
    aCase.id = id;
    aCase.title = selectCase.value(0).toString();
    aCase.source = selectCase.value(1).toString();
    aCase.status = reviewStatusFromKey(selectCase.value(2).toString()).value_or(ReviewStatus::New);
    aCase.createdAt = timestampFrom(selectCase.value(3));
    aCase.updatedAt = timestampFrom(selectCase.value(4));

    SqlStatement selectDocuments(
        db,
        QStringLiteral("SELECT id, role, language, text, content_hash FROM documents "
                       "WHERE case_id = :id ORDER BY role"),
        tr("open the case's texts"));
    selectDocuments.bind(QStringLiteral(":id"), id);
    if (auto run = selectDocuments.exec(); !run)
        return Error{run.error()};
    while (selectDocuments.next()) {
        Document document;
        document.id = selectDocuments.value(0).toLongLong();
        document.role = selectDocuments.value(1).toString() == u"translation" ? DocumentRole::Translation
                                                                              : DocumentRole::Original;
        document.language = selectDocuments.value(2).toString();
        document.text = selectDocuments.value(3).toString();
        document.contentHash = selectDocuments.value(4).toString();
        aCase.documents << document;
    }

    SqlStatement selectTags(db, QStringLiteral("SELECT tag FROM case_tags WHERE case_id = :id ORDER BY tag"),
                            tr("open the case's tags"));
    selectTags.bind(QStringLiteral(":id"), id);
    if (auto run = selectTags.exec(); !run)
        return Error{run.error()};
    while (selectTags.next())
        aCase.tags << selectTags.value(0).toString();
    return aCase;
}

Result<QList<CaseSummary>> CaseRepository::list(int offset, int limit) const
{
    // Languages come back original first because 'original' sorts before 'translation'.
    SqlStatement select(
        m_library.database(),
        QStringLiteral("SELECT c.id, c.title, c.status, "
                       "(SELECT group_concat(language, ',') FROM "
                       "  (SELECT language FROM documents d WHERE d.case_id = c.id ORDER BY role)) "
                       "FROM cases c ORDER BY c.id LIMIT :limit OFFSET :offset"),
        tr("list the cases"));
    select.bind(QStringLiteral(":limit"), limit).bind(QStringLiteral(":offset"), offset);
    if (auto run = select.exec(); !run)
        return Error{run.error()};
    QList<CaseSummary> summaries;
    while (select.next()) {
        CaseSummary summary;
        summary.id = select.value(0).toLongLong();
        summary.title = select.value(1).toString();
        summary.status = reviewStatusFromKey(select.value(2).toString()).value_or(ReviewStatus::New);
        summary.languages = select.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        summaries << summary;
    }
    return summaries;
}

Result<int> CaseRepository::count() const
{
    SqlStatement select(m_library.database(), QStringLiteral("SELECT count(*) FROM cases"),
                        tr("count the cases"));
    if (auto run = select.exec(); !run)
        return Error{run.error()};
    return select.next() ? select.value(0).toInt() : 0;
}

} // namespace caselens::storage
