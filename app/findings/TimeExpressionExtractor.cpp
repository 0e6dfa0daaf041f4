#include "TimeExpressionExtractor.h"

#include "LanguageRules.h"
#include "NumberReader.h"
#include "TextFolder.h"

#include <QString>

namespace caselens::findings {
namespace {

constexpr int kEnglish = 2;

// Folded, unlike Token::symbol(): the hyphens and slashes of other scripts ("45‐year‐old" with
// U+2010) read as '-' and '/'.
char16_t symbolOf(const Token& token, QStringView text)
{
    return token.kind == TokenKind::Symbol && token.length() == 1
               ? TextFolder::fold(text[token.start].unicode())
               : 0;
}

bool isWord(const Token& token, QStringView text, const char* word)
{
    if (token.kind != TokenKind::Word)
        return false;
    const QStringView written = text.mid(token.start, token.length());
    return written.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
}

// A quantity at tokens[i]: digits ("47", "1,5") or a number word ("duas", "two").
struct Quantity {
    double value = 0;
    int endToken = 0;
};

std::optional<Quantity> quantityAt(QStringView text, std::span<const Token> tokens, int i, int limit,
                                   int languageIndex, const LanguageRules& rules)
{
    const Token& token = tokens[static_cast<std::size_t>(i)];
    if (token.kind == TokenKind::Number) {
        // Not the middle of a bigger number or code ("L5", "2/3").
        if (i > 0 && token.continuesWord(tokens[static_cast<std::size_t>(i - 1)]))
            return std::nullopt;
        const auto number = NumberReader::read(tokens, i, limit, text, languageIndex);
        if (!number)
            return std::nullopt;
        return Quantity{number->value, i + number->tokenCount};
    }
    if (token.kind == TokenKind::Word) {
        if (const auto value = rules.numberWord(token.hash)) {
            // "once a day", "twice a week": a frequency, not a duration.
            if (languageIndex == kEnglish && *value == 1 && i > 0) {
                const Token& previous = tokens[static_cast<std::size_t>(i - 1)];
                if (isWord(previous, text, "once") || isWord(previous, text, "twice") ||
                    isWord(previous, text, "times") || isWord(previous, text, "per"))
                    return std::nullopt;
            }
            return Quantity{static_cast<double>(*value), i + 1};
        }
    }
    return std::nullopt;
}

// The unit after a quantity, allowing one hyphen ("47-year-old", "2-week").
int unitTokenAfter(QStringView text, std::span<const Token> tokens, int i, int limit)
{
    if (i < limit && symbolOf(tokens[static_cast<std::size_t>(i)], text) == u'-')
        ++i;
    return i < limit && tokens[static_cast<std::size_t>(i)].kind == TokenKind::Word ? i : -1;
}

// "47 anos" is an age next to a person: "homem de 47 anos", "paciente de 13 años",
// "Mulher, 47 anos", "con 47 años", "idade de 47 anos".
bool personBefore(std::span<const Token> tokens, int quantityStart, int sentenceStart, QStringView text,
                  const LanguageRules& rules)
{
    int i = quantityStart - 1;
    if (i < sentenceStart)
        return false;
    const Token& before = tokens[static_cast<std::size_t>(i)];
    const bool comma = symbolOf(before, text) == u',';
    const bool preposition =
        isWord(before, text, "de") || isWord(before, text, "com") || isWord(before, text, "con");
    if (!comma && !preposition)
        return false;
    if (preposition && i - 1 >= sentenceStart &&
        rules.isAgeIntroducer(tokens[static_cast<std::size_t>(i - 1)].hash))
        return true; // "idade de 47 anos", "edad de 47 años"
    if (preposition && (isWord(before, text, "com") || isWord(before, text, "con")))
        return true; // "com 47 anos", "con 47 años"
    // A person within a few words before: "homem de 47 anos", "varón joven de 27 años".
    for (int k = i - 1; k >= sentenceStart && k >= i - 4; --k)
        if (rules.isPersonNoun(tokens[static_cast<std::size_t>(k)].hash))
            return true;
    return false;
}

// "at 42 years of age", "since age 5", "aos 42 anos", "a los 42 años": `first` is the age's
// first token (or the "age" word).
bool atEvent(std::span<const Token> tokens, int first, int sentenceStart, const LanguageRules& rules)
{
    return first - 1 >= sentenceStart &&
           rules.isEventAgePreposition(tokens[static_cast<std::size_t>(first - 1)].hash);
}

double inYears(double value, const TimeUnit& unit)
{
    return value * unit.days / 365.25;
}

void claim(std::vector<std::uint8_t>& claimed, int first, int end)
{
    for (int t = first; t < end; ++t)
        claimed[static_cast<std::size_t>(t)] = 1;
}

bool anyClaimed(const std::vector<std::uint8_t>& claimed, int first, int end)
{
    for (int t = first; t < end; ++t)
        if (claimed[static_cast<std::size_t>(t)])
            return true;
    return false;
}

bool isYear(QStringView text, const Token& token)
{
    if (token.kind != TokenKind::Number || token.length() != 4)
        return false;
    const int year = text.mid(token.start, 4).toInt();
    return year >= 1900 && year <= 2099;
}

} // namespace

void TimeExpressionExtractor::extract(QStringView text, std::span<const Token> tokens,
                                      const SentenceBounds& sentence, int languageIndex,
                                      std::vector<std::uint8_t>& claimed, std::vector<CandidateFinding>& out)
{
    const LanguageRules& rules = LanguageRules::forLanguage(languageIndex);
    const int limit = sentence.endToken;
    auto push = [&](FindingCategory category, int first, int end, std::optional<double> value,
                    const QString& unit, const QString& conceptId) {
        CandidateFinding candidate;
        candidate.firstToken = first;
        candidate.endToken = end;
        candidate.finding.category = category;
        candidate.finding.start = tokens[static_cast<std::size_t>(first)].start;
        candidate.finding.end = tokens[static_cast<std::size_t>(end - 1)].end;
        candidate.finding.value = value;
        candidate.finding.unit = unit;
        candidate.finding.conceptId = conceptId;
        claim(claimed, first, end);
        out.push_back(std::move(candidate));
    };

    for (int i = sentence.firstToken; i < limit; ++i) {
        if (claimed[static_cast<std::size_t>(i)])
            continue;
        const Token& token = tokens[static_cast<std::size_t>(i)];

        // "aged 47", "age of 47", "at the age of 47 years".
        if (token.kind == TokenKind::Word && rules.isAgeIntroducer(token.hash) && languageIndex == kEnglish) {
            int j = i + 1;
            if (j < limit && isWord(tokens[static_cast<std::size_t>(j)], text, "of"))
                ++j;
            if (j < limit && tokens[static_cast<std::size_t>(j)].kind == TokenKind::Number &&
                !claimed[static_cast<std::size_t>(j)]) {
                if (const auto quantity = quantityAt(text, tokens, j, limit, languageIndex, rules)) {
                    int end = quantity->endToken;
                    if (end < limit && rules.isAgeUnit(tokens[static_cast<std::size_t>(end)].hash))
                        ++end;
                    if (!anyClaimed(claimed, j, end)) {
                        const bool event = atEvent(tokens, i, sentence.firstToken, rules);
                        push(event ? FindingCategory::Time : FindingCategory::Age, j, end, quantity->value,
                             QStringLiteral("a"),
                             event ? QStringLiteral("cl:age_at_event") : QStringLiteral("cl:age"));
                        i = end - 1;
                        continue;
                    }
                }
            }
        }

        // Dates: "12/03/2009", "03/2009".
        if (token.kind == TokenKind::Number && token.length() <= 2 && i + 2 < limit &&
            symbolOf(tokens[static_cast<std::size_t>(i + 1)], text) == u'/' &&
            tokens[static_cast<std::size_t>(i + 1)].glued && tokens[static_cast<std::size_t>(i + 2)].glued) {
            int end = i + 3;
            if (end + 1 < limit && symbolOf(tokens[static_cast<std::size_t>(end)], text) == u'/' &&
                tokens[static_cast<std::size_t>(end)].glued &&
                tokens[static_cast<std::size_t>(end + 1)].glued &&
                tokens[static_cast<std::size_t>(end + 1)].kind == TokenKind::Number)
                end += 2;
            const Token& last = tokens[static_cast<std::size_t>(end - 1)];
            if ((isYear(text, last) || (end == i + 5 && last.length() == 2)) &&
                !anyClaimed(claimed, i, end)) {
                push(FindingCategory::Time, i, end, std::nullopt, QString(), QStringLiteral("cl:date"));
                i = end - 1;
                continue;
            }
        }
        // Dates: "março de 2010", "March 2010", "12 de marzo de 2010".
        if (token.kind == TokenKind::Word && rules.isMonth(token.hash)) {
            int first = i;
            if (i - 2 >= sentence.firstToken && isWord(tokens[static_cast<std::size_t>(i - 1)], text, "de") &&
                tokens[static_cast<std::size_t>(i - 2)].kind == TokenKind::Number &&
                !claimed[static_cast<std::size_t>(i - 2)])
                first = i - 2;
            else if (i - 1 >= sentence.firstToken &&
                     tokens[static_cast<std::size_t>(i - 1)].kind == TokenKind::Number &&
                     tokens[static_cast<std::size_t>(i - 1)].length() <= 2 &&
                     !claimed[static_cast<std::size_t>(i - 1)])
                first = i - 1;
            int j = i + 1;
            if (j < limit && (isWord(tokens[static_cast<std::size_t>(j)], text, "de") ||
                              isWord(tokens[static_cast<std::size_t>(j)], text, "of") ||
                              symbolOf(tokens[static_cast<std::size_t>(j)], text) == u','))
                ++j;
            if (j < limit && isYear(text, tokens[static_cast<std::size_t>(j)]) &&
                !claimed[static_cast<std::size_t>(j)]) {
                push(FindingCategory::Time, first, j + 1, std::nullopt, QString(), QStringLiteral("cl:date"));
                i = j;
                continue;
            }
        }
        // Dates: "in 2005", "em 2005", "en 2005".
        if (token.kind == TokenKind::Word && rules.isDatePreposition(token.hash) && i + 1 < limit &&
            isYear(text, tokens[static_cast<std::size_t>(i + 1)]) &&
            !claimed[static_cast<std::size_t>(i + 1)]) {
            const int end = i + 2;
            const bool unitFollows = end < limit &&
                                     tokens[static_cast<std::size_t>(end)].kind == TokenKind::Word &&
                                     !tokens[static_cast<std::size_t>(end)].glued &&
                                     (rules.timeUnit(tokens[static_cast<std::size_t>(end)].hash) ||
                                      rules.isAgeUnit(tokens[static_cast<std::size_t>(end)].hash));
            if (!unitFollows && (end >= limit || !tokens[static_cast<std::size_t>(end)].continuesWord(
                                                     tokens[static_cast<std::size_t>(end - 1)]))) {
                push(FindingCategory::Time, i + 1, end, std::nullopt, QString(), QStringLiteral("cl:date"));
                i = end - 1;
                continue;
            }
        }

        // "day 5", "dia 3", "día 2": a day of the course, counted from admission or treatment.
        if (token.kind == TokenKind::Word && i + 1 < limit && token.length() > 2) {
            const auto unit = rules.timeUnit(token.hash);
            const Token& number = tokens[static_cast<std::size_t>(i + 1)];
            if (unit && QLatin1String(unit->ucum) == QLatin1String("d") && number.kind == TokenKind::Number &&
                !number.glued && number.length() <= 3 && !claimed[static_cast<std::size_t>(i + 1)] &&
                (i + 2 >= static_cast<int>(tokens.size()) ||
                 !tokens[static_cast<std::size_t>(i + 2)].continuesWord(number)) &&
                (i + 2 >= limit ||
                 (symbolOf(tokens[static_cast<std::size_t>(i + 2)], text) != u',' &&
                  symbolOf(tokens[static_cast<std::size_t>(i + 2)], text) != u'.') ||
                 !tokens[static_cast<std::size_t>(i + 2)].glued)) {
                push(FindingCategory::Time, i, i + 2, text.mid(number.start, number.length()).toDouble(),
                     QStringLiteral("d"), QStringLiteral("cl:day_of_course"));
                i += 1;
                continue;
            }
        }

        const auto quantity = quantityAt(text, tokens, i, limit, languageIndex, rules);
        if (!quantity)
            continue;
        const int unitToken = unitTokenAfter(text, tokens, quantity->endToken, limit);
        if (unitToken < 0 || claimed[static_cast<std::size_t>(unitToken)])
            continue;
        const Token& unit = tokens[static_cast<std::size_t>(unitToken)];
        if (unit.continuesWord(tokens[static_cast<std::size_t>(unitToken - 1)]) &&
            unit.kind != TokenKind::Word)
            continue;
        const auto timeUnit = rules.timeUnit(unit.hash);
        const bool ageUnit = rules.isAgeUnit(unit.hash);
        if (!timeUnit && !ageUnit)
            continue;
        // Abbreviated units are written in lower case: "24 h", "3 d"; "2D" and "3H" are not times.
        if (unit.length() <= 2 &&
            text.mid(unit.start, unit.length()).toString().toLower() != text.mid(unit.start, unit.length()))
            continue;
        // The unit must end its word: "3 dias" yes, "3 diasX" no.
        if (unitToken + 1 < static_cast<int>(tokens.size()) &&
            tokens[static_cast<std::size_t>(unitToken + 1)].continuesWord(unit))
            continue;
        int end = unitToken + 1;

        // Ages.
        bool age = false;
        if (languageIndex == kEnglish) {
            // "47-year-old", "47 years old", "47-yr-old", "47 yo", "47 y/o", "47 years of age".
            int j = end;
            if (j < limit && symbolOf(tokens[static_cast<std::size_t>(j)], text) == u'-')
                ++j;
            if (j < limit && isWord(tokens[static_cast<std::size_t>(j)], text, "old")) {
                age = true;
                end = j + 1;
            } else if (isWord(unit, text, "yo")) {
                age = true;
            } else if (isWord(unit, text, "y") && end + 1 < limit &&
                       symbolOf(tokens[static_cast<std::size_t>(end)], text) == u'/' &&
                       isWord(tokens[static_cast<std::size_t>(end + 1)], text, "o")) {
                age = true;
                end += 2;
            } else if (end + 1 < limit && isWord(tokens[static_cast<std::size_t>(end)], text, "of") &&
                       isWord(tokens[static_cast<std::size_t>(end + 1)], text, "age")) {
                age = true;
                end += 2;
            }
        } else if (ageUnit) {
            // "47 anos de idade", "47 años de edad".
            if (end + 1 < limit && isWord(tokens[static_cast<std::size_t>(end)], text, "de") &&
                rules.isAgeIntroducer(tokens[static_cast<std::size_t>(end + 1)].hash)) {
                age = true;
                end += 2;
            } else {
                age = personBefore(tokens, i, sentence.firstToken, text, rules);
            }
        }
        if (anyClaimed(claimed, i, end))
            continue;
        const TimeUnit years = timeUnit ? *timeUnit : TimeUnit{"a", 365.25};
        // "at 42 years of age", "aos 42 anos", "a los 42 años": the age at an event.
        if ((age || (ageUnit && languageIndex != kEnglish)) &&
            atEvent(tokens, i, sentence.firstToken, rules)) {
            push(FindingCategory::Time, i, end, inYears(quantity->value, years), QStringLiteral("a"),
                 QStringLiteral("cl:age_at_event"));
            i = end - 1;
            continue;
        }
        if (age) {
            push(FindingCategory::Age, i, end, inYears(quantity->value, years), QStringLiteral("a"),
                 QStringLiteral("cl:age"));
            i = end - 1;
            continue;
        }
        if (!timeUnit)
            continue;
        // Durations, with "há"/"hace" before and "antes"/"ago"/"later" after.
        int first = i;
        if (first - 1 >= sentence.firstToken &&
            rules.isRelativeBefore(tokens[static_cast<std::size_t>(first - 1)].hash) &&
            !claimed[static_cast<std::size_t>(first - 1)])
            --first;
        if (end < limit && rules.isRelativeAfter(tokens[static_cast<std::size_t>(end)].hash))
            ++end;
        push(FindingCategory::Time, first, end, quantity->value, QString::fromLatin1(timeUnit->ucum),
             QStringLiteral("cl:duration"));
        i = end - 1;
    }
}

} // namespace caselens::findings
