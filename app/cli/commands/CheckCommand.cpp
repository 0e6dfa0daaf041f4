#include "CheckCommand.h"

#include "QaOutput.h"
#include "core/qa/CaseTranslationCheck.h"

#include <QCoreApplication>

namespace caselens::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

} // namespace

QString CheckCommand::summary() const
{
    return tr("Check a case's translation, leaving out dismissed issues (exit 1 when issues are open).");
}

void CheckCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("CASE_ID"), tr("The case to check (see 'list')."));
    parser.addOptions({
        {QStringLiteral("format"), tr("json (default) or text."), QStringLiteral("F")},
        {QStringLiteral("dismiss"), tr("Dismiss the open issue with this key (from the JSON) first."),
         QStringLiteral("KEY")},
        {QStringLiteral("restore"), tr("Report the dismissed issue with this key again."),
         QStringLiteral("KEY")},
    });
}

int CheckCommand::run(CliContext& context) const
{
    // Exit code 1 means "issues are open", so every failure to check is a 2.
    const QStringList arguments = context.arguments();
    if (arguments.size() != 1)
        return context.fail(tr("check takes one CASE_ID (see --help)."), UsageError);
    bool ok = false;
    const CaseId id = arguments.first().toLongLong(&ok);
    if (!ok || id <= 0)
        return context.fail(tr("'%1' is not a case id (see 'list').").arg(arguments.first()), UsageError);
    const QString format = context.parser.value(QStringLiteral("format"));
    if (!format.isEmpty() && format != QLatin1String("json") && format != QLatin1String("text"))
        return context.fail(tr("unknown format '%1'; use json or text.").arg(format), UsageError);

    auto library = context.openLibrary(false);
    if (!library)
        return context.fail(library.error(), UsageError);
    CaseTranslationCheck check(**library);
    auto result = check.check(id);
    if (!result)
        return context.fail(result.error(), UsageError);

    const QString dismissKey = context.parser.value(QStringLiteral("dismiss"));
    const QString restoreKey = context.parser.value(QStringLiteral("restore"));
    if (!dismissKey.isEmpty()) {
        const qa::QaIssue* issue = nullptr;
        for (const qa::QaIssue& candidate : result->report.issues)
            if (candidate.key() == dismissKey)
                issue = &candidate;
        if (!issue)
            return context.fail(tr("case %1 has no open issue with the key '%2'.").arg(id).arg(dismissKey),
                                UsageError);
        if (auto dismissed = check.dismiss(id, *issue); !dismissed)
            return context.fail(dismissed.error(), UsageError);
    }
    if (!restoreKey.isEmpty()) {
        if (auto restored = check.restore(id, restoreKey); !restored)
            return context.fail(restored.error(), UsageError);
    }
    if (!dismissKey.isEmpty() || !restoreKey.isEmpty()) {
        result = check.check(id);
        if (!result)
            return context.fail(result.error(), UsageError);
    }

    // The score the case list and exports show is this check's, as when the app checks a case.
    if (auto remembered = check.rememberScore(id, *result); !remembered)
        context.err << "note: " << remembered.error() << Qt::endl;
    const auto dismissed = static_cast<int>(result->dismissed.size());
    context.out << (format == QLatin1String("text") ? QaOutput::text(result->report, dismissed)
                                                    : QaOutput::json(result->report, dismissed));
    context.out.flush();
    if (format != QLatin1String("text") && dismissed > 0)
        context.err << tr("%1 dismissed issue(s) not shown").arg(dismissed) << Qt::endl;
    return result->report.issues.isEmpty() ? Success : Failure;
}

} // namespace caselens::cli
