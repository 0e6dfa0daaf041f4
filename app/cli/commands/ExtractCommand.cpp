#include "ExtractCommand.h"

#include "FindingBrat.h"
#include "FindingJson.h"
#include "core/import/TextFileReader.h"
#include "findings/FindingsEngine.h"
#include "model/Language.h"

#include <QCoreApplication>

namespace caselens::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

} // namespace

QString ExtractCommand::summary() const
{
    return tr("Print the clinical findings of a text (JSON or brat).");
}

void ExtractCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The text to read (UTF-8)."));
    parser.addOptions({
        {QStringLiteral("lang"), tr("Language of the text: pt, es, en or auto (default: auto)."),
         QStringLiteral("xx")},
        {QStringLiteral("format"), tr("Output: json (default) or brat."), QStringLiteral("FORMAT")},
    });
}

int ExtractCommand::run(CliContext& context) const
{
    const QStringList arguments = context.arguments();
    if (arguments.size() != 1)
        return context.fail(tr("extract takes one FILE (see --help)."), UsageError);
    const QString format = context.parser.isSet(QStringLiteral("format"))
                               ? context.parser.value(QStringLiteral("format"))
                               : QStringLiteral("json");
    if (format != QLatin1String("json") && format != QLatin1String("brat"))
        return context.fail(tr("unknown format '%1'; use json or brat.").arg(format), UsageError);
    QString language = context.parser.value(QStringLiteral("lang"));
    if (language == QLatin1String("auto"))
        language.clear();
    if (!language.isEmpty() && language::normalizeCode(language).isEmpty())
        return context.fail(tr("unknown language '%1'; use pt, es, en or auto.").arg(language), UsageError);

    // Offsets must match the file as it is: no line-end or Unicode normalisation.
    TextReadOptions options;
    options.normalizeForLibrary = false;
    const auto decoded = readTextFile(arguments.first(), options);
    if (!decoded)
        return context.fail(decoded.error());
    const auto engine = FindingsEngine::shared();
    for (const QString& problem : engine->lexiconProblems())
        context.err << "note: " << problem << Qt::endl;
    const ExtractionResult result = engine->extract(decoded->text, language);
    if (format == QLatin1String("brat"))
        context.out << FindingBrat::standoff(decoded->text, result);
    else
        context.out << FindingJson::extraction(result, false) << '\n';
    context.out.flush();
    return Success;
}

} // namespace caselens::cli
