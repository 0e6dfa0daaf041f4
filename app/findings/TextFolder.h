#pragma once

#include <QStringView>

#include <cstdint>
#include <string>

namespace caselens::findings {

// How the tokenizer sees one UTF-16 code unit.
enum class CharClass : std::uint8_t {
    Space,
    Newline,
    Letter, // letters, and marks or superscript digits that belong to a word ("Tª", "10⁹")
    Digit,  // ASCII 0-9 only: numbers are read from these
    Symbol, // punctuation and everything else
    HighSurrogate,
    LowSurrogate,
};

// Case- and accent-folding, one code unit in, one code unit out, so that a folded copy of a
// text keeps the text's offsets: 'Á' -> 'a', 'ª' -> 'a', 'º' -> 'o', '²' -> '2', 'µ' -> 'u',
// typographic dashes -> '-', curly apostrophes -> '\''. The tables are built once (about 1 ms)
// and then read without locks.
class TextFolder {
public:
    static char16_t fold(char16_t unit);
    static CharClass classOf(char16_t unit);
    // Writes the folded `text` into `out` (resized to text.size(); capacity is kept between calls).
    static void foldInto(QStringView text, std::u16string& out);
    // The folded form of a short string, for building lexicons.
    static std::u16string folded(QStringView text);
    // Exact comparison that ignores whitespace: for case-sensitive lexicon entries ("Ta", "FC")
    // matched over tokens that may be spaced differently.
    static bool sameIgnoringSpaces(QStringView written, QStringView entry);
};

} // namespace caselens::findings
