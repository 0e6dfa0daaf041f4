#include "CaseSearch.h"

#include "FullTextQuery.h"
#include "QaScoreRepository.h"
#include "SqlStatement.h"
#include "model/MessageContexts.h"

#include <QCoreApplication>
#include <QStringList>

namespace caselens::storage {
namespace {

// The WHERE clause shared by the count and the page, with its parameters bound by name.
struct Conditions {
    QStringList clauses;
    QList<QPair<QString, QVariant>> parameters;

    void add(const QString& clause) { clauses << clause; }
    void bind(const QString& name, const QVariant& value) { parameters.append({name, value}); }
    QString where() const
    {
        return clauses.isEmpty() ? QString()
                                 : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    }
    void applyTo(SqlStatement& statement) const
    {
        for (const auto& [name, value] : parameters)
            statement.bind(name, value);
    }
};

} // namespace

CaseSearch::CaseSearch(Library& library)
    : m_library(library)
{}

namespace {

// Case ids whose texts (fts_key >> 1) or title match.
const QString kMatchingCases =
    QStringLiteral("SELECT rowid >> 1 AS id FROM documents_fts WHERE documents_fts MATCH :match "
                   "UNION SELECT rowid FROM cases_fts WHERE cases_fts MATCH :match");

const QString kLanguages = QStringLiteral("(SELECT group_concat(language, ',') FROM (SELECT language FROM "
                                          "documents d WHERE d.case_id = c.id ORDER BY role))");

const QString kSnippet = QStringLiteral(
    "coalesce((SELECT snippet(documents_fts, 0, char(2), char(3), '…', 12) FROM documents_fts "
    "WHERE documents_fts MATCH :match AND documents_fts.rowid IN (c.id * 2, c.id * 2 + 1) LIMIT 1), '')");

Status readHits(SqlStatement& page, SearchResults& results)
{
    if (auto run = page.exec(); !run)
        return run;
    while (page.next()) {
        SearchHit hit;
        hit.summary.id = page.value(0).toLongLong();
        hit.summary.title = page.value(1).toString();
        hit.summary.status = reviewStatusFromKey(page.value(2).toString()).value_or(ReviewStatus::New);
        hit.summary.languages = page.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        hit.snippet = page.value(4).toString();
        readTranslationCheck(page, 5, hit.summary);
        results.hits << hit;
    }
    return {};
}

} // namespace

// Words only: the index alone gives the count and the page's ids; only the page's cases are read.
Result<SearchResults> CaseSearch::searchWords(const QString& match, int offset, int limit) const
{
    SearchResults results;
    SqlStatement count(m_library.database(),
                       QStringLiteral("SELECT count(*) FROM (") + kMatchingCases + QLatin1Char(')'),
                       StorageText::tr("search the library"));
    count.bind(QStringLiteral(":match"), match);
    if (auto run = count.exec(); !run)
        return Error{run.error()};
    results.totalCount = count.next() ? count.value(0).toInt() : 0;

    SqlStatement page(
        m_library.database(),
        QStringLiteral("SELECT c.id, c.title, c.status, ") + kLanguages + QStringLiteral(", ") + kSnippet +
            QStringLiteral(", ") + translationCheckColumns() + QStringLiteral(" FROM (SELECT id FROM (") +
            kMatchingCases +
            QStringLiteral(") ORDER BY id LIMIT :limit OFFSET :offset) AS m JOIN cases c ON c.id = m.id "
                           "LEFT JOIN qa_scores q ON q.case_id = c.id ORDER BY c.id"),
        StorageText::tr("search the library"));
    page.bind(QStringLiteral(":match"), match)
        .bind(QStringLiteral(":limit"), limit)
        .bind(QStringLiteral(":offset"), offset);
    if (auto read = readHits(page, results); !read)
        return Error{read.error()};
    return results;
}

Result<SearchResults> CaseSearch::search(const SearchQuery& query) const
{
    const auto match = toFullTextQuery(query.text);
    if (!match)
        return Error{match.error()};
    const bool filtered = query.status || !query.tag.trimmed().isEmpty() ||
                          !query.language.trimmed().isEmpty() || !query.finding.trimmed().isEmpty() ||
                          query.findingCategory || query.abnormalOnly;
    if (!match->isEmpty() && !filtered)
        return searchWords(*match, query.offset, query.limit);

    Conditions conditions;
    if (!match->isEmpty()) {
        conditions.add(QStringLiteral("c.id IN (") + kMatchingCases + QLatin1Char(')'));
        conditions.bind(QStringLiteral(":match"), *match);
    }
    if (query.status) {
        conditions.add(QStringLiteral("c.status = :status"));
        conditions.bind(QStringLiteral(":status"), toKey(*query.status));
    }
    if (!query.tag.trimmed().isEmpty()) {
        conditions.add(
            QStringLiteral("EXISTS (SELECT 1 FROM case_tags t WHERE t.case_id = c.id AND t.tag = :tag)"));
        conditions.bind(QStringLiteral(":tag"), query.tag.trimmed());
    }
    if (!query.language.trimmed().isEmpty()) {
        conditions.add(QStringLiteral(
            "EXISTS (SELECT 1 FROM documents l WHERE l.case_id = c.id AND l.language = :language)"));
        conditions.bind(QStringLiteral(":language"), query.language.trimmed().toLower());
    }
    if (!query.finding.trimmed().isEmpty() || query.findingCategory || query.abnormalOnly) {
        QString clause =
            QStringLiteral("EXISTS (SELECT 1 FROM findings f JOIN documents fd ON fd.id = f.document_id "
                           "WHERE fd.case_id = c.id AND f.state <> 'rejected'");
        if (!query.finding.trimmed().isEmpty()) {
            clause += QStringLiteral(" AND (f.concept = :finding OR f.text = :finding COLLATE NOCASE)");
            conditions.bind(QStringLiteral(":finding"), query.finding.trimmed());
        }
        if (query.findingCategory) {
            clause += QStringLiteral(" AND f.category = :category");
            conditions.bind(QStringLiteral(":category"), toKey(*query.findingCategory));
        }
        if (query.abnormalOnly)
            clause += QStringLiteral(" AND f.flag IN ('high', 'low')");
        conditions.add(clause + QLatin1Char(')'));
    }

    SearchResults results;
    SqlStatement count(m_library.database(),
                       QStringLiteral("SELECT count(*) FROM cases c") + conditions.where(),
                       StorageText::tr("search the library"));
    conditions.applyTo(count);
    if (auto run = count.exec(); !run)
        return Error{run.error()};
    results.totalCount = count.next() ? count.value(0).toInt() : 0;

    SqlStatement page(m_library.database(),
                      QStringLiteral("SELECT c.id, c.title, c.status, ") + kLanguages + QStringLiteral(", ") +
                          (match->isEmpty() ? QStringLiteral("''") : kSnippet) + QStringLiteral(", ") +
                          translationCheckColumns() +
                          QStringLiteral(" FROM cases c LEFT JOIN qa_scores q ON q.case_id = c.id") +
                          conditions.where() + QStringLiteral(" ORDER BY c.id LIMIT :limit OFFSET :offset"),
                      StorageText::tr("search the library"));
    conditions.applyTo(page);
    page.bind(QStringLiteral(":limit"), query.limit).bind(QStringLiteral(":offset"), query.offset);
    if (auto read = readHits(page, results); !read)
        return Error{read.error()};
    return results;
}

} // namespace caselens::storage
