#include "NumberMentions.h"

#include "findings/CompiledLexicons.h"
#include "findings/LanguageRules.h"
#include "findings/NumberReader.h"

#include <array>
#include <cmath>

namespace caselens::qa {

using findings::Token;
using findings::TokenKind;

namespace {

// Dimensions whose numbers are measurements or doses: a wrong one can harm. Times, lengths,
// proportions and scores are reported too, one severity lower.
bool isClinicalDimension(const QString& dimension)
{
    static const std::array<const char*, 6> notClinical{"time", "length", "fraction", "ratio", "score", ""};
    for (const char* name : notClinical)
        if (dimension == QLatin1String(name))
            return false;
    return true;
}

bool isValueCategory(FindingCategory category)
{
    return category == FindingCategory::VitalSign || category == FindingCategory::LabResult ||
           category == FindingCategory::Age || category == FindingCategory::Time;
}

// "o", "º", "°" are degrees only when glued to the number ("37,5º"), as the value extractor reads.
bool isBareDegree(const QString& variant)
{
    return variant == QLatin1String("o") || variant == QStringView(u"\u00BA") ||
           variant == QStringView(u"\u00B0");
}

// The unit after a number: a unit of units.tsv, or a time unit of the language ("dias",
// "weeks", "year" in "47-year-old"). Sets unit, canonical and dimension; returns the end token.
int readUnit(const SideView& side, const findings::CompiledLexicons& lexicons, int at, int limit,
             NumberMention& mention)
{
    const std::vector<Token>& tokens = side.tokens();
    if (at >= limit)
        return at;
    const Token& first = tokens[static_cast<std::size_t>(at)];
    const Token& last = tokens[static_cast<std::size_t>(at - 1)];
    const bool near = first.glued || first.start - last.end <= 2;
    if (!mention.word && near) {
        const findings::UnitTable::Match match = lexicons.units().match(side.text(), tokens, at, limit);
        if (match.unit && (first.glued || !isBareDegree(match.unit->variant))) {
            const int end = at + match.tokenCount;
            // "10º dia", "3º": an ordinal, unless the engine read a temperature there.
            if (isBareDegree(match.unit->variant) && !mention.measured)
                return end;
            mention.unit = match.unit->ucum;
            mention.unitWritten =
                side.text().mid(first.start, tokens[static_cast<std::size_t>(end - 1)].end - first.start);
            mention.dimension = lexicons.units().dimensions()[match.unit->dimension];
            mention.canonical = mention.value * match.unit->factor;
            return end;
        }
    }
    // "47-year-old", "10-day": a hyphen between the number and its time unit.
    int word = at;
    if (tokens[static_cast<std::size_t>(word)].kind == TokenKind::Symbol &&
        side.text()[tokens[static_cast<std::size_t>(word)].start] == QLatin1Char('-') && word + 1 < limit &&
        tokens[static_cast<std::size_t>(word)].glued && tokens[static_cast<std::size_t>(word + 1)].glued)
        ++word;
    const Token& candidate = tokens[static_cast<std::size_t>(word)];
    if (candidate.kind != TokenKind::Word || (word == at && !near))
        return at;
    const findings::LanguageRules& rules = findings::LanguageRules::forLanguage(side.languageIndex());
    if (const auto time = rules.timeUnit(candidate.hash)) {
        mention.unit = QString::fromLatin1(time->ucum);
        mention.unitWritten = side.tokenText(word).toString();
        mention.dimension = QStringLiteral("time");
        mention.canonical = mention.value * time->days * 86400.0;
        return word + 1;
    }
    return at;
}

// Groups of three digits after a number, each after one space: adds them to `value` and returns
// the end token.
int readSpaceGroups(const SideView& side, int at, int limit, double& value)
{
    const std::vector<Token>& tokens = side.tokens();
    int end = at;
    while (end < limit) {
        const Token& group = tokens[static_cast<std::size_t>(end)];
        const Token& before = tokens[static_cast<std::size_t>(end - 1)];
        const QChar gap = group.start - before.end == 1 ? side.text()[before.end] : QChar();
        const bool space =
            gap == QLatin1Char(' ') || gap == QChar(0x00A0) || gap == QChar(0x2009) || gap == QChar(0x202F);
        if (group.kind != TokenKind::Number || group.length() != 3 || group.glued || !space)
            break;
        // Not the head of a number with separators ("10 200.000", "10 000,5").
        if (end + 2 < limit && tokens[static_cast<std::size_t>(end + 1)].glued &&
            tokens[static_cast<std::size_t>(end + 2)].glued &&
            tokens[static_cast<std::size_t>(end + 2)].kind == TokenKind::Number &&
            (side.text()[tokens[static_cast<std::size_t>(end + 1)].start] == QLatin1Char(',') ||
             side.text()[tokens[static_cast<std::size_t>(end + 1)].start] == QLatin1Char('.')))
            break;
        value = value * 1000 + side.tokenText(end).toInt();
        ++end;
    }
    return end;
}

// "fifty-six", "cinquenta e seis", "cincuenta y seis": a number word of tens joined to one of
// units. Returns the end of the compound (or `end`, the single word's), adding the units.
int readCompoundWord(const SideView& side, const findings::LanguageRules& rules, int end, int limit,
                     double& value)
{
    const auto tens = static_cast<int>(value);
    if (tens < 20 || tens > 90 || tens % 10 != 0 || end + 1 >= limit)
        return end;
    const std::vector<Token>& tokens = side.tokens();
    const Token& joint = tokens[static_cast<std::size_t>(end)];
    const Token& units = tokens[static_cast<std::size_t>(end + 1)];
    const bool hyphen = joint.kind == TokenKind::Symbol && joint.glued && units.glued &&
                        side.text()[joint.start] == QLatin1Char('-');
    const std::u16string_view conjunction = side.languageIndex() == 1 ? u"y" : u"e";
    const bool spelledOut = side.languageIndex() != 2 && joint.kind == TokenKind::Word &&
                            side.foldedToken(end) == conjunction;
    if ((!hyphen && !spelledOut) || units.kind != TokenKind::Word)
        return end;
    const auto unit = rules.numberWord(units.hash);
    if (!unit || *unit < 1 || *unit > 9)
        return end;
    value += *unit;
    return end + 2;
}

} // namespace

bool NumberMentions::sameNumber(double a, double b)
{
    const double scale = std::max({std::fabs(a), std::fabs(b), 1e-12});
    return std::fabs(a - b) / scale < 1e-9;
}

std::vector<NumberMention> NumberMentions::find(const SideView& side,
                                                const findings::CompiledLexicons& lexicons)
{
    std::vector<NumberMention> mentions;
    const std::vector<Token>& tokens = side.tokens();
    const QList<Finding>& findings = side.result().findings;
    const findings::LanguageRules& rules = findings::LanguageRules::forLanguage(side.languageIndex());
    for (int s = 0; s < side.sentenceCount(); ++s) {
        const findings::SentenceBounds& sentence = side.sentences()[static_cast<std::size_t>(s)];
        const int limit = sentence.endToken;
        for (int t = sentence.firstToken; t < limit; ++t) {
            const Token& token = tokens[static_cast<std::size_t>(t)];
            NumberMention mention;
            mention.sentence = s;
            mention.firstToken = t;
            if (token.kind == TokenKind::Word) {
                const auto value = rules.numberWord(token.hash);
                if (!value)
                    continue;
                mention.word = true;
                mention.value = *value;
                mention.endToken = readCompoundWord(side, rules, t + 1, limit, mention.value);
                const Token& end = tokens[static_cast<std::size_t>(mention.endToken - 1)];
                mention.written = side.text().mid(token.start, end.end - token.start);
            } else if (token.kind == TokenKind::Number) {
                // "SpO2", "L5", "B12": digits that name, not count.
                if (t > 0 && token.continuesWord(tokens[static_cast<std::size_t>(t - 1)]))
                    continue;
                const auto reading =
                    findings::NumberReader::read(tokens, t, limit, side.text(), side.languageIndex());
                if (!reading)
                    continue;
                mention.value = reading->value;
                mention.otherValue = reading->alternative;
                mention.endToken = t + reading->tokenCount;
                // "27 400", "1 000 000": thousands grouped by spaces, as pt and es (and SI) write them.
                if (reading->tokenCount == 1 && token.length() <= 3)
                    mention.endToken = readSpaceGroups(side, mention.endToken, limit, mention.value);
                if (mention.endToken != t + reading->tokenCount)
                    mention.otherValue.reset();
                const Token& end = tokens[static_cast<std::size_t>(mention.endToken - 1)];
                mention.written = side.text().mid(token.start, end.end - token.start);
            } else {
                continue;
            }
            // The value finding around the number: the engine chose its reading by plausibility.
            const int at = side.toCodePoint(token.start);
            for (qsizetype f = 0; f < findings.size() && findings[f].start <= at; ++f) {
                const Finding& finding = findings[f];
                if (finding.end <= at || !isValueCategory(finding.category))
                    continue;
                mention.finding = static_cast<int>(f);
                mention.measured = finding.category == FindingCategory::VitalSign ||
                                   finding.category == FindingCategory::LabResult;
                mention.clinical = mention.measured;
                if (mention.otherValue && finding.value) {
                    const std::array<std::optional<double>, 2> taken{finding.value, finding.secondValue};
                    for (const auto& value : taken) {
                        if (value && sameNumber(*value, *mention.otherValue) &&
                            !sameNumber(*value, mention.value)) {
                            std::swap(mention.value, *mention.otherValue);
                            mention.againstConvention = true;
                            break;
                        }
                    }
                }
                break;
            }
            mention.unitEndToken = readUnit(side, lexicons, mention.endToken, limit, mention);
            if (mention.unit.isEmpty() && mention.finding >= 0) {
                const Finding& finding = findings[mention.finding];
                // The analyte's usual unit, when the text gave none ("creatinina 0,80").
                if (finding.unitInferred && finding.value && sameNumber(*finding.value, mention.value)) {
                    if (const auto quantity = lexicons.units().toCanonical(mention.value, finding.unit)) {
                        mention.unit = finding.unit;
                        mention.unitInferred = true;
                        mention.canonical = quantity->value;
                        mention.dimension = quantity->dimension;
                    }
                }
            }
            if (!mention.unit.isEmpty() && !mention.unitInferred && isClinicalDimension(mention.dimension))
                mention.clinical = true;
            mentions.push_back(mention);
            t = std::max(t, mention.unitEndToken - 1);
        }
    }
    return mentions;
}

} // namespace caselens::qa
