#pragma once

#include "findings/ExtractionResult.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace caselens {

namespace findings {
class CompiledLexicons;
class ContextAnalyzer;
class UserLexicon;
class ValueExtractor;
struct CanonicalQuantity;
struct ConceptDescription;
} // namespace findings

// The findings engine: finds clinical findings in Portuguese, Spanish and English case reports,
// with their ConText attributes, values, concepts and sections, and links the findings of an
// original with those of its translation. Rules and lexicons only: no network, no model.
//
// Immutable and thread-safe: one engine serves every thread; each call keeps its working
// buffers in thread-local storage, so extracting many texts does not allocate afresh each time.
class FindingsEngine {
public:
    // The engine over the compiled-in lexicons, built on first use.
    static std::shared_ptr<const FindingsEngine> shared();

    explicit FindingsEngine(std::shared_ptr<const findings::CompiledLexicons> lexicons,
                            std::shared_ptr<const findings::UserLexicon> userTerms = {});
    ~FindingsEngine();
    FindingsEngine(const FindingsEngine&) = delete;
    FindingsEngine& operator=(const FindingsEngine&) = delete;

    // Findings of `text` in `language` ("pt", "es", "en"; "auto" or "" to guess it, English when
    // the guess fails). Offsets count code points of `text` exactly as given.
    ExtractionResult extract(const QString& text, const QString& language) const;

    // Both texts, their sentence alignment and the links between their findings.
    PairResult extractPair(const QString& original, const QString& originalLanguage,
                           const QString& translation, const QString& translationLanguage) const;

    // A new engine that also knows `terms` (replacing any user terms this one had).
    std::shared_ptr<const FindingsEngine> withUserTerms(const QList<UserTerm>& terms) const;

    // What a concept id stands for, with its names in each language.
    std::optional<findings::ConceptDescription> describeConcept(const QString& conceptId) const;
    // The concept ids a term stands for in a language ("PCR" in "es" -> "cl:crp").
    QStringList conceptsOf(const QString& term, const QString& language) const;

    // A vital sign's or lab value's value in its dimension's canonical unit (27,400 /mm3 ->
    // 27.4 10*9/L), a duration in days, an age in years; nullopt when the finding has no value
    // or its unit does not convert.
    std::optional<findings::CanonicalQuantity> canonicalQuantity(const Finding& finding) const;

    // Missing lexicon files or malformed rows (empty when all is well).
    QStringList lexiconProblems() const;
    const findings::CompiledLexicons& lexicons() const { return *m_lexicons; }

private:
    std::shared_ptr<const findings::CompiledLexicons> m_lexicons;
    std::shared_ptr<const findings::UserLexicon> m_userTerms;
    std::unique_ptr<const findings::ValueExtractor> m_values;
    std::unique_ptr<const findings::ContextAnalyzer> m_context;
};

// canonicalQuantity() of the shared engine, as a number: findings with equal canonical values
// say the same thing (27,400/mm3 and 27.4 ×10⁹/L).
std::optional<double> canonicalValue(const Finding& finding);

} // namespace caselens
