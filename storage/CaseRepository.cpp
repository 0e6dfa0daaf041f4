#include "CaseRepository.h"

#include "AuditLog.h"
#include "QaScoreRepository.h"
#include "Timestamps.h"
#include "model/MessageContexts.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>

namespace caselens::storage {
namespace {

QString sha256Hex(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

struct CaseRepository::PreparedStatements {
    explicit PreparedStatements(const QSqlDatabase& db)
        : findByHash(db, QStringLiteral("SELECT id FROM cases WHERE content_hash = :hash"),
                     StorageText::tr("look up the case"))
        , insertCase(
              db,
              QStringLiteral("INSERT INTO cases(title, source, status, content_hash, created_at, updated_at) "
                             "VALUES (:title, :source, :status, :hash, :created, :updated)"),
              StorageText::tr("save the case"))
        , insertDocument(db,
                         QStringLiteral("INSERT INTO documents(case_id, role, language, text, content_hash) "
                                        "VALUES (:case, :role, :language, :text, :hash)"),
                         StorageText::tr("save the case's text"))
        , insertTag(db, QStringLiteral("INSERT OR IGNORE INTO case_tags(case_id, tag) VALUES (:case, :tag)"),
                    StorageText::tr("save the case's tags"))
    {}
    SqlStatement findByHash;
    SqlStatement insertCase;
    SqlStatement insertDocument;
    SqlStatement insertTag;
};

CaseRepository::CaseRepository(Library& library)
    : m_library(library)
    , m_statements(std::make_unique<PreparedStatements>(library.database()))
{}

CaseRepository::~CaseRepository() = default;

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
    SqlStatement& select = m_statements->findByHash;
    select.bind(QStringLiteral(":hash"), contentHash);
    if (auto run = select.exec(); !run)
        return Error{run.error()};
    std::optional<CaseId> found;
    if (select.next())
        found = select.value(0).toLongLong();
    select.query().finish();
    return found;
}

Result<CaseRepository::Added> CaseRepository::add(const Case& newCase)
{
    if (!newCase.original())
        return Error{StorageText::tr("A case needs an original text.")};
    const QString caseHash = contentHashOf(newCase);
    Added added;
    const Status saved = m_library.writeTransaction([&]() -> Status {
        const auto existing = findByContentHash(caseHash);
        if (!existing)
            return Error{existing.error()};
        if (existing->has_value()) {
            added.id = **existing;
            added.alreadyPresent = true;
            return {};
        }
        return insertNew(newCase, caseHash, added);
    });
    if (!saved)
        return Error{saved.error()};
    return added;
}

Status CaseRepository::insertNew(const Case& newCase, const QString& caseHash, Added& added)
{
    // A case read from a case file keeps its dates; a new one is created now.
    const QString created = timestampOr(newCase.createdAt);
    SqlStatement& insertCase = m_statements->insertCase;
    insertCase.bind(QStringLiteral(":title"), newCase.title)
        .bind(QStringLiteral(":source"), newCase.source)
        .bind(QStringLiteral(":status"), toKey(newCase.status))
        .bind(QStringLiteral(":hash"), caseHash)
        .bind(QStringLiteral(":created"), created)
        .bind(QStringLiteral(":updated"),
              newCase.updatedAt.isValid() ? timestampOr(newCase.updatedAt) : created);
    if (auto run = insertCase.exec(); !run)
        return run;
    added.id = insertCase.lastInsertId();

    SqlStatement& insertDocument = m_statements->insertDocument;
    QJsonArray languages;
    for (const auto& document : newCase.documents) {
        insertDocument.bind(QStringLiteral(":case"), added.id)
            .bind(QStringLiteral(":role"), toKey(document.role))
            .bind(QStringLiteral(":language"), document.language)
            .bind(QStringLiteral(":text"), document.text)
            .bind(QStringLiteral(":hash"), sha256Hex(document.text));
        if (auto run = insertDocument.exec(); !run)
            return run;
        added.documentIds << insertDocument.lastInsertId();
        languages.append(document.language);
    }
    SqlStatement& insertTag = m_statements->insertTag;
    for (const auto& tag : newCase.tags) {
        insertTag.bind(QStringLiteral(":case"), added.id).bind(QStringLiteral(":tag"), tag);
        if (auto run = insertTag.exec(); !run)
            return run;
    }
    // The history records what arrived and from where, never the text itself.
    return AuditLog(m_library).record(added.id, QStringLiteral("case"), added.id, QStringLiteral("create"),
                                      {},
                                      QJsonObject{{QStringLiteral("title"), newCase.title},
                                                  {QStringLiteral("source"), newCase.source},
                                                  {QStringLiteral("languages"), languages}});
}

Result<Case> CaseRepository::load(CaseId id) const
{
    const QSqlDatabase db = m_library.database();
    SqlStatement selectCase(
        db, QStringLiteral("SELECT title, source, status, created_at, updated_at FROM cases WHERE id = :id"),
        StorageText::tr("open the case"));
    selectCase.bind(QStringLiteral(":id"), id);
    if (auto run = selectCase.exec(); !run)
        return Error{run.error()};
    if (!selectCase.next())
        return Error{StorageText::tr("There is no case %1 in this library.").arg(id)};
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
        StorageText::tr("open the case's texts"));
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
                            StorageText::tr("open the case's tags"));
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
                       "  (SELECT language FROM documents d WHERE d.case_id = c.id ORDER BY role)), ") +
            translationCheckColumns() +
            QStringLiteral(" FROM cases c LEFT JOIN qa_scores q ON q.case_id = c.id "
                           "ORDER BY c.id LIMIT :limit OFFSET :offset"),
        StorageText::tr("list the cases"));
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
        readTranslationCheck(select, 4, summary);
        summaries << summary;
    }
    return summaries;
}

Result<int> CaseRepository::count() const
{
    SqlStatement select(m_library.database(), QStringLiteral("SELECT count(*) FROM cases"),
                        StorageText::tr("count the cases"));
    if (auto run = select.exec(); !run)
        return Error{run.error()};
    return select.next() ? select.value(0).toInt() : 0;
}

Status CaseRepository::setStatus(CaseId id, ReviewStatus status)
{
    return m_library.writeTransaction([&]() -> Status {
        const auto current = load(id);
        if (!current)
            return Error{current.error()};
        if (current->status == status)
            return {};
        SqlStatement update(
            m_library.database(),
            QStringLiteral("UPDATE cases SET status = :status, updated_at = :now WHERE id = :id"),
            StorageText::tr("change the review status"));
        update.bind(QStringLiteral(":status"), toKey(status))
            .bind(QStringLiteral(":now"), nowTimestamp())
            .bind(QStringLiteral(":id"), id);
        if (auto run = update.exec(); !run)
            return run;
        return AuditLog(m_library).record(id, QStringLiteral("status"), id, QStringLiteral("update"),
                                          {{QStringLiteral("status"), toKey(current->status)}},
                                          {{QStringLiteral("status"), toKey(status)}});
    });
}

Status CaseRepository::setTags(CaseId id, const QStringList& tags)
{
    QStringList cleaned;
    for (const QString& tag : tags)
        if (!tag.trimmed().isEmpty() && !cleaned.contains(tag.trimmed()))
            cleaned << tag.trimmed();
    cleaned.sort();
    return m_library.writeTransaction([&]() -> Status {
        const auto current = load(id);
        if (!current)
            return Error{current.error()};
        if (current->tags == cleaned)
            return {};
        SqlStatement remove(m_library.database(), QStringLiteral("DELETE FROM case_tags WHERE case_id = :id"),
                            StorageText::tr("change the tags"));
        remove.bind(QStringLiteral(":id"), id);
        if (auto run = remove.exec(); !run)
            return run;
        for (const QString& tag : cleaned) {
            m_statements->insertTag.bind(QStringLiteral(":case"), id).bind(QStringLiteral(":tag"), tag);
            if (auto run = m_statements->insertTag.exec(); !run)
                return run;
        }
        return AuditLog(m_library).record(
            id, QStringLiteral("tags"), id, QStringLiteral("update"),
            {{QStringLiteral("tags"), QJsonArray::fromStringList(current->tags)}},
            {{QStringLiteral("tags"), QJsonArray::fromStringList(cleaned)}});
    });
}

Status CaseRepository::setTitle(CaseId id, const QString& title)
{
    return m_library.writeTransaction([&]() -> Status {
        const auto current = load(id);
        if (!current)
            return Error{current.error()};
        if (current->title == title)
            return {};
        SqlStatement update(
            m_library.database(),
            QStringLiteral("UPDATE cases SET title = :title, updated_at = :now WHERE id = :id"),
            StorageText::tr("rename the case"));
        update.bind(QStringLiteral(":title"), title)
            .bind(QStringLiteral(":now"), nowTimestamp())
            .bind(QStringLiteral(":id"), id);
        if (auto run = update.exec(); !run)
            return run;
        return AuditLog(m_library).record(id, QStringLiteral("case"), id, QStringLiteral("update"),
                                          {{QStringLiteral("title"), current->title}},
                                          {{QStringLiteral("title"), title}});
    });
}

Status CaseRepository::remove(CaseId id)
{
    return m_library.writeTransaction([&]() -> Status {
        const auto current = load(id);
        if (!current)
            return Error{current.error()};
        SqlStatement remove(m_library.database(), QStringLiteral("DELETE FROM cases WHERE id = :id"),
                            StorageText::tr("delete the case"));
        remove.bind(QStringLiteral(":id"), id);
        if (auto run = remove.exec(); !run)
            return run;
        return AuditLog(m_library).record(
            id, QStringLiteral("case"), id, QStringLiteral("delete"),
            {{QStringLiteral("title"), current->title}, {QStringLiteral("source"), current->source}}, {});
    });
}

Result<QStringList> CaseRepository::allTags() const
{
    SqlStatement select(m_library.database(),
                        QStringLiteral("SELECT DISTINCT tag FROM case_tags ORDER BY tag"),
                        StorageText::tr("list the tags"));
    if (auto run = select.exec(); !run)
        return Error{run.error()};
    QStringList tags;
    while (select.next())
        tags << select.value(0).toString();
    return tags;
}

} // namespace caselens::storage
