#pragma once

// Helpers shared by the translation-check tests.

#include "findings/qa/TranslationChecker.h"

#include <QString>
#include <QStringList>

namespace testsupport {

// The checker over the shipped lexicons: the check's rules are about real clinical vocabulary.
inline const caselens::qa::TranslationChecker& checker()
{
    return *caselens::qa::TranslationChecker::shared();
}

inline caselens::qa::QaReport checkPair(const char* original, const char* originalLanguage,
                                        const char* translation, const char* translationLanguage)
{
    return checker().check(QString::fromUtf8(original), QString::fromUtf8(originalLanguage),
                           QString::fromUtf8(translation), QString::fromUtf8(translationLanguage));
}

// "type 'original' | 'translation'" for each issue, to show what a failing test saw.
inline QString describe(const caselens::qa::QaReport& report)
{
    QStringList lines;
    for (const caselens::qa::QaIssue& issue : report.issues)
        lines << QStringLiteral("%1 '%2' | '%3'")
                     .arg(caselens::qa::toKey(issue.type), issue.original.text, issue.translation.text);
    return lines.isEmpty() ? QStringLiteral("(no issues)") : lines.join(QStringLiteral("; "));
}

inline QList<caselens::qa::QaIssue> issuesOf(const caselens::qa::QaReport& report,
                                             caselens::qa::IssueType type)
{
    QList<caselens::qa::QaIssue> out;
    for (const caselens::qa::QaIssue& issue : report.issues)
        if (issue.type == type)
            out << issue;
    return out;
}

} // namespace testsupport
