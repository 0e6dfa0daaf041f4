#include "SearchCommand.h"

#include "storage/CaseSearch.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace caselens::cli {
namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Cli", text, disambiguation, n);
}

// The snippet with its match markers turned into [brackets] for a terminal or JSON.
QString readableSnippet(QString snippet)
{
    snippet.replace(storage::CaseSearch::kMatchStart, QLatin1Char('['));
    snippet.replace(storage::CaseSearch::kMatchEnd, QLatin1Char(']'));
    return snippet.simplified();
}

} // namespace

QString SearchCommand::summary() const
{
    return tr("Search both languages of every case (words, \"phrases\", prefix*, OR, -word) with filters.");
}

void SearchCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("QUERY"), tr("Words to look for (empty: every case)."),
                                 QStringLiteral("[QUERY]"));
    parser.addOptions({
        {QStringLiteral("json"),
         tr("Print JSON: {total, cases: [{id, title, languages, status, snippet}]}.")},
        {QStringLiteral("status"), tr("Only cases with this review status."), QStringLiteral("S")},
        {QStringLiteral("tag"), tr("Only cases with this tag."), QStringLiteral("T")},
        {QStringLiteral("lang"), tr("Only cases with a text in this language."), QStringLiteral("xx")},
        {QStringLiteral("finding"), tr("Only cases with this finding (a concept id like cl:crp, or a word)."),
         QStringLiteral("F")},
        {QStringLiteral("category"), tr("Only cases with a finding of this category."), QStringLiteral("C")},
        {QStringLiteral("abnormal"), tr("Only findings flagged high or low.")},
        {QStringLiteral("limit"), tr("At most N cases (default 50)."), QStringLiteral("N")},
        {QStringLiteral("offset"), tr("Skip the first N cases."), QStringLiteral("N")},
    });
}

int SearchCommand::run(CliContext& context) const
{
    storage::SearchQuery query;
    query.text = context.arguments().join(QLatin1Char(' '));
    const QCommandLineParser& parser = context.parser;
    if (parser.isSet(QStringLiteral("status"))) {
        query.status = reviewStatusFromKey(parser.value(QStringLiteral("status")));
        if (!query.status)
            return context.fail(tr("unknown status '%1'; use one of %2.")
                                    .arg(parser.value(QStringLiteral("status")),
                                         reviewStatusKeys().join(QStringLiteral(", "))),
                                UsageError);
    }
    if (parser.isSet(QStringLiteral("category"))) {
        query.findingCategory = findingCategoryFromKey(parser.value(QStringLiteral("category")));
        if (!query.findingCategory) {
            QStringList keys;
            for (const FindingCategory category : allFindingCategories())
                keys << toKey(category);
            return context.fail(
                tr("unknown category '%1'; use one of %2.")
                    .arg(parser.value(QStringLiteral("category")), keys.join(QStringLiteral(", "))),
                UsageError);
        }
    }
    query.tag = parser.value(QStringLiteral("tag"));
    query.language = parser.value(QStringLiteral("lang"));
    query.finding = parser.value(QStringLiteral("finding"));
    query.abnormalOnly = parser.isSet(QStringLiteral("abnormal"));
    for (const auto& [option, target] : {std::pair{QStringLiteral("limit"), &query.limit},
                                         std::pair{QStringLiteral("offset"), &query.offset}}) {
        if (!parser.isSet(option))
            continue;
        bool ok = false;
        *target = parser.value(option).toInt(&ok);
        if (!ok || *target < 0)
            return context.fail(tr("--%1 takes a number.").arg(option), UsageError);
    }

    auto library = context.openLibrary(false);
    if (!library)
        return context.fail(library.error());
    const auto results = storage::CaseSearch(**library).search(query);
    if (!results)
        return context.fail(results.error());

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray cases;
        for (const auto& hit : results->hits)
            cases.append(
                QJsonObject{{QStringLiteral("id"), hit.summary.id},
                            {QStringLiteral("title"), hit.summary.title},
                            {QStringLiteral("languages"), QJsonArray::fromStringList(hit.summary.languages)},
                            {QStringLiteral("status"), toKey(hit.summary.status)},
                            {QStringLiteral("snippet"), readableSnippet(hit.snippet)}});
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("total"), results->totalCount},
                                                 {QStringLiteral("cases"), cases}})
                           .toJson(QJsonDocument::Indented);
        return Success;
    }
    for (const auto& hit : results->hits) {
        context.out << QStringLiteral("%1\t%2\t%3\t%4")
                           .arg(hit.summary.id)
                           .arg(toKey(hit.summary.status), hit.summary.languages.join(QLatin1Char('>')),
                                hit.summary.title)
                    << '\n';
        if (!hit.snippet.isEmpty())
            context.out << "\t" << readableSnippet(hit.snippet) << '\n';
    }
    context.err << tr("%n case(s) found", nullptr, results->totalCount)
                << (results->totalCount > results->hits.size()
                        ? tr(" (showing %1; use --limit and --offset for more)").arg(results->hits.size())
                        : QString())
                << Qt::endl;
    return Success;
}

} // namespace caselens::cli
