#pragma once

#include "QaIssue.h"
#include "QaScore.h"
#include "findings/ExtractionResult.h"

#include <QList>
#include <QString>

#include <memory>

namespace caselens {
class FindingsEngine;
namespace findings {
class ContextAnalyzer;
}
} // namespace caselens

namespace caselens::qa {

class TermIndex;

// What the translation check found in one pair.
struct QaReport {
    QString originalLanguage;
    QString translationLanguage;
    QList<QaIssue> issues; // in reading order (by aligned sentence, then offset)
    QaScore score;
};

// The translation check: does the translation say what the original says? Built on the
// findings engine's pair extraction (findings, sentence alignment, links), it reports values,
// units, polarity and certainty drift, laterality swaps, omitted and added sentences and
// numbers, misspelt drug and diagnosis names and untranslated terms (docs/quality.md,
// "Translation check"). Rules only; immutable and thread-safe like the engine.
class TranslationChecker {
public:
    explicit TranslationChecker(std::shared_ptr<const FindingsEngine> engine);
    TranslationChecker(); // over FindingsEngine::shared()
    // One checker over the shared engine, built on first use (the term index takes ~20 ms).
    static std::shared_ptr<const TranslationChecker> shared();
    ~TranslationChecker();
    TranslationChecker(const TranslationChecker&) = delete;
    TranslationChecker& operator=(const TranslationChecker&) = delete;

    // Extracts both texts ("pt", "es", "en"; "auto" or "" to guess) and checks them.
    QaReport check(const QString& original, const QString& originalLanguage, const QString& translation,
                   const QString& translationLanguage) const;
    // Checks a pair the engine already extracted from these two texts.
    QaReport check(const QString& original, const QString& translation, const PairResult& pair) const;

    const FindingsEngine& engine() const { return *m_engine; }

private:
    std::shared_ptr<const FindingsEngine> m_engine;
    std::shared_ptr<const TermIndex> m_terms;
    std::unique_ptr<const findings::ContextAnalyzer> m_context;
};

} // namespace caselens::qa
