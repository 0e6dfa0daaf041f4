#include "QaOutput.h"

#include "FindingJson.h"

#include <QCoreApplication>
#include <QStringList>

namespace caselens::cli {
namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Cli", text, disambiguation, n);
}

QString spanJson(const qa::IssueSpan& span)
{
    if (span.isEmpty())
        return QStringLiteral("null");
    return QStringLiteral("{\"start\": %1, \"end\": %2, \"text\": %3}")
        .arg(span.start)
        .arg(span.end)
        .arg(FindingJson::string(span.text));
}

QString spanText(const QString& side, const qa::IssueSpan& span)
{
    // One line per issue: a sentence-long span is cut, its offsets say where it is.
    QString quoted = span.text.simplified();
    if (quoted.size() > 60)
        quoted = quoted.left(57) + QStringLiteral("...");
    return QStringLiteral("%1 %2-%3 \"%4\"").arg(side).arg(span.start).arg(span.end).arg(quoted);
}

} // namespace

QString QaOutput::json(const qa::QaReport& report, int dismissed)
{
    QString out;
    out += QStringLiteral("{\n  \"original_language\": %1,\n  \"translation_language\": %2,\n")
               .arg(FindingJson::string(report.originalLanguage),
                    FindingJson::string(report.translationLanguage));
    out += QStringLiteral("  \"score\": %1,\n  \"words\": %2,\n")
               .arg(FindingJson::number(qRound(report.score.score * 10) / 10.0))
               .arg(report.score.words);
    out += QStringLiteral("  \"counts\": {\"critical\": %1, \"major\": %2, \"minor\": %3},\n")
               .arg(report.score.critical)
               .arg(report.score.major)
               .arg(report.score.minor);
    if (dismissed >= 0)
        out += QStringLiteral("  \"dismissed\": %1,\n").arg(dismissed);
    QStringList issues;
    for (const qa::QaIssue& issue : report.issues)
        issues.append(QStringLiteral("    {\"type\": %1, \"severity\": %2, \"message\": %3, \"key\": %4, "
                                     "\"original\": %5, \"translation\": %6}")
                          .arg(FindingJson::string(qa::toKey(issue.type)),
                               FindingJson::string(qa::toKey(issue.severity)),
                               FindingJson::string(issue.message), FindingJson::string(issue.key()),
                               spanJson(issue.original), spanJson(issue.translation)));
    out += issues.isEmpty() ? QStringLiteral("  \"issues\": []\n")
                            : QStringLiteral("  \"issues\": [\n") + issues.join(QStringLiteral(",\n")) +
                                  QStringLiteral("\n  ]\n");
    out += QStringLiteral("}\n");
    return out;
}

QString QaOutput::text(const qa::QaReport& report, int dismissed)
{
    QString out;
    for (const qa::QaIssue& issue : report.issues) {
        QStringList where;
        if (!issue.original.isEmpty())
            where.append(spanText(tr("original"), issue.original));
        if (!issue.translation.isEmpty())
            where.append(spanText(tr("translation"), issue.translation));
        out += QStringLiteral("%1\t%2\t%3\n\t%4\n")
                   .arg(qa::toKey(issue.severity), qa::toKey(issue.type), where.join(QStringLiteral(" | ")),
                        issue.message);
    }
    out += tr("score %1 (%2 words): %3 critical, %4 major, %5 minor")
               .arg(QString::number(report.score.score, 'f', 1))
               .arg(report.score.words)
               .arg(report.score.critical)
               .arg(report.score.major)
               .arg(report.score.minor);
    if (dismissed > 0)
        out += tr("; %n dismissed issue(s) not shown", nullptr, dismissed);
    out += QLatin1Char('\n');
    return out;
}

} // namespace caselens::cli
