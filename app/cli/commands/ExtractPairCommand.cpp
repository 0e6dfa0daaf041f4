#include "ExtractPairCommand.h"

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

// "" for auto, the code for a supported language, nullopt for anything else.
std::optional<QString> languageOption(const QString& value)
{
    if (value.isEmpty() || value == QLatin1String("auto"))
        return QString();
    const QString code = language::normalizeCode(value);
    return code.isEmpty() ? std::nullopt : std::optional<QString>(code);
}

} // namespace

QString ExtractPairCommand::summary() const
{
    return tr("Findings of an original and its translation, aligned and linked (JSON).");
}

void ExtractPairCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("ORIGINAL"), tr("The original text (UTF-8)."));
    parser.addPositionalArgument(QStringLiteral("TRANSLATION"), tr("Its translation (UTF-8)."));
    parser.addOptions({
        {QStringLiteral("lang"), tr("Language of the original: pt, es, en or auto (default: auto)."),
         QStringLiteral("xx")},
        {QStringLiteral("translation-lang"), tr("Language of the translation (default: auto)."),
         QStringLiteral("yy")},
    });
}

int ExtractPairCommand::run(CliContext& context) const
{
    const QStringList arguments = context.arguments();
    if (arguments.size() != 2)
        return context.fail(tr("extract-pair takes an ORIGINAL and a TRANSLATION file (see --help)."),
                            UsageError);
    const auto originalLanguage = languageOption(context.parser.value(QStringLiteral("lang")));
    const auto translationLanguage = languageOption(context.parser.value(QStringLiteral("translation-lang")));
    if (!originalLanguage || !translationLanguage)
        return context.fail(tr("unknown language; use pt, es, en or auto."), UsageError);

    TextReadOptions options;
    options.normalizeForLibrary = false; // offsets in the files as they are
    const auto original = readTextFile(arguments[0], options);
    if (!original)
        return context.fail(original.error());
    const auto translation = readTextFile(arguments[1], options);
    if (!translation)
        return context.fail(translation.error());
    const auto engine = FindingsEngine::shared();
    for (const QString& problem : engine->lexiconProblems())
        context.err << "note: " << problem << Qt::endl;
    const PairResult pair =
        engine->extractPair(original->text, *originalLanguage, translation->text, *translationLanguage);
    context.out << FindingJson::pair(pair);
    context.out.flush();
    return Success;
}

} // namespace caselens::cli
