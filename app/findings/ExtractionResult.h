#pragma once

#include "model/Finding.h"
#include "model/SentenceAlignment.h"

#include <QList>
#include <QString>

namespace caselens {

// A section of a text, from its heading to the next heading (or the end).
struct SectionSpan {
    int start = 0;
    int end = 0;
    QString key; // "history", "examination", "tests", "imaging", "treatment", "evolution", "diagnosis"
    int headingStart = 0;
    int headingEnd = 0;
};

// Everything the findings engine reads in one text.
struct ExtractionResult {
    QString language;        // "pt", "es" or "en"
    QList<Finding> findings; // sorted by start; at one start the longer first (before the findings inside it)
    QList<SentenceSpan> sentences;
    QList<SectionSpan> sections;
};

// An original, its translation, and how their sentences and findings correspond. In `links`,
// FindingLink::originalFinding and ::translationFinding are indices into original.findings and
// translation.findings (not database ids).
struct PairResult {
    ExtractionResult original;
    ExtractionResult translation;
    QList<SentenceAlignment> alignment;
    QList<FindingLink> links;
    QList<int> unpairedOriginal;    // indices into original.findings
    QList<int> unpairedTranslation; // indices into translation.findings
};

// A term a user adds to the lexicon (stored in the library): matched like the shipped terms,
// preferred over them when both match the same words.
struct UserTerm {
    QString language; // "pt", "es", "en" or "*"
    QString term;
    FindingCategory category = FindingCategory::Diagnosis;
    QString conceptId; // may be a shipped concept id, to join its translations
    QString code;
};

} // namespace caselens
