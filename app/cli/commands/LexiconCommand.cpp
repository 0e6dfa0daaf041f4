#include "LexiconCommand.h"

#include "core/extraction/BackgroundExtraction.h"
#include "model/Language.h"
#include "storage/UserTermRepository.h"

#include <QCoreApplication>

namespace caselens::cli {
namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Cli", text, disambiguation, n);
}

QString categoryKeys()
{
    QStringList keys;
    for (const FindingCategory category : allFindingCategories())
        keys << toKey(category);
    return keys.join(QStringLiteral(", "));
}

} // namespace

QString LexiconCommand::summary() const
{
    return tr("Your own lexicon terms for this library: list, add TERM --category C, remove ID.");
}

void LexiconCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("list, add or remove"));
    parser.addPositionalArgument(QStringLiteral("TERM|ID"), tr("The term to add, or the id to remove."),
                                 QStringLiteral("[TERM|ID]"));
    parser.addOptions({
        {QStringLiteral("category"), tr("The category of the term: %1.").arg(categoryKeys()),
         QStringLiteral("C")},
        {QStringLiteral("lang"), tr("Its language: pt, es or en (default: all three)."),
         QStringLiteral("xx")},
        {QStringLiteral("concept"),
         tr("A concept id to join it with its translations (e.g. drugbank:DB01212)."), QStringLiteral("ID")},
        {QStringLiteral("code"), tr("An ICD-10 code or DrugBank id."), QStringLiteral("CODE")},
    });
}

int LexiconCommand::run(CliContext& context) const
{
    const QStringList arguments = context.arguments();
    const QString action = arguments.value(0);
    if (action != u"list" && action != u"add" && action != u"remove")
        return context.fail(tr("lexicon takes list, add TERM or remove ID (see --help)."), UsageError);
    auto library = context.openLibrary(action == u"add");
    if (!library)
        return context.fail(library.error());
    storage::UserTermRepository terms(**library);

    if (action == u"list") {
        const auto all = terms.all();
        if (!all)
            return context.fail(all.error());
        for (const auto& term : *all)
            context.out << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                               .arg(term.id)
                               .arg(term.language, term.term, toKey(term.category), term.conceptId, term.code)
                        << '\n';
        return Success;
    }
    if (action == u"remove") {
        bool ok = false;
        const qint64 id = arguments.value(1).toLongLong(&ok);
        if (!ok)
            return context.fail(tr("remove takes the id 'lexicon list' shows."), UsageError);
        if (auto removed = terms.remove(id); !removed)
            return context.fail(removed.error());
    } else {
        storage::StoredUserTerm term;
        term.term = arguments.mid(1).join(QLatin1Char(' '));
        const auto category = findingCategoryFromKey(context.parser.value(QStringLiteral("category")));
        if (term.term.trimmed().isEmpty() || !category)
            return context.fail(tr("add takes a TERM and --category, one of %1.").arg(categoryKeys()),
                                UsageError);
        term.category = *category;
        const QString language = context.parser.value(QStringLiteral("lang"));
        term.language = language.isEmpty() ? QStringLiteral("*") : language::normalizeCode(language);
        if (term.language.isEmpty())
            return context.fail(tr("unknown language '%1'.").arg(language), UsageError);
        term.conceptId = context.parser.value(QStringLiteral("concept"));
        term.code = context.parser.value(QStringLiteral("code"));
        const auto id = terms.add(term);
        if (!id)
            return context.fail(id.error());
        context.out << tr("Added term %1: %2 (%3)").arg(*id).arg(term.term, toKey(term.category)) << Qt::endl;
    }
    // The lexicon changed: bring every case's findings up to date now, keeping decisions.
    const auto report = BackgroundExtraction::run((*library)->path(), (*library)->authorName());
    if (!report.error.isEmpty())
        return context.fail(report.error);
    context.err << tr("%n case(s) re-analysed with the new lexicon.", nullptr, report.updated) << Qt::endl;
    return Success;
}

} // namespace caselens::cli
