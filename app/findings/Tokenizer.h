#pragma once

#include <QStringView>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace caselens::findings {

enum class TokenKind : std::uint8_t { Word, Number, Symbol };

// One token of a text. Offsets are UTF-16 positions in the text ([start, end)); the hash is of
// the folded form, so lexicon phrases match whatever the case or accents.
struct Token {
    int start = 0;
    int end = 0;
    std::uint64_t hash = 0;
    TokenKind kind = TokenKind::Symbol;
    bool glued = false;           // no space between this token and the previous one
    bool lineBreakBefore = false; // a line break in the gap before this token
    bool contraction = false;     // English "n't", split off "didn't" so triggers can say "n't"

    int length() const { return end - start; }
    bool isAlphanumeric() const { return kind != TokenKind::Symbol; }
    // The character of a one-character symbol token ('(', '/', ','), 0 for any other token.
    char16_t symbol(QStringView text) const
    {
        return kind == TokenKind::Symbol && length() == 1 ? text[start].unicode() : 0;
    }
    // True when this token continues the previous one's word ("2" in "SpO2", "1" in "L5-S1"
    // is not: '-' is a symbol). Lexicon matches must start and end on word boundaries.
    bool continuesWord(const Token& previous) const
    {
        return glued && !contraction && isAlphanumeric() && previous.isAlphanumeric();
    }
};

// Splits a text into runs of letters, runs of ASCII digits and single symbols. Letters and
// digits make separate tokens, glued when they touch, so "SpO2", "37,5º" and "BP150/110" read the
// same as "SpO2", "37 , 5 º" and "BP 150 / 110" to the matchers, while the glue keeps whole-word
// matching exact. Whitespace makes no token; a surrogate pair is one symbol token.
class Tokenizer {
public:
    // `folded` is TextFolder::foldInto(text). `out` is cleared and refilled (its capacity kept).
    static void tokenize(QStringView text, std::u16string_view folded, std::vector<Token>& out);
    // Tokens of a short text (a lexicon phrase), folding it into `foldedScratch` first.
    static void tokenize(QStringView text, std::u16string& foldedScratch, std::vector<Token>& out);
    static std::vector<Token> tokenize(QStringView text);

    static std::uint64_t hashOf(std::u16string_view folded);
    // Hash of a token sequence, one token at a time: combine(combine(seed, a), b)...
    static constexpr std::uint64_t kPhraseSeed = 0x6a09e667f3bcc909ULL;
    static std::uint64_t combine(std::uint64_t phrase, std::uint64_t token)
    {
        return mix((phrase ^ token) * 0x9e3779b97f4a7c15ULL + 0x632be59bd9b4e019ULL);
    }

    // A good 64-bit finaliser that never returns 0 (0 marks empty slots in FlatHashMap).
    static std::uint64_t mix(std::uint64_t x)
    {
        x ^= x >> 30;
        x *= 0xbf58476d1ce4e5b9ULL;
        x ^= x >> 27;
        x *= 0x94d049bb133111ebULL;
        x ^= x >> 31;
        return x == 0 ? 1 : x;
    }
};

} // namespace caselens::findings
