#include "TermExtractor.h"

#include "TextFolder.h"

namespace caselens::findings {
TermExtractor::TermExtractor(const CompiledLexicons& lexicons, const UserLexicon* user)
    : m_lexicons(lexicons)
    , m_user(user && !user->isEmpty() ? user : nullptr)
{}

void TermExtractor::bestAt(QStringView text, std::span<const Token> tokens, int first, int limit,
                           int languageIndex, const std::vector<std::uint8_t>& claimed, bool wantMain,
                           bool wantAnatomy, Match (&best)[2]) const
{
    best[0] = {};
    best[1] = {};
    PhraseMatcher::Candidates shipped;
    PhraseMatcher::Candidates own;
    const PhraseMatcher& shippedMatcher = m_lexicons.language(languageIndex).terms;
    const int shippedCount = shippedMatcher.candidatesAt(tokens, first, limit, shipped);
    const int ownCount = m_user ? m_user->matcher(languageIndex).candidatesAt(tokens, first, limit, own) : 0;
    bool needMain = wantMain;
    bool needAnatomy = wantAnatomy;
    // Longest first; at equal length the user's term first.
    int s = shippedCount - 1;
    int u = ownCount - 1;
    while ((s >= 0 || u >= 0) && (needMain || needAnatomy)) {
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
        const PhraseMatcher& matcher = takeOwn ? m_user->matcher(languageIndex) : shippedMatcher;
        const std::vector<TermEntry>& entries = takeOwn ? m_user->entries() : m_lexicons.terms();
        for (const std::uint32_t payload : matcher.payloads(candidate)) {
            const TermEntry& entry = entries[payload];
            const bool anatomy = entry.category == FindingCategory::Anatomy;
            if (!(anatomy ? needAnatomy : needMain))
                continue;
            if (entry.caseSensitive && !TextFolder::sameIgnoringSpaces(written, entry.written))
                continue;
            best[anatomy ? 1 : 0] = {candidate.tokenCount, &entry};
            (anatomy ? needAnatomy : needMain) = false;
        }
    }
    if (needMain)
        best[0] = testNameAt(text, tokens, first, limit, languageIndex, claimed);
}

TermExtractor::Match TermExtractor::testNameAt(QStringView text, std::span<const Token> tokens, int first,
                                               int limit, int languageIndex,
                                               const std::vector<std::uint8_t>& claimed) const
{
    // An analyte named without a value ("CRP was normal", "a PCR foi negativa") is the test
    // itself. Names of one or two letters ("T", "Hb") are too ambiguous alone.
    const PhraseMatcher& names = m_lexicons.language(languageIndex).analyteNames;
    PhraseMatcher::Candidates candidates;
    const int count = names.candidatesAt(tokens, first, limit, candidates);
    for (int c = count - 1; c >= 0; --c) {
        const auto& candidate = candidates[static_cast<std::size_t>(c)];
        if (!PhraseMatcher::onWordBoundaries(tokens, first, candidate.tokenCount))
            continue;
        bool free = true;
        for (int t = first; t < first + candidate.tokenCount && free; ++t)
            free = !claimed[static_cast<std::size_t>(t)];
        const Token& begin = tokens[static_cast<std::size_t>(first)];
        const QStringView written =
            text.mid(begin.start,
                     tokens[static_cast<std::size_t>(first + candidate.tokenCount - 1)].end - begin.start);
        int letters = 0;
        for (const QChar ch : written)
            letters += ch.isLetter() ? 1 : 0;
        if (!free || letters < 3)
            continue;
        for (const std::uint32_t payload : names.payloads(candidate)) {
            const AnalyteNameEntry& entry = m_lexicons.analyteNames()[payload];
            if (entry.caseSensitive && !TextFolder::sameIgnoringSpaces(written, entry.written))
                continue;
            return {candidate.tokenCount,
                    &m_lexicons.analyteTests()[static_cast<std::size_t>(entry.analyte)]};
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
    FindingCategory mainCategory = FindingCategory::Symptom;
    Match best[2];
    for (int i = sentence.firstToken; i < sentence.endToken; ++i) {
        if (claimed[static_cast<std::size_t>(i)] ||
            tokens[static_cast<std::size_t>(i)].kind == TokenKind::Symbol)
            continue;
        const bool wantMain = i >= mainUntil;
        const bool wantAnatomy = i >= anatomyUntil;
        if (!wantMain && !wantAnatomy)
            continue;
        bestAt(text, tokens, i, sentence.endToken, languageIndex, claimed, wantMain, wantAnatomy, best);
        if (best[0].entry) {
            push(best[0], i);
            mainUntil = i + best[0].tokenCount;
            mainStart = i;
            mainCategory = best[0].entry->category;
        }
        // Anatomy inside a symptom is where it hurts ("abdominal" pain); inside a disease's,
        // a drug's or a procedure's name ("heart failure", "chest X-ray") it is part of the name.
        if (best[1].entry) {
            const bool inside = i < mainUntil && i >= mainStart;
            const bool sameWords = i == mainStart && i + best[1].tokenCount == mainUntil;
            if (!inside || (mainCategory == FindingCategory::Symptom && !sameWords)) {
                push(best[1], i);
                anatomyUntil = i + best[1].tokenCount;
            }
        }
    }
}

} // namespace caselens::findings
