#pragma once

#include "GoldCorpus.h"
#include "findings/ExtractionResult.h"

#include <QMap>
#include <QStringList>

namespace caselens::evaluation {

// True positives against predicted and gold counts, and the usual ratios.
struct Counts {
    int truePositives = 0;
    int predicted = 0;
    int gold = 0;
    double precision() const { return predicted > 0 ? double(truePositives) / predicted : 0; }
    double recall() const { return gold > 0 ? double(truePositives) / gold : 0; }
    double f1() const
    {
        const double p = precision();
        const double r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }
};

struct CategoryScore {
    Counts strict;            // exact spans, each gold span matched at most once
    int overlapPredicted = 0; // predicted spans that overlap a gold span of the category
    int overlapGold = 0;      // gold spans that a predicted span of the category overlaps
    int predicted = 0;
    int gold = 0;
    double overlapPrecision() const { return predicted > 0 ? double(overlapPredicted) / predicted : 0; }
    double overlapRecall() const { return gold > 0 ? double(overlapGold) / gold : 0; }
    double overlapF1() const
    {
        const double p = overlapPrecision();
        const double r = overlapRecall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }
};

// Scores extracted findings against gold spans, per evaluation category: strict (same
// offsets) and overlap (any shared character). Only categories the corpus annotates are scored.
// CaseLens categories map to evaluation categories: diagnosis and symptom also count as
// "condition" (their union), vital_sign and lab_result as "value". Negation is scored on the
// gold spans that carry a polarity and that some finding overlaps.
class SpanScorer {
public:
    // MACCROBAT annotates a test's name (Diagnostic_procedure) and its result (Lab_value) as two
    // spans where CaseLens has one finding ("haemoglobin 9.9 g/dL"). With `splitValues`, a vital
    // sign or lab value is scored as a procedure on its name and as a value on its number and unit.
    // CodiEsp codes infections from the organism's name ("VIH" -> B20): with
    // `organismsAreConditions`, organisms also count as "condition".
    explicit SpanScorer(bool splitValues = false, bool organismsAreConditions = false)
        : m_splitValues(splitValues)
        , m_organismsAreConditions(organismsAreConditions)
    {}

    void add(const GoldDocument& gold, const ExtractionResult& extracted);

    const QMap<QString, CategoryScore>& scores() const { return m_scores; }
    const Counts& negation() const { return m_negation; }
    // Spans missed and spans wrongly found, "doc<TAB>category<TAB>missed|spurious<TAB>text".
    const QStringList& errors() const { return m_errors; }
    static QStringList evaluationCategories(FindingCategory category);

private:
    bool m_splitValues = false;
    bool m_organismsAreConditions = false;
    QMap<QString, CategoryScore> m_scores;
    Counts m_negation;
    QStringList m_errors;
};

} // namespace caselens::evaluation
