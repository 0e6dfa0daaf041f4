#include "SentenceSplitter.h"

#include "TextFolder.h"

#include <string>

namespace caselens::findings {
namespace {

bool isSymbol(const Token& token, QStringView text, char16_t symbol)
{
    return token.kind == TokenKind::Symbol && token.length() == 1 && text[token.start].unicode() == symbol;
}

bool isSentenceEnd(const Token& token, QStringView text)
{
    return isSymbol(token, text, u'.') || isSymbol(token, text, u'!') || isSymbol(token, text, u'?') ||
           isSymbol(token, text, u'\u2026');
}

bool startsLowercase(const Token& token, QStringView text)
{
    return token.kind == TokenKind::Word && text[token.start].isLower();
}

// Closing quotes and brackets right after the full stop belong to the sentence.
bool isCloser(const Token& token, QStringView text)
{
    if (token.kind != TokenKind::Symbol || token.length() != 1)
        return false;
    const char16_t c = text[token.start].unicode();
    return c == u')' || c == u']' || c == u'"' || c == u'\'' || c == u'\u201D' || c == u'\u00BB';
}

bool isOpener(const Token& token, QStringView text)
{
    if (token.kind != TokenKind::Symbol || token.length() != 1)
        return false;
    const char16_t c = text[token.start].unicode();
    return c == u'(' || c == u'[' || c == u'"' || c == u'\u201C' || c == u'\u00AB';
}

// The first token of the run of glued tokens that ends at `last`: "e.g.", "dl." in "mg/dl."
// is "mg/dl.", "L5-S1.".
int chunkStart(std::span<const Token> tokens, int last, QStringView text)
{
    int begin = last;
    while (begin > 0 && tokens[static_cast<std::size_t>(begin)].glued &&
           !isOpener(tokens[static_cast<std::size_t>(begin - 1)], text))
        --begin;
    return begin;
}

std::uint32_t abbreviationFlags(QStringView text, std::span<const Token> tokens, int begin, int dot,
                                const LanguageLexicon& lexicon, std::u16string& scratch)
{
    scratch.clear();
    for (int i = begin; i <= dot; ++i) {
        const Token& token = tokens[static_cast<std::size_t>(i)];
        for (int u = token.start; u < token.end; ++u)
            scratch.push_back(TextFolder::fold(text[u].unicode()));
    }
    const std::uint32_t* flags = lexicon.abbreviations.find(Tokenizer::hashOf(scratch));
    return flags ? *flags : 0;
}

// The abbreviation flags of the word ending at `dot`, trying one chunk ("Dr.") then two
// ("et al.", "p. ej.").
std::uint32_t abbreviationEndingAt(QStringView text, std::span<const Token> tokens, int dot,
                                   const LanguageLexicon& lexicon, std::u16string& scratch)
{
    const int begin = chunkStart(tokens, dot, text);
    if (begin == dot)
        return 0;
    if (const std::uint32_t flags = abbreviationFlags(text, tokens, begin, dot, lexicon, scratch))
        return flags;
    if (begin == 0)
        return 0;
    return abbreviationFlags(text, tokens, chunkStart(tokens, begin - 1, text), dot, lexicon, scratch);
}

// A single capital letter and a dot: "E." in "E. coli", "J." in "J. R. Smith".
bool isInitial(std::span<const Token> tokens, int begin, int dot, QStringView text)
{
    if (dot != begin + 1)
        return false;
    const Token& letter = tokens[static_cast<std::size_t>(begin)];
    return letter.kind == TokenKind::Word && letter.length() == 1 && text[letter.start].isUpper();
}

// Whether the full stop at `dot` ends the sentence.
bool endsSentence(QStringView text, std::span<const Token> tokens, int dot, int limit,
                  const LanguageLexicon& lexicon, std::u16string& scratch)
{
    if (dot + 1 >= limit)
        return true;
    const Token& next = tokens[static_cast<std::size_t>(dot + 1)];
    if (next.lineBreakBefore)
        return true;
    if (!isSymbol(tokens[static_cast<std::size_t>(dot)], text, u'.'))
        return !startsLowercase(next, text);
    // "37.5", "E.coli", "i.v": a dot glued to what follows is inside a word or number.
    if (next.glued && next.isAlphanumeric())
        return false;
    if (startsLowercase(next, text))
        return false; // "E. coli", "p. ej. la", "etc. y"
    if (dot == 0)
        return true;
    const int begin = chunkStart(tokens, dot, text);
    if (isInitial(tokens, begin, dot, text)) {
        // Chains of initials and initials after a title: "J. R. Smith", "Dr. J. Smith".
        const bool nextIsInitial = dot + 2 < limit && next.kind == TokenKind::Word && next.length() == 1 &&
                                   text[next.start].isUpper() &&
                                   isSymbol(tokens[static_cast<std::size_t>(dot + 2)], text, u'.');
        if (nextIsInitial)
            return false;
        if (begin >= 2 && isSymbol(tokens[static_cast<std::size_t>(begin - 1)], text, u'.')) {
            const int previousBegin = chunkStart(tokens, begin - 1, text);
            if (isInitial(tokens, previousBegin, begin - 1, text) ||
                (abbreviationEndingAt(text, tokens, begin - 1, lexicon, scratch) & CompiledLexicons::kTitle))
                return false;
        }
        return true;
    }
    // Titles ("Dr.", "Fig.") precede a capitalised name or a number; other abbreviations
    // ("etc.", "dl.") before a capital end the sentence.
    return (abbreviationEndingAt(text, tokens, dot, lexicon, scratch) & CompiledLexicons::kTitle) == 0;
}

// A line break ends a sentence unless the text was hard-wrapped: a single line break and the
// next line going on in lower case.
bool lineBreakEndsSentence(QStringView text, const Token& previous, const Token& next)
{
    int newlines = 0;
    for (int i = previous.end; i < next.start; ++i)
        if (text[i] == QLatin1Char('\n'))
            ++newlines;
    return newlines >= 2 || !startsLowercase(next, text);
}

} // namespace

void SentenceSplitter::split(QStringView text, std::span<const Token> tokens, const LanguageLexicon& lexicon,
                             std::vector<SentenceBounds>& out)
{
    out.clear();
    const int count = static_cast<int>(tokens.size());
    std::u16string scratch;
    int first = 0;
    auto close = [&](int endToken) {
        if (endToken > first) {
            out.push_back({first, endToken, tokens[static_cast<std::size_t>(first)].start,
                           tokens[static_cast<std::size_t>(endToken - 1)].end});
        }
        first = endToken;
    };
    for (int i = 0; i < count; ++i) {
        const Token& token = tokens[static_cast<std::size_t>(i)];
        if (i > first && token.lineBreakBefore &&
            lineBreakEndsSentence(text, tokens[static_cast<std::size_t>(i - 1)], token)) {
            close(i);
        }
        if (isSentenceEnd(token, text) && endsSentence(text, tokens, i, count, lexicon, scratch)) {
            int end = i + 1;
            while (end < count && isCloser(tokens[static_cast<std::size_t>(end)], text) &&
                   !tokens[static_cast<std::size_t>(end)].lineBreakBefore)
                ++end;
            i = end - 1;
            close(end);
        }
    }
    close(count);
}

} // namespace caselens::findings
