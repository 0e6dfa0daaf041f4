#pragma once

#include "CompiledLexicons.h"
#include "SentenceSplitter.h"
#include "model/Finding.h"

#include <QString>
#include <QStringView>

#include <memory>
#include <span>
#include <vector>

namespace caselens::findings {

// ConText attributes of one target (a finding) in its sentence.
struct ContextAttributes {
    bool negated = false;
    bool uncertain = false;
    bool historical = false;
    bool hypothetical = false;
    Experiencer experiencer = Experiencer::Patient;
};

// A target as a token range [firstToken, endToken) of the text's tokens.
struct ContextTarget {
    int firstToken = 0;
    int endToken = 0;
};

// A trigger found in a sentence.
struct TriggerHit {
    int firstToken = 0;
    int endToken = 0;
    ContextCategory category = ContextCategory::Negated;
    TriggerDirection direction = TriggerDirection::Forward;
};

// ConText (Harkema et al. 2009) over the triggers of context_triggers.tsv: a trigger modifies
// the targets in its scope, which runs from the trigger forward or backward (as the trigger
// says) to the end of the sentence, and stops earlier at
//  - a termination term ("but", "mas", "pero", "secondary to", ...),
//  - a ';', or a ':' that does not touch the trigger ("Fever: no" keeps its colon),
//  - the window: at most `windowWords` words between the trigger and the target.
// Pseudo-triggers ("gram-negative", "no change", "sem alterações", "no solo") are matched like
// triggers, so the words inside them trigger nothing. A trigger that overlaps the target does
// not modify it. Longest trigger wins where triggers overlap.
class ContextAnalyzer {
public:
    static constexpr int kDefaultWindowWords = 8;

    explicit ContextAnalyzer(std::shared_ptr<const CompiledLexicons> lexicons,
                             int windowWords = kDefaultWindowWords);

    // Stand-alone use: the attributes of `sentence[targetStart, targetEnd)` (UTF-16 offsets).
    // When `sentence` holds several sentences, only the one with the target counts.
    ContextAttributes analyze(const QString& sentence, int targetStart, int targetEnd,
                              const QString& language) const;

    // Engine use, on a tokenized text: finds the sentence's triggers into `hits` (a reusable
    // buffer), then sets out[i] for targets[i] (all inside the sentence).
    void analyzeSentence(QStringView text, std::span<const Token> tokens, const SentenceBounds& sentence,
                         int languageIndex, std::span<const ContextTarget> targets,
                         std::span<ContextAttributes> out, std::vector<TriggerHit>& hits) const;

    // The triggers of one sentence, in order (pseudo and termination ones included).
    void findTriggers(std::span<const Token> tokens, const SentenceBounds& sentence, int languageIndex,
                      std::vector<TriggerHit>& hits) const;

private:
    bool inScope(QStringView text, std::span<const Token> tokens, const TriggerHit& trigger,
                 const ContextTarget& target, std::span<const TriggerHit> hits) const;

    std::shared_ptr<const CompiledLexicons> m_lexicons;
    int m_windowWords;
};

} // namespace caselens::findings
