#include "NumberReader.h"

#include <QString>

#include <cmath>
#include <vector>

namespace caselens::findings {
namespace {

constexpr int kEnglish = 2;

double digitsValue(QStringView digits)
{
    double value = 0;
    for (const QChar c : digits)
        value = value * 10 + (c.unicode() - u'0');
    return value;
}

double withDecimals(double integer, QStringView decimals)
{
    return integer + digitsValue(decimals) / std::pow(10.0, static_cast<double>(decimals.size()));
}

bool allGroupsOfThree(const std::vector<QStringView>& groups, std::size_t from, std::size_t to)
{
    for (std::size_t i = from; i < to; ++i)
        if (groups[i].size() != 3)
            return false;
    return true;
}

// Interprets digit groups joined by separators, e.g. {"27", "400"} and {','}. Returns nullopt
// when the separators make no number; the caller then reads fewer groups.
std::optional<NumberReading> interpret(const std::vector<QStringView>& groups,
                                       const std::vector<QChar>& separators, int languageIndex)
{
    double integer = digitsValue(groups[0]);
    if (separators.empty())
        return NumberReading{integer, std::nullopt, 1};
    const QChar last = separators.back();
    bool mixed = false;
    for (const QChar separator : separators)
        mixed = mixed || separator != last;
    if (mixed) {
        // "1.234,5" / "1,234.5": the last separator is the decimal one, the others group.
        for (std::size_t i = 0; i + 1 < separators.size(); ++i)
            if (separators[i] == last)
                return std::nullopt;
        if (groups[0].size() > 3 || !allGroupsOfThree(groups, 1, groups.size() - 1))
            return std::nullopt;
        for (std::size_t i = 1; i + 1 < groups.size(); ++i)
            integer = integer * 1000 + digitsValue(groups[i]);
        return NumberReading{withDecimals(integer, groups.back()), std::nullopt, 0};
    }
    if (separators.size() > 1) {
        // "1.234.567": grouping only.
        if (groups[0].size() > 3 || !allGroupsOfThree(groups, 1, groups.size()))
            return std::nullopt;
        for (std::size_t i = 1; i < groups.size(); ++i)
            integer = integer * 1000 + digitsValue(groups[i]);
        return NumberReading{integer, std::nullopt, 0};
    }
    const double asDecimal = withDecimals(integer, groups[1]);
    // Not three digits after the separator, a leading zero ("0,400") or a long integer part:
    // only a decimal reading makes sense.
    if (groups[1].size() != 3 || groups[0].size() > 3 || groups[0].startsWith(QLatin1Char('0')))
        return NumberReading{asDecimal, std::nullopt, 0};
    const double asGrouped = integer * 1000 + digitsValue(groups[1]);
    const bool groupingSeparator =
        languageIndex == kEnglish ? last == QLatin1Char(',') : last == QLatin1Char('.');
    return groupingSeparator ? NumberReading{asGrouped, asDecimal, 0}
                             : NumberReading{asDecimal, asGrouped, 0};
}

} // namespace

std::optional<NumberReading> NumberReader::read(std::span<const Token> tokens, int first, int limit,
                                                QStringView text, int languageIndex)
{
    if (first >= limit || tokens[static_cast<std::size_t>(first)].kind != TokenKind::Number)
        return std::nullopt;
    std::vector<QStringView> groups;
    std::vector<QChar> separators;
    std::vector<int> groupTokens; // token index of each group
    const Token& head = tokens[static_cast<std::size_t>(first)];
    groups.push_back(text.mid(head.start, head.length()));
    groupTokens.push_back(first);
    // Digits, then (separator, digits) glued on both sides: "27,400", never "27, 400".
    int i = first + 1;
    while (i + 1 < limit) {
        const Token& separator = tokens[static_cast<std::size_t>(i)];
        const Token& digits = tokens[static_cast<std::size_t>(i + 1)];
        const QChar sign = separator.kind == TokenKind::Symbol ? text[separator.start] : QChar();
        if (!separator.glued || !digits.glued || digits.kind != TokenKind::Number ||
            (sign != QLatin1Char(',') && sign != QLatin1Char('.')))
            break;
        separators.push_back(sign);
        groups.push_back(text.mid(digits.start, digits.length()));
        groupTokens.push_back(i + 1);
        i += 2;
    }
    // If the whole run makes no number, read fewer groups ("1.2.3" -> 1.2).
    while (!groups.empty()) {
        if (auto reading = interpret(groups, separators, languageIndex)) {
            reading->tokenCount = groupTokens.back() - first + 1;
            return reading;
        }
        groups.pop_back();
        separators.pop_back();
        groupTokens.pop_back();
    }
    return std::nullopt;
}

std::optional<NumberReading> NumberReader::read(QStringView written, int languageIndex)
{
    const std::vector<Token> tokens = Tokenizer::tokenize(written);
    if (tokens.empty())
        return std::nullopt;
    auto reading = read(tokens, 0, static_cast<int>(tokens.size()), written, languageIndex);
    if (!reading || reading->tokenCount != static_cast<int>(tokens.size()))
        return std::nullopt;
    return reading;
}

} // namespace caselens::findings
