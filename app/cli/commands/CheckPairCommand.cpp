#include "CheckPairCommand.h"

#include "QaOutput.h"
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

QString CheckPairCommand::summary() const
{
    return tr("Check that a translation says what its original says (exit 1 when it found issues).");
}

void CheckPairCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("ORIGINAL"), tr("The original text (UTF-8)."));
    parser.addPositionalArgument(QStringLiteral("TRANSLATION"), tr("Its translation (UTF-8)."));
    parser.addOptions({
        {QStringLiteral("lang"), tr("Language of the original: pt, es, en or auto (default: auto)."),
         QStringLiteral("xx")},
        {QStringLiteral("translation-lang"), tr("Language of the translation (default: auto)."),
         QStringLiteral("yy")},
        {QStringLiteral("format"), tr("json (default) or text."), QStringLiteral("F")},
    });
}

int CheckPairCommand::run(CliContext& context) const
{
    // Exit code 1 means "issues found", so every failure to check is a 2, like diff's trouble.
    const QStringList arguments = context.arguments();
    if (arguments.size() != 2)
        return context.fail(tr("check-pair takes an ORIGINAL and a TRANSLATION file (see --help)."),
                            UsageError);
    const auto originalLanguage = languageOption(context.parser.value(QStringLiteral("lang")));
    const auto translationLanguage = languageOption(context.parser.value(QStringLiteral("translation-lang")));
    if (!originalLanguage || !translationLanguage)
        return context.fail(tr("unknown language; use pt, es, en or auto."), UsageError);
    const QString format = context.parser.value(QStringLiteral("format"));
    if (!format.isEmpty() && format != QLatin1String("json") && format != QLatin1String("text"))
        return context.fail(tr("unknown format '%1'; use json or text.").arg(format), UsageError);

    TextReadOptions options;
    options.normalizeForLibrary = false; // offsets in the files as they are
    const auto original = readTextFile(arguments[0], options);
    if (!original)
        return context.fail(original.error(), UsageError);
    const auto translation = readTextFile(arguments[1], options);
    if (!translation)
        return context.fail(translation.error(), UsageError);
    const auto engine = FindingsEngine::shared();
    for (const QString& problem : engine->lexiconProblems())
        context.err << "note: " << problem << Qt::endl;
    const qa::TranslationChecker checker(engine);
    const qa::QaReport report =
        checker.check(original->text, *originalLanguage, translation->text, *translationLanguage);
    context.out << (format == QLatin1String("text") ? QaOutput::text(report) : QaOutput::json(report));
    context.out.flush();
    return report.issues.isEmpty() ? Success : Failure;
}

} // namespace caselens::cli
