#pragma once

#include "SpanScorer.h"
#include "model/Result.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace caselens::evaluation {

// Negation on the NegEx annotated sentences (negation-annotations.tsv: report, concept,
// sentence, Affirmed|Negated): the ConText analyzer alone, the concept being the target.
struct NegexResult {
    Counts negated; // "Negated" is the positive class
    int rows = 0;
    int skipped = 0;    // concept not found in its sentence
    QStringList errors; // "report<TAB>missed|spurious<TAB>concept<TAB>sentence"
};

class NegexEvaluation {
public:
    // `reports`, when not empty, keeps the rows of those report numbers (tuning/held-out halves).
    static Result<NegexResult> run(const QString& tsvPath, const QString& language,
                                   const QSet<QString>& reports = {});
};

} // namespace caselens::evaluation
