#include "ImportCommand.h"

#include "core/extraction/CaseExtractor.h"
#include "core/import/CaseImporter.h"
#include "storage/CaseRepository.h"

#include <QCoreApplication>

namespace caselens::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

} // namespace

QString ImportCommand::summary() const
{
    return tr("Import a case report and, optionally, its translation.");
}

void ImportCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("ORIGINAL"), tr("The original case report (UTF-8 text)."));
    parser.addOptions({
        {QStringLiteral("translation"), tr("The translation of the report."), QStringLiteral("FILE")},
        {QStringLiteral("lang"), tr("Language of the original: pt, es or en (guessed if omitted)."),
         QStringLiteral("xx")},
        {QStringLiteral("translation-lang"), tr("Language of the translation (guessed if omitted)."),
         QStringLiteral("yy")},
        {QStringLiteral("title"), tr("Title of the case (default: the file name)."), QStringLiteral("T")},
        {QStringLiteral("tag"), tr("A tag for the case; repeat for more."), QStringLiteral("TAG")},
    });
}

int ImportCommand::run(CliContext& context) const
{
    const QStringList arguments = context.arguments();
    if (arguments.size() != 1)
        return context.fail(tr("import takes one ORIGINAL file (see --help)."), UsageError);

    PairImportRequest request;
    request.originalPath = arguments.first();
    request.translationPath = context.parser.value(QStringLiteral("translation"));
    request.originalLanguage = context.parser.value(QStringLiteral("lang"));
    request.translationLanguage = context.parser.value(QStringLiteral("translation-lang"));
    request.title = context.parser.value(QStringLiteral("title"));
    request.tags = context.parser.values(QStringLiteral("tag"));

    const auto prepared = CaseImporter::prepare(request);
    if (!prepared)
        return context.fail(prepared.error());
    auto library = context.openLibrary(true);
    if (!library)
        return context.fail(library.error());
    const auto extractor = CaseExtractor::forLibrary(**library);
    if (!extractor)
        return context.fail(extractor.error());
    storage::CaseRepository cases(**library);
    CaseImporter importer(cases, &*extractor);
    const auto outcome = importer.importCase(prepared->aCase, prepared->notes);
    if (!outcome)
        return context.fail(outcome.error());
    for (const QString& note : outcome->notes)
        context.err << "note: " << note << Qt::endl;
    const QString languages = outcome->languages.join(QStringLiteral(" → "));
    if (outcome->alreadyPresent)
        context.out << tr("Already in the library as case %1: %2 (%3)")
                           .arg(outcome->id)
                           .arg(outcome->title, languages)
                    << Qt::endl;
    else
        context.out << tr("Imported case %1: %2 (%3)").arg(outcome->id).arg(outcome->title, languages)
                    << Qt::endl;
    return Success;
}

} // namespace caselens::cli
