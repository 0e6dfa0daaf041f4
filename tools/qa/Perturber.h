#pragma once

#include "findings/ExtractionResult.h"
#include "findings/qa/QaIssue.h"

#include <QList>
#include <QString>

#include <random>

namespace caselens::qa {
class TermIndex;
}

namespace caselens::qaharness {

// The kinds of error the harness injects into a clean translation.
enum class ErrorClass {
    Value,           // one digit of a number changed ("109" -> "119")
    Unit,            // a unit replaced by one that is not equivalent ("mg/dL" -> "g/dL")
    Laterality,      // left <-> right
    NegationDropped, // the only negation cue before a negated finding removed
    NegationAdded,   // a negation cue put before an affirmed finding
    SentenceDeleted, // a sentence of four words or more deleted
    DrugMisspelt,    // a drug name misspelt (one edit, or a wrong suffix family)
};

QList<ErrorClass> allErrorClasses();
QString toKey(ErrorClass kind);
// The issue types that count as finding an injected error of this kind.
QList<qa::IssueType> expectedTypes(ErrorClass kind);

// One injected error.
struct Injection {
    ErrorClass kind = ErrorClass::Value;
    QString translation; // the translation with the error
    // Where the error is, in UTF-16 offsets: in the new translation, or (a deleted sentence) in
    // the original, whose sentence lost its counterpart.
    int start = 0;
    int end = 0;
    bool inOriginal = false;
    QString before; // for the log: what was there, what is there now
    QString after;
};

// Finds the places where an error of each kind can be injected into a clean pair, so that the
// error is real and checkable: the number or unit changed is one the original also states, the
// side swapped is one the original names, the negation removed is the only cue of its sentence,
// the sentence deleted has a counterpart. What the check would make of the result plays no part.
class Perturber {
public:
    explicit Perturber(const qa::TermIndex& terms);

    // Every candidate injection of `kind`, shuffled by `random`.
    QList<Injection> candidates(ErrorClass kind, const QString& original, const QString& translation,
                                const PairResult& pair, std::mt19937_64& random) const;

private:
    const qa::TermIndex& m_terms;
};

} // namespace caselens::qaharness
