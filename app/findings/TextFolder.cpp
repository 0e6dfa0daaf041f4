#include "TextFolder.h"

#include <QChar>
#include <QString>

#include <array>
#include <memory>

namespace caselens::findings {
namespace {

struct Tables {
    std::array<char16_t, 0x10000> fold{};
    std::array<CharClass, 0x10000> charClass{};
};

// The first character of a canonical or compatibility decomposition, when it is an ASCII letter
// or digit (so 'é' -> 'e', 'ª' -> 'a', '²' -> '2'); 0 otherwise.
char16_t asciiBase(char16_t unit)
{
    const QString decomposition = QChar(unit).decomposition();
    if (decomposition.isEmpty())
        return 0;
    const char16_t base = decomposition.at(0).unicode();
    return (base < 0x80 && QChar(base).isLetterOrNumber()) ? base : 0;
}

std::unique_ptr<Tables> buildTables()
{
    auto tables = std::make_unique<Tables>();
    for (char32_t code = 0; code < 0x10000; ++code) {
        const auto unit = static_cast<char16_t>(code);
        const QChar ch(unit);
        char16_t folded = ch.toCaseFolded().unicode();
        CharClass cls = CharClass::Symbol;
        if (ch.isHighSurrogate()) {
            cls = CharClass::HighSurrogate;
        } else if (ch.isLowSurrogate()) {
            cls = CharClass::LowSurrogate;
        } else if (unit == u'\n' || unit == u'\r' || unit == 0x2028 || unit == 0x2029) {
            cls = CharClass::Newline;
        } else if (ch.isSpace()) {
            cls = CharClass::Space;
            folded = u' ';
        } else if (unit >= u'0' && unit <= u'9') {
            cls = CharClass::Digit;
        } else if (ch.isLetter() || ch.isMark()) {
            cls = CharClass::Letter;
        } else if (ch.category() == QChar::Number_Other) { // ², ³, ⁹: part of a word, never a number
            cls = CharClass::Letter;
        }
        // Accents and compatibility forms: only in the ranges where clinical Latin-script text
        // has them, which keeps start-up fast.
        if ((code >= 0xA0 && code < 0x2000) || (code >= 0x2070 && code < 0x20A0)) {
            if (const char16_t base = asciiBase(unit))
                folded = QChar(base).toCaseFolded().unicode();
        }
        tables->fold[code] = folded;
        tables->charClass[code] = cls;
    }
    // Signs that are written several ways and mean one thing in a case report.
    for (const char16_t dash : {u'\u2010', u'\u2011', u'\u2012', u'\u2013', u'\u2014', u'\u2212'})
        tables->fold[dash] = u'-';
    for (const char16_t quote : {u'\u2018', u'\u2019', u'\u00B4', u'\u02BC'})
        tables->fold[quote] = u'\'';
    tables->fold[0x00B5] = u'u'; // micro sign
    tables->fold[0x03BC] = u'u'; // Greek mu, used for micro
    tables->charClass[0x00B5] = CharClass::Letter;
    tables->fold[0x00D7] = u'x'; // multiplication sign in "×10⁹/L"
    tables->charClass[0x00D7] = CharClass::Letter;
    return tables;
}

const Tables& tables()
{
    static const std::unique_ptr<Tables> instance = buildTables(); // thread-safe (magic static)
    return *instance;
}

} // namespace

char16_t TextFolder::fold(char16_t unit)
{
    return tables().fold[unit];
}

CharClass TextFolder::classOf(char16_t unit)
{
    return tables().charClass[unit];
}

void TextFolder::foldInto(QStringView text, std::u16string& out)
{
    const Tables& t = tables();
    out.resize(static_cast<std::size_t>(text.size()));
    const char16_t* source = text.utf16();
    for (qsizetype i = 0; i < text.size(); ++i)
        out[static_cast<std::size_t>(i)] = t.fold[source[i]];
}

std::u16string TextFolder::folded(QStringView text)
{
    std::u16string out;
    foldInto(text, out);
    return out;
}

bool TextFolder::sameIgnoringSpaces(QStringView written, QStringView entry)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (true) {
        while (i < written.size() && written[i].isSpace())
            ++i;
        while (j < entry.size() && entry[j].isSpace())
            ++j;
        if (i == written.size() || j == entry.size())
            return i == written.size() && j == entry.size();
        if (written[i] != entry[j])
            return false;
        ++i;
        ++j;
    }
}

} // namespace caselens::findings
