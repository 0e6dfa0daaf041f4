#include "PairInput.h"

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

void PairInput::addOptions(QCommandLineParser& parser)
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

std::optional<PairInput> PairInput::read(CliContext& context, const QString& command, int fileFailure,
                                         int* exitCode)
{
    const QStringList arguments = context.arguments();
    if (arguments.size() != 2) {
        *exitCode = context.fail(tr("%1 takes an ORIGINAL and a TRANSLATION file (see --help).").arg(command),
                                 UsageError);
        return std::nullopt;
    }
    const auto originalLanguage = languageOption(context.parser.value(QStringLiteral("lang")));
    const auto translationLanguage = languageOption(context.parser.value(QStringLiteral("translation-lang")));
    if (!originalLanguage || !translationLanguage) {
        *exitCode = context.fail(tr("unknown language; use pt, es, en or auto."), UsageError);
        return std::nullopt;
    }
    TextReadOptions options;
    options.normalizeForLibrary = false; // offsets in the files as they are
    auto original = readTextFile(arguments[0], options);
    if (!original) {
        *exitCode = context.fail(original.error(), fileFailure);
        return std::nullopt;
    }
    auto translation = readTextFile(arguments[1], options);
    if (!translation) {
        *exitCode = context.fail(translation.error(), fileFailure);
        return std::nullopt;
    }
    return PairInput{std::move(original).value(), std::move(translation).value(), *originalLanguage,
                     *translationLanguage};
}

} // namespace caselens::cli
