// The ValueExtractor's values written after another value: lists ("Apgar scores were 2, 6 and
// 7"), names paired with values by "respectively" ("WBC, Hb and platelets were 12, 9.9 and
// 250 ×10^9/L, respectively") and the same value in another unit ("62 mmol/mol (7.8%)").
#include "LanguageRules.h"
#include "ValueExtractor.h"

namespace caselens::findings {
namespace {

// An aside after a value ("3.2 L (68% of predicted)"): the index past its closing bracket.
int skipAside(QStringView text, std::span<const Token> tokens, int from, int limit)
{
    constexpr int kMaxAside = 8;
    if (from >= limit || tokens[static_cast<std::size_t>(from)].symbol(text) != u'(')
        return from;
    for (int t = from + 1; t < limit && t <= from + kMaxAside; ++t)
        if (tokens[static_cast<std::size_t>(t)].symbol(text) == u')')
            return t + 1;
    return from;
}

// The first token of a number, not its tail ("700" in "12,700") nor a digit of a word ("SpO2").
bool startsNumber(QStringView text, std::span<const Token> tokens, int first, int t)
{
    const Token& token = tokens[static_cast<std::size_t>(t)];
    if (token.kind != TokenKind::Number)
        return false;
    if (t == first)
        return true;
    const Token& previous = tokens[static_cast<std::size_t>(t - 1)];
    if (token.continuesWord(previous))
        return false;
    const char16_t sign = previous.symbol(text);
    return !(token.glued && previous.glued && (sign == u'.' || sign == u',') && t - 2 >= first &&
             tokens[static_cast<std::size_t>(t - 2)].kind == TokenKind::Number);
}

} // namespace

ValueExtractor::ValueList ValueExtractor::readList(QStringView text, std::span<const Token> tokens, int first,
                                                   int limit, int languageIndex) const
{
    const LanguageRules& rules = LanguageRules::forLanguage(languageIndex);
    ValueList list;
    int position = first;
    bool lastMember = false; // after "and": one more value ends the list
    while (position < limit) {
        const auto read = readListMember(text, tokens, position, limit, languageIndex);
        if (!read)
            break;
        list.members.push_back({position, *read});
        list.endToken = skipAside(text, tokens, read->endToken, limit);
        if (lastMember) {
            list.closedByConjunction = true;
            break;
        }
        int next = list.endToken;
        const bool comma = next < limit && tokens[static_cast<std::size_t>(next)].symbol(text) == u',';
        next += comma ? 1 : 0;
        const bool conjunction = next < limit &&
                                 tokens[static_cast<std::size_t>(next)].kind == TokenKind::Word &&
                                 rules.isListConjunction(tokens[static_cast<std::size_t>(next)].hash);
        next += conjunction ? 1 : 0;
        if ((!comma && !conjunction) || next >= limit ||
            tokens[static_cast<std::size_t>(next)].kind != TokenKind::Number)
            break;
        lastMember = conjunction;
        position = next;
    }
    return list;
}

int ValueExtractor::continueList(QStringView text, std::span<const Token> tokens, int firstValue, int limit,
                                 int languageIndex, int analyte, std::vector<std::uint8_t>& claimed,
                                 std::vector<CandidateFinding>& out) const
{
    const ValueList list = readList(text, tokens, firstValue, limit, languageIndex);
    if (list.members.size() < 2 || !list.closedByConjunction)
        return -1;
    // "glucose 120 and 3 days later" is a value and a time, not two values.
    const LanguageRules& rules = LanguageRules::forLanguage(languageIndex);
    if (list.endToken < limit && rules.timeUnit(tokens[static_cast<std::size_t>(list.endToken)].hash))
        return -1;
    for (std::size_t m = 1; m < list.members.size(); ++m)
        if (claimed[static_cast<std::size_t>(list.members[m].firstToken)] ||
            !readsAsAnalyte(list.members[m].read, analyte))
            return -1;
    for (std::size_t m = 1; m < list.members.size(); ++m) {
        const ListedValue& member = list.members[m];
        emitAnalyteValue(tokens, analyte, member.firstToken, member.read.endToken, member.read, claimed, out);
    }
    return list.members.back().read.endToken;
}

int ValueExtractor::restatedInOtherUnit(QStringView text, std::span<const Token> tokens, int valueEnd,
                                        int limit, int languageIndex, int analyte, const ValueRead& value,
                                        std::vector<std::uint8_t>& claimed,
                                        std::vector<CandidateFinding>& out) const
{
    const int first = valueEnd + 1;
    if (!value.unit || first >= limit || tokens[static_cast<std::size_t>(valueEnd)].symbol(text) != u'(' ||
        claimed[static_cast<std::size_t>(first)])
        return -1;
    const auto read = readValue(text, tokens, first, limit, languageIndex, analyte);
    if (!read || !read->unit || read->unit->ucum == value.unit->ucum || read->endToken >= limit ||
        tokens[static_cast<std::size_t>(read->endToken)].symbol(text) != u')' ||
        !readsAsAnalyte(*read, analyte))
        return -1;
    emitAnalyteValue(tokens, analyte, first, read->endToken, *read, claimed, out);
    return read->endToken + 1;
}

void ValueExtractor::extractRespectiveLists(QStringView text, std::span<const Token> tokens,
                                            const SentenceBounds& sentence, int languageIndex,
                                            std::vector<std::uint8_t>& claimed,
                                            std::vector<CandidateFinding>& out) const
{
    const LanguageRules& rules = LanguageRules::forLanguage(languageIndex);
    for (int r = sentence.firstToken + 1; r < sentence.endToken; ++r) {
        const Token& word = tokens[static_cast<std::size_t>(r)];
        if (word.kind != TokenKind::Word || !rules.isRespectively(word.hash))
            continue;
        const int listEnd = tokens[static_cast<std::size_t>(r - 1)].symbol(text) == u',' ? r - 1 : r;
        // The longest list of values that ends at "respectively".
        for (int start = sentence.firstToken; start < listEnd; ++start) {
            if (claimed[static_cast<std::size_t>(start)] ||
                !startsNumber(text, tokens, sentence.firstToken, start))
                continue;
            const ValueList list = readList(text, tokens, start, listEnd, languageIndex);
            if (list.members.size() < 2 || list.endToken != listEnd)
                continue;
            pairRespectively(text, tokens, sentence, languageIndex, list, claimed, out);
            break;
        }
    }
}

bool ValueExtractor::pairRespectively(QStringView text, std::span<const Token> tokens,
                                      const SentenceBounds& sentence, int languageIndex,
                                      const ValueList& list, std::vector<std::uint8_t>& claimed,
                                      std::vector<CandidateFinding>& out) const
{
    struct NamedAnalyte {
        int analyte = -1;
        int firstToken = 0;
        int endToken = 0;
    };
    const int listStart = list.members.front().firstToken;
    // The analytes named before the list; a name and its abbreviation ("forced vital capacity
    // (FVC)") are one.
    std::vector<NamedAnalyte> names;
    for (int t = sentence.firstToken; t < listStart;) {
        int length = 0;
        const int analyte = analyteNameAt(text, tokens, t, listStart, languageIndex, &length);
        if (analyte < 0) {
            ++t;
            continue;
        }
        if (!names.empty() && names.back().analyte == analyte)
            names.back().endToken = t + length;
        else
            names.push_back({analyte, t, t + length});
        t += length;
    }
    const std::size_t count = list.members.size();
    bool paired = names.size() >= count;
    if (paired) {
        // The last names, one per value, with no number between them and the list.
        names.erase(names.begin(), names.end() - static_cast<std::ptrdiff_t>(count));
        for (std::size_t n = 0; n < count && paired; ++n) {
            const int gapEnd = n + 1 < count ? names[n + 1].firstToken : listStart;
            for (int t = names[n].endToken; t < gapEnd && paired; ++t)
                paired = !startsNumber(text, tokens, sentence.firstToken, t);
            paired = paired && readsAsAnalyte(list.members[n].read, names[n].analyte);
        }
    }
    if (paired) {
        for (std::size_t n = 0; n < count; ++n) {
            const ListedValue& member = list.members[n];
            emitAnalyteValue(tokens, names[n].analyte, member.firstToken, member.read.endToken, member.read,
                             claimed, out);
        }
        return true;
    }
    // Unnamed tests ("alanine and glutamine (1567 and 1369 μmol/l, respectively)"): a unit
    // written once, after the last value, is every value's.
    const UnitEntry* shared = list.members.back().read.unit;
    if (!shared)
        return false;
    for (const ListedValue& member : list.members)
        if (member.read.unit && member.read.unit != shared)
            return false;
    for (const ListedValue& member : list.members) {
        if (member.read.unit)
            continue;
        ValueRead read = member.read;
        read.unit = shared;
        emitGenericValue(tokens, member.firstToken, read, claimed, out);
    }
    return true;
}

} // namespace caselens::findings
