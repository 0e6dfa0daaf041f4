#include "TermExtractor.h"

#include "TextFolder.h"

namespace caselens::findings {
namespace {

bool inLane(FindingCategory category, bool anatomyLane)
{
    return (category == FindingCategory::Anatomy) == anatomyLane;
}

} // namespace

TermExtractor::TermExtractor(const CompiledLexicons& lexicons, const UserLexicon* user)
    : m_lexicons(lexicons)
    , m_user(user && !user->isEmpty() ? user : nullptr)
{}

TermExtractor::Match TermExtractor::bestAt(QStringView text, std::span<const Token> tokens, int first,
                                           int limit, int languageIndex, Lane lane,
                                           const std::vector<std::uint8_t>& claimed) const
{
    PhraseMatcher::Candidates shipped;
    PhraseMatcher::Candidates own;
    const int shippedCount =
        m_lexicons.language(languageIndex).terms.candidatesAt(tokens, first, limit, shipped);
    const int ownCount = m_user ? m_user->matcher(languageIndex).candidatesAt(tokens, first, limit, own) : 0;
    const bool anatomyLane = lane == Lane::Anatomy;
    // Longest first; at equal length the user's term first.
    int s = shippedCount - 1;
    int u = ownCount - 1;
    while (s >= 0 || u >= 0) {
        const bool takeOwn = u >= 0 && (s < 0 || own[static_cast<std::size_t>(u)].tokenCount >=
                                                     shipped[static_cast<std::size_t>(s)].tokenCount);
        const PhraseMatcher::Candidate& candidate =
            takeOwn ? own[static_cast<std::size_t>(u--)] : shipped[static_cast<std::size_t>(s--)];
        if (!PhraseMatcher::onWordBoundaries(tokens, first, candidate.tokenCount))
            continue;
        bool free = true;
        for (int t = first; t < first + candidate.tokenCount && free; ++t)
            free = !claimed[static_cast<std::size_t>(t)];
        if (!free)
            continue;
        const Token& begin = tokens[static_cast<std::size_t>(first)];
        const QStringView written =
            text.mid(begin.start,
                     tokens[static_cast<std::size_t>(first + candidate.tokenCount - 1)].end - begin.start);
        const PhraseMatcher& matcher =
            takeOwn ? m_user->matcher(languageIndex) : m_lexicons.language(languageIndex).terms;
        const std::vector<TermEntry>& entries = takeOwn ? m_user->entries() : m_lexicons.terms();
        for (const std::uint32_t payload : matcher.payloads(candidate)) {
            const TermEntry& entry = entries[payload];
            if (!inLane(entry.category, anatomyLane))
                continue;
            if (entry.caseSensitive && !TextFolder::sameIgnoringSpaces(written, entry.written))
                continue;
            return {candidate.tokenCount, &entry};
        }
    }
    return {};
}

void TermExtractor::extract(QStringView text, std::span<const Token> tokens, const SentenceBounds& sentence,
                            int languageIndex, const std::vector<std::uint8_t>& claimed,
                            std::vector<CandidateFinding>& out) const
{
    auto push = [&](const Match& match, int first) {
        CandidateFinding candidate;
        candidate.firstToken = first;
        candidate.endToken = first + match.tokenCount;
        Finding& finding = candidate.finding;
        finding.category = match.entry->category;
        finding.conceptId = match.entry->conceptId;
        finding.code = match.entry->code;
        finding.start = tokens[static_cast<std::size_t>(first)].start;
        finding.end = tokens[static_cast<std::size_t>(candidate.endToken - 1)].end;
        out.push_back(std::move(candidate));
    };
    int mainUntil = sentence.firstToken;
    int anatomyUntil = sentence.firstToken;
    int mainStart = -1;
    for (int i = sentence.firstToken; i < sentence.endToken; ++i) {
        if (claimed[static_cast<std::size_t>(i)] ||
            tokens[static_cast<std::size_t>(i)].kind == TokenKind::Symbol)
            continue;
        if (i >= mainUntil) {
            const Match match =
                bestAt(text, tokens, i, sentence.endToken, languageIndex, Lane::Main, claimed);
            if (match.entry) {
                push(match, i);
                mainUntil = i + match.tokenCount;
                mainStart = i;
            }
        }
        if (i >= anatomyUntil) {
            const Match match =
                bestAt(text, tokens, i, sentence.endToken, languageIndex, Lane::Anatomy, claimed);
            // Not the very same words as a finding of the main lane.
            if (match.entry && !(i == mainStart && i + match.tokenCount == mainUntil)) {
                push(match, i);
                anatomyUntil = i + match.tokenCount;
            }
        }
    }
}

} // namespace caselens::findings
