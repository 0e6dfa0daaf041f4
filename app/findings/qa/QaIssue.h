#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace caselens::qa {

// What a translation issue is about. The keys ("value", "unit", ...) are part of the CLI's JSON
// and of the dismissal keys stored in libraries: never rename one.
enum class IssueType {
    Value,            // a number that differs after each language's number reading
    Unit,             // the same number with a unit that is not equivalent
    Polarity,         // negated on one side, affirmed on the other
    Certainty,        // uncertain ("suggestive of") on one side, certain on the other
    Laterality,       // left and right swapped
    Omission,         // a sentence or value of the original missing from the translation
    Addition,         // a sentence of the translation with no counterpart in the original
    Terminology,      // a drug or diagnosis name that is no known term but nearly one
    Untranslated,     // a source-language term left in the translation
    LocaleConvention, // a number written in another language's convention ("27,400" in Portuguese)
};

// MQM severities: critical can mislead care, major changes the meaning, minor does not.
enum class Severity { Critical, Major, Minor };

QString toKey(IssueType type);
std::optional<IssueType> issueTypeFromKey(const QString& key);
QList<IssueType> allIssueTypes();
QString displayName(IssueType type); // translated: "Value", "Polarity", ...
QString toKey(Severity severity);    // "critical", "major", "minor"
std::optional<Severity> severityFromKey(const QString& key);
QString displayName(Severity severity);
// The "Translation error" annotation subtype an issue type files under: "mistranslation",
// "omission", "addition", "terminology", "number/unit" (or "grammar", which no check makes).
QString annotationSubtype(IssueType type);

// Where an issue is on one side: [start, end) in code points of that side's text, like
// findings; empty (start == end == -1) when the issue has nothing on that side (an omission has
// no translation span).
struct IssueSpan {
    int start = -1;
    int end = -1;
    QString text;

    bool isEmpty() const { return start < 0 || end <= start; }
    bool operator==(const IssueSpan& other) const = default;
};

// One thing the translation check found. `message` is one English sentence made through
// QCoreApplication::translate (context "TranslationCheck").
struct QaIssue {
    IssueType type = IssueType::Value;
    Severity severity = Severity::Major;
    QString message;
    IssueSpan original;
    IssueSpan translation;

    // Identifies the issue across runs of the check over the same texts: type, both spans and
    // their texts (a hash of them). Stored to remember a dismissal; see docs/quality.md.
    QString key() const;
    bool operator==(const QaIssue& other) const = default;
};

} // namespace caselens::qa
