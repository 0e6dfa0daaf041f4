#include "Tokenizer.h"

#include "TextFolder.h"

namespace caselens::findings {

std::uint64_t Tokenizer::hashOf(std::u16string_view folded)
{
    std::uint64_t h = 0xcbf29ce484222325ULL; // FNV-1a
    for (const char16_t unit : folded) {
        h ^= unit;
        h *= 0x100000001b3ULL;
    }
    return mix(h);
}

void Tokenizer::tokenize(QStringView text, std::u16string_view folded, std::vector<Token>& out)
{
    out.clear();
    const auto size = static_cast<int>(text.size());
    const char16_t* raw = text.utf16();
    bool sawSpace = true;
    bool sawNewline = false;
    int i = 0;
    auto pushToken = [&](int start, int end, TokenKind kind, bool contraction) {
        Token token;
        token.start = start;
        token.end = end;
        token.kind = kind;
        token.glued = !sawSpace && !out.empty();
        token.lineBreakBefore = sawNewline;
        token.contraction = contraction;
        token.hash =
            hashOf(folded.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(end - start)));
        out.push_back(token);
        sawSpace = false;
        sawNewline = false;
    };
    while (i < size) {
        const CharClass cls = TextFolder::classOf(raw[i]);
        switch (cls) {
        case CharClass::Space:
            sawSpace = true;
            ++i;
            break;
        case CharClass::Newline:
            sawSpace = true;
            sawNewline = true;
            ++i;
            break;
        case CharClass::Digit: {
            const int start = i;
            while (i < size && TextFolder::classOf(raw[i]) == CharClass::Digit)
                ++i;
            pushToken(start, i, TokenKind::Number, false);
            break;
        }
        case CharClass::Letter: {
            const int start = i;
            while (i < size && TextFolder::classOf(raw[i]) == CharClass::Letter)
                ++i;
            // "didn't" -> "did" + "n't": English negation triggers are written with "n't".
            const bool apostropheT = i + 1 < size && folded[static_cast<std::size_t>(i)] == u'\'' &&
                                     folded[static_cast<std::size_t>(i + 1)] == u't' &&
                                     (i + 2 >= size || TextFolder::classOf(raw[i + 2]) != CharClass::Letter);
            if (apostropheT && folded[static_cast<std::size_t>(i - 1)] == u'n') {
                if (i - 1 > start)
                    pushToken(start, i - 1, TokenKind::Word, false);
                pushToken(i - 1, i + 2, TokenKind::Word, true);
                i += 2;
            } else {
                pushToken(start, i, TokenKind::Word, false);
            }
            break;
        }
        case CharClass::HighSurrogate: {
            const int start = i++;
            if (i < size && TextFolder::classOf(raw[i]) == CharClass::LowSurrogate)
                ++i;
            pushToken(start, i, TokenKind::Symbol, false);
            break;
        }
        case CharClass::LowSurrogate:
        case CharClass::Symbol:
            pushToken(i, i + 1, TokenKind::Symbol, false);
            ++i;
            break;
        }
    }
}

void Tokenizer::tokenize(QStringView text, std::u16string& foldedScratch, std::vector<Token>& out)
{
    TextFolder::foldInto(text, foldedScratch);
    tokenize(text, std::u16string_view(foldedScratch), out);
}

std::vector<Token> Tokenizer::tokenize(QStringView text)
{
    const std::u16string folded = TextFolder::folded(text);
    std::vector<Token> tokens;
    tokenize(text, folded, tokens);
    return tokens;
}

} // namespace caselens::findings
