#include "SectionDetector.h"

namespace caselens::findings {
namespace {

// The heading at tokens[first] and how many tokens it spans (0: none).
std::pair<int, int> headingAt(QStringView text, std::span<const Token> tokens, int first, int limit,
                              const LanguageLexicon& lexicon)
{
    PhraseMatcher::Candidates candidates;
    const int count = lexicon.headings.candidatesAt(tokens, first, limit, candidates);
    for (int c = count - 1; c >= 0; --c) {
        const auto& candidate = candidates[static_cast<std::size_t>(c)];
        if (!PhraseMatcher::onWordBoundaries(tokens, first, candidate.tokenCount))
            continue;
        const int after = first + candidate.tokenCount;
        bool ends = after >= limit || tokens[static_cast<std::size_t>(after)].lineBreakBefore;
        if (!ends) {
            const Token& next = tokens[static_cast<std::size_t>(after)];
            const QChar sign = next.kind == TokenKind::Symbol ? text[next.start] : QChar();
            ends = sign == QLatin1Char(':') || sign == QLatin1Char('.') || sign == QLatin1Char('-') ||
                   sign == QChar(0x2013) || (sign == QLatin1Char(',') && candidate.tokenCount >= 2);
        }
        if (ends)
            return {static_cast<int>(lexicon.headings.payloads(candidate).front()), candidate.tokenCount};
    }
    return {-1, 0};
}

} // namespace

void SectionDetector::detect(QStringView text, std::span<const Token> tokens,
                             std::span<const SentenceBounds> sentences, const LanguageLexicon& lexicon,
                             std::vector<SectionBounds>& sections, std::vector<int>& sentenceSections)
{
    sections.clear();
    sentenceSections.assign(sentences.size(), -1);
    for (std::size_t s = 0; s < sentences.size(); ++s) {
        const SentenceBounds& sentence = sentences[s];
        // Headings open a sentence or a line inside it.
        for (int t = sentence.firstToken; t < sentence.endToken; ++t) {
            if (t != sentence.firstToken && !tokens[static_cast<std::size_t>(t)].lineBreakBefore)
                continue;
            const auto [key, length] = headingAt(text, tokens, t, sentence.endToken, lexicon);
            if (key < 0)
                continue;
            if (!sections.empty())
                sections.back().end = tokens[static_cast<std::size_t>(t - 1 >= 0 ? t - 1 : 0)].end;
            const Token& last = tokens[static_cast<std::size_t>(t + length - 1)];
            sections.push_back({key, tokens[static_cast<std::size_t>(t)].start,
                                text.size() > 0 ? static_cast<int>(text.size()) : 0,
                                tokens[static_cast<std::size_t>(t)].start, last.end});
        }
        if (!sections.empty())
            sentenceSections[s] = static_cast<int>(sections.size()) - 1;
    }
    // A section ends where the text's last token ends, not in trailing whitespace.
    if (!sections.empty() && !tokens.empty())
        sections.back().end = tokens.back().end;
}

} // namespace caselens::findings
