#include "CheckPairCommand.h"

#include "PairInput.h"
#include "QaOutput.h"
#include "findings/FindingsEngine.h"

#include <QCoreApplication>

namespace caselens::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

} // namespace

QString CheckPairCommand::summary() const
{
    return tr("Check that a translation says what its original says (exit 1 when it found issues).");
}

void CheckPairCommand::addOptions(QCommandLineParser& parser) const
{
    PairInput::addOptions(parser);
    parser.addOption({QStringLiteral("format"), tr("json (default) or text."), QStringLiteral("F")});
}

int CheckPairCommand::run(CliContext& context) const
{
    // Exit code 1 means "issues found", so every failure to check is a 2, like diff's trouble.
    const QString format = context.parser.value(QStringLiteral("format"));
    if (!format.isEmpty() && format != QLatin1String("json") && format != QLatin1String("text"))
        return context.fail(tr("unknown format '%1'; use json or text.").arg(format), UsageError);
    int exitCode = Success;
    const auto pair = PairInput::read(context, QStringLiteral("check-pair"), UsageError, &exitCode);
    if (!pair)
        return exitCode;
    const auto engine = FindingsEngine::shared();
    for (const QString& problem : engine->lexiconProblems())
        context.err << "note: " << problem << Qt::endl;
    const qa::TranslationChecker checker(engine);
    const qa::QaReport report =
        checker.check(pair->original.text, pair->originalLanguage, pair->translation.text, pair->translationLanguage);
    context.out << (format == QLatin1String("text") ? QaOutput::text(report) : QaOutput::json(report));
    context.out.flush();
    return report.issues.isEmpty() ? Success : Failure;
}

} // namespace caselens::cli
