#include "ContextAnalyzer.h"

#include "TextFolder.h"

namespace caselens::findings {
namespace {

bool isScopeBreak(const Token& token, QStringView text)
{
    if (token.kind != TokenKind::Symbol || token.length() != 1)
        return false;
    const QChar c = text[token.start];
    return c == QLatin1Char(';') || c == QLatin1Char(':');
}

bool isColon(const Token& token, QStringView text)
{
    return token.kind == TokenKind::Symbol && token.length() == 1 && text[token.start] == QLatin1Char(':');
}

} // namespace

ContextAnalyzer::ContextAnalyzer(std::shared_ptr<const CompiledLexicons> lexicons, int windowWords)
    : m_lexicons(std::move(lexicons))
    , m_windowWords(windowWords)
{}

void ContextAnalyzer::findTriggers(std::span<const Token> tokens, const SentenceBounds& sentence,
                                   int languageIndex, std::vector<TriggerHit>& hits) const
{
    hits.clear();
    const LanguageLexicon& lexicon = m_lexicons->language(languageIndex);
    PhraseMatcher::Candidates candidates;
    // The longest trigger starting at each token, whatever it overlaps...
    for (int i = sentence.firstToken; i < sentence.endToken; ++i) {
        const int count = lexicon.triggers.candidatesAt(tokens, i, sentence.endToken, candidates);
        for (int c = count - 1; c >= 0; --c) {
            const auto& candidate = candidates[static_cast<std::size_t>(c)];
            if (!PhraseMatcher::onWordBoundaries(tokens, i, candidate.tokenCount))
                continue;
            for (const std::uint32_t payload : lexicon.triggers.payloads(candidate)) {
                const TriggerEntry& entry = m_lexicons->triggers()[payload];
                hits.push_back({i, i + candidate.tokenCount, entry.category, entry.direction});
            }
            break;
        }
    }
    // ...then, where triggers overlap, the longest wins (then the first): "no data of
    // interest" (pseudo) beats ": no" (backward negation) that shares its "no".
    std::vector<std::uint8_t> keep(hits.size(), 1);
    for (std::size_t a = 0; a < hits.size(); ++a) {
        for (std::size_t b = 0; b < hits.size(); ++b) {
            if (a == b || !keep[b])
                continue;
            const bool overlap =
                hits[a].firstToken < hits[b].endToken && hits[b].firstToken < hits[a].endToken;
            if (!overlap)
                continue;
            const int lengthA = hits[a].endToken - hits[a].firstToken;
            const int lengthB = hits[b].endToken - hits[b].firstToken;
            const bool sameSpan =
                hits[a].firstToken == hits[b].firstToken && hits[a].endToken == hits[b].endToken;
            if (sameSpan ||
                !(lengthB > lengthA || (lengthB == lengthA && hits[b].firstToken < hits[a].firstToken)))
                continue;
            // "Neurological: no AR focality": ": no" looks back ("Fever: no"), "no" forward;
            // a trigger inside a longer one of its category but the other direction stays.
            const bool inside =
                hits[a].firstToken >= hits[b].firstToken && hits[a].endToken <= hits[b].endToken;
            if (inside && hits[a].category == hits[b].category && hits[a].direction != hits[b].direction)
                continue;
            keep[a] = 0;
            break;
        }
    }
    std::size_t kept = 0;
    for (std::size_t a = 0; a < hits.size(); ++a)
        if (keep[a])
            hits[kept++] = hits[a];
    hits.resize(kept);
}

bool ContextAnalyzer::inScope(QStringView text, std::span<const Token> tokens, const TriggerHit& trigger,
                              const ContextTarget& target, std::span<const TriggerHit> hits) const
{
    // The gap between trigger and target, as token indices [gapBegin, gapEnd).
    int gapBegin = 0;
    int gapEnd = 0;
    const bool forward = trigger.direction == TriggerDirection::Forward ||
                         trigger.direction == TriggerDirection::Bidirectional;
    const bool backward = trigger.direction == TriggerDirection::Backward ||
                          trigger.direction == TriggerDirection::Bidirectional;
    if (forward && trigger.endToken <= target.firstToken) {
        gapBegin = trigger.endToken;
        gapEnd = target.firstToken;
    } else if (backward && target.endToken <= trigger.firstToken) {
        gapBegin = target.endToken;
        gapEnd = trigger.firstToken;
    } else {
        return false; // wrong side, or overlapping the target
    }
    int words = 0;
    for (int t = gapBegin; t < gapEnd; ++t) {
        const Token& token = tokens[static_cast<std::size_t>(t)];
        if (token.isAlphanumeric() &&
            !token.continuesWord(tokens[static_cast<std::size_t>(t - 1 >= 0 ? t - 1 : 0)]))
            ++words;
        if (isScopeBreak(token, text)) {
            // A colon touching the trigger is part of it: "Negative for: ...", "Fever: no".
            const bool touchesTrigger =
                isColon(token, text) && (t == trigger.endToken || t + 1 == trigger.firstToken);
            if (!touchesTrigger)
                return false;
        }
    }
    if (words > m_windowWords)
        return false;
    for (const TriggerHit& other : hits)
        if (other.category == ContextCategory::Terminate && other.firstToken >= gapBegin &&
            other.endToken <= gapEnd)
            return false;
    return true;
}

void ContextAnalyzer::analyzeSentence(QStringView text, std::span<const Token> tokens,
                                      const SentenceBounds& sentence, int languageIndex,
                                      std::span<const ContextTarget> targets,
                                      std::span<ContextAttributes> out, std::vector<TriggerHit>& hits) const
{
    findTriggers(tokens, sentence, languageIndex, hits);
    for (std::size_t i = 0; i < targets.size(); ++i) {
        ContextAttributes attributes;
        for (const TriggerHit& trigger : hits) {
            if (trigger.category == ContextCategory::Pseudo || trigger.category == ContextCategory::Terminate)
                continue;
            if (!inScope(text, tokens, trigger, targets[i], hits))
                continue;
            switch (trigger.category) {
            case ContextCategory::Negated:
                attributes.negated = true;
                break;
            case ContextCategory::Possible:
                attributes.uncertain = true;
                break;
            case ContextCategory::Historical:
                attributes.historical = true;
                break;
            case ContextCategory::Hypothetical:
                attributes.hypothetical = true;
                break;
            case ContextCategory::Family:
                attributes.experiencer = Experiencer::Other;
                break;
            case ContextCategory::Pseudo:
            case ContextCategory::Terminate:
                break;
            }
        }
        out[i] = attributes;
    }
}

ContextAttributes ContextAnalyzer::analyze(const QString& sentence, int targetStart, int targetEnd,
                                           const QString& language) const
{
    const int languageIndex = CompiledLexicons::languageIndex(language);
    if (languageIndex < 0 || targetStart >= targetEnd)
        return {};
    const std::u16string folded = TextFolder::folded(sentence);
    std::vector<Token> tokens;
    Tokenizer::tokenize(sentence, folded, tokens);
    std::vector<SentenceBounds> sentences;
    SentenceSplitter::split(sentence, tokens, m_lexicons->language(languageIndex), sentences);
    ContextTarget target{-1, -1};
    for (int t = 0; t < static_cast<int>(tokens.size()); ++t) {
        const Token& token = tokens[static_cast<std::size_t>(t)];
        if (token.end > targetStart && token.start < targetEnd) {
            if (target.firstToken < 0)
                target.firstToken = t;
            target.endToken = t + 1;
        }
    }
    if (target.firstToken < 0)
        return {};
    for (const SentenceBounds& bounds : sentences) {
        if (target.firstToken >= bounds.firstToken && target.firstToken < bounds.endToken) {
            SentenceBounds scope = bounds;
            scope.endToken = std::max(scope.endToken, target.endToken); // a target across a split
            ContextAttributes attributes;
            std::vector<TriggerHit> hits;
            analyzeSentence(sentence, tokens, scope, languageIndex,
                            std::span<const ContextTarget>(&target, 1),
                            std::span<ContextAttributes>(&attributes, 1), hits);
            return attributes;
        }
    }
    return {};
}

} // namespace caselens::findings
