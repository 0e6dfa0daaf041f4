#include "ValueExtractor.h"

#include "LanguageRules.h"
#include "ReferenceInterval.h"
#include "TextFolder.h"

#include <algorithm>
#include <array>

namespace caselens::findings {
namespace {

constexpr int kMaxFillers = 5;

// Units written only for one vital sign. units.tsv maps all of them to "/min"; which rate they
// count is part of how they are written.
bool isHeartRateUnit(QStringView variant)
{
    static const std::array<const char*, 9> variants{
        "bpm", "b.p.m.", "lpm", "l.p.m.", "latidos/min", "beats/min", "batimentos/min", "bat/min", "ppm"};
    for (const char* v : variants)
        if (variant.compare(QLatin1String(v), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

bool isRespiratoryRateUnit(QStringView variant)
{
    static const std::array<const char*, 9> variants{
        "rpm", "r.p.m.", "irpm", "resp/min", "respirations/min", "breaths/min", "ciclos/min", "mrm", "cpm"};
    for (const char* v : variants)
        if (variant.compare(QLatin1String(v), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// A unit that cannot be an ordinary word: it has a '/', a '%', a digit or a degree sign, or is
// longer than three letters ("mmHg", "U/L", "%", "x10^9/L", "ºC").
bool isUnmistakableUnit(QStringView variant)
{
    for (const QChar c : variant)
        if (c == QLatin1Char('/') || c == QLatin1Char('%') || c.isDigit() || c == QChar(0x00B0) ||
            c == QChar(0x00BA) || c == QLatin1Char('^'))
            return variant.size() > 1 || c == QLatin1Char('%');
    return variant.size() > 3 || variant == QLatin1String("bpm") || variant == QLatin1String("lpm") ||
           variant == QLatin1String("rpm") || variant == QLatin1String("mmHg");
}

// "o", "º", "°": a temperature only when glued to the number ("37,5º"), never "37 o 38".
bool isBareDegree(QStringView variant)
{
    return variant == QLatin1String("o") || variant == QStringView(u"\u00BA") ||
           variant == QStringView(u"\u00B0");
}

// "(GCS)", "(SpO2)", "(HDS-R)" after a name: the index past the ')' of a short bracketed
// abbreviation (words, maybe with digits inside them, no number of its own), else -1.
int bracketedAbbreviationEnd(QStringView text, std::span<const Token> tokens, int open, int limit)
{
    constexpr int kMaxInside = 4;
    if (tokens[static_cast<std::size_t>(open)].symbol(text) != u'(' || open + 1 >= limit ||
        tokens[static_cast<std::size_t>(open + 1)].kind != TokenKind::Word)
        return -1;
    for (int t = open + 1; t < limit && t <= open + kMaxInside + 1; ++t) {
        const Token& token = tokens[static_cast<std::size_t>(t)];
        if (token.symbol(text) == u')')
            return t + 1;
        if (token.kind == TokenKind::Number && !token.continuesWord(tokens[static_cast<std::size_t>(t - 1)]))
            return -1;
    }
    return -1;
}

} // namespace

ValueExtractor::ValueExtractor(const CompiledLexicons& lexicons)
    : m_lexicons(lexicons)
{
    const AnalyteTable& analytes = lexicons.analytes();
    m_bloodPressure = analytes.indexOf(QStringLiteral("cl:blood_pressure"));
    m_systolic = analytes.indexOf(QStringLiteral("cl:systolic_bp"));
    m_diastolic = analytes.indexOf(QStringLiteral("cl:diastolic_bp"));
    m_heartRate = analytes.indexOf(QStringLiteral("cl:heart_rate"));
    m_respiratoryRate = analytes.indexOf(QStringLiteral("cl:respiratory_rate"));
    m_temperature = analytes.indexOf(QStringLiteral("cl:temperature"));
}

int ValueExtractor::analyteNameAt(QStringView text, std::span<const Token> tokens, int first, int limit,
                                  int languageIndex, int* tokenCount) const
{
    const LanguageLexicon& lexicon = m_lexicons.language(languageIndex);
    if (first > 0 &&
        tokens[static_cast<std::size_t>(first)].continuesWord(tokens[static_cast<std::size_t>(first - 1)]))
        return -1;
    PhraseMatcher::Candidates candidates;
    const int count = lexicon.analyteNames.candidatesAt(tokens, first, limit, candidates);
    for (int c = count - 1; c >= 0; --c) {
        const auto& candidate = candidates[static_cast<std::size_t>(c)];
        const int end = first + candidate.tokenCount;
        // The name may touch its value ("BP150/110") but not go on as a word ("Tax" is not "Ta").
        if (end < static_cast<int>(tokens.size())) {
            const Token& next = tokens[static_cast<std::size_t>(end)];
            if (next.continuesWord(tokens[static_cast<std::size_t>(end - 1)]) &&
                next.kind != TokenKind::Number)
                continue;
        }
        const Token& begin = tokens[static_cast<std::size_t>(first)];
        const QStringView written =
            text.mid(begin.start, tokens[static_cast<std::size_t>(end - 1)].end - begin.start);
        for (const std::uint32_t payload : lexicon.analyteNames.payloads(candidate)) {
            const AnalyteNameEntry& entry = m_lexicons.analyteNames()[payload];
            if (entry.caseSensitive && !TextFolder::sameIgnoringSpaces(written, entry.written))
                continue;
            *tokenCount = candidate.tokenCount;
            return entry.analyte;
        }
    }
    return -1;
}

bool ValueExtractor::unitFitsAnalyte(const UnitEntry& unit, int analyte) const
{
    for (const ReferenceRange& range : m_lexicons.analytes().at(analyte).ranges)
        if (range.dimension == unit.dimension)
            return true;
    return false;
}

bool ValueExtractor::acceptsUnit(const UnitEntry& unit, int analyte, const Token& numberEnd,
                                 const Token& unitStart) const
{
    if (isBareDegree(unit.variant) && !unitStart.glued)
        return false;
    if (!unitStart.glued && unitStart.start - numberEnd.end > 2)
        return false; // "0,80   mg" across a gap is a coincidence more often than a unit
    if (analyte >= 0 && unitFitsAnalyte(unit, analyte))
        return true;
    return isUnmistakableUnit(unit.variant) || (isBareDegree(unit.variant) && unitStart.glued);
}

std::optional<ValueExtractor::ValueRead> ValueExtractor::readValue(QStringView text,
                                                                   std::span<const Token> tokens, int first,
                                                                   int limit, int languageIndex,
                                                                   int analyte) const
{
    if (first >= limit || tokens[static_cast<std::size_t>(first)].kind != TokenKind::Number)
        return std::nullopt;
    const auto number = NumberReader::read(tokens, first, limit, text, languageIndex);
    if (!number)
        return std::nullopt;
    ValueRead read;
    read.value = number->value;
    read.alternative = number->alternative;
    int i = first + number->tokenCount;
    // "80/50": systolic over diastolic.
    const bool pressure = analyte < 0 || analyte == m_bloodPressure;
    if (pressure && i + 1 < limit && tokens[static_cast<std::size_t>(i)].symbol(text) == u'/' &&
        tokens[static_cast<std::size_t>(i + 1)].kind == TokenKind::Number) {
        if (const auto second = NumberReader::read(tokens, i + 1, limit, text, languageIndex)) {
            read.secondValue = second->value;
            i += 1 + second->tokenCount;
        }
    }
    if (i < limit) {
        const UnitTable::Match unit = m_lexicons.units().match(text, tokens, i, limit);
        if (unit.unit && acceptsUnit(*unit.unit, analyte, tokens[static_cast<std::size_t>(i - 1)],
                                     tokens[static_cast<std::size_t>(i)])) {
            read.unit = unit.unit;
            i += unit.tokenCount;
        }
    }
    read.endToken = i;
    return read;
}

std::optional<ValueExtractor::ValueRead> ValueExtractor::readListMember(QStringView text,
                                                                        std::span<const Token> tokens,
                                                                        int first, int limit,
                                                                        int languageIndex) const
{
    auto read = readValue(text, tokens, first, limit, languageIndex, -1);
    if (!read || read->unit || read->endToken >= limit)
        return read;
    // A unit that could be a word ("L", "s") is one when the list goes on right after it:
    // "2.7 L (69% of predicted) and 3.2 L".
    const Token& numberEnd = tokens[static_cast<std::size_t>(read->endToken - 1)];
    const Token& unitStart = tokens[static_cast<std::size_t>(read->endToken)];
    const UnitTable::Match unit = m_lexicons.units().match(text, tokens, read->endToken, limit);
    if (!unit.unit || isBareDegree(unit.unit->variant) ||
        (!unitStart.glued && unitStart.start - numberEnd.end > 2))
        return read;
    const int after = read->endToken + unit.tokenCount;
    const LanguageRules& rules = LanguageRules::forLanguage(languageIndex);
    const char16_t sign = after < limit ? tokens[static_cast<std::size_t>(after)].symbol(text) : u',';
    const bool listGoesOn =
        sign == u',' || sign == u';' || sign == u'(' || sign == u')' ||
        (after < limit && rules.isListConjunction(tokens[static_cast<std::size_t>(after)].hash));
    if (listGoesOn) {
        read->unit = unit.unit;
        read->endToken = after;
    }
    return read;
}

bool ValueExtractor::readsAsAnalyte(const ValueRead& read, int analyte) const
{
    if (read.secondValue && analyte != m_bloodPressure)
        return false;
    if (read.unit && !unitFitsAnalyte(*read.unit, analyte))
        return false;
    CandidateFinding probe;
    probe.analyte = analyte;
    return settle(probe, read);
}

bool ValueExtractor::settle(CandidateFinding& candidate, const ValueRead& read) const
{
    const AnalyteTable& analytes = m_lexicons.analytes();
    const UnitTable& units = m_lexicons.units();
    const Analyte& analyte = analytes.at(candidate.analyte);
    Finding& finding = candidate.finding;
    finding.secondValue = read.secondValue;
    if (read.unit) {
        finding.unit = read.unit->ucum;
        finding.value = read.value;
        // An ambiguous number takes the reading that is plausible in the unit written.
        if (read.alternative) {
            if (const ReferenceRange* range =
                    analytes.rangeFor(analyte, finding.unit, PatientSex::Unknown, units)) {
                const auto primary = AnalyteTable::inRangeUnit(read.value, finding.unit, *range, units);
                const auto other = AnalyteTable::inRangeUnit(*read.alternative, finding.unit, *range, units);
                if (primary && other && !AnalyteTable::isPlausible(*primary, *range) &&
                    AnalyteTable::isPlausible(*other, *range))
                    finding.value = *read.alternative;
            }
        }
        return true;
    }
    // No unit: the analyte's usual unit, or the first of its units in which the value is
    // plausible (neutrophils are counted in % and in 10*9/L).
    std::array<std::optional<double>, 2> readings{read.value, read.alternative};
    for (const auto& reading : readings) {
        if (!reading)
            continue;
        for (const ReferenceRange& range : analyte.ranges) {
            if (!AnalyteTable::isPlausible(*reading, range))
                continue;
            finding.value = *reading;
            finding.unit = range.unit;
            finding.unitInferred = true;
            return true;
        }
    }
    return false;
}

std::optional<FindingCategory> ValueExtractor::genericCategory(const UnitEntry& unit) const
{
    // A mass per day is a dose ("prednisona 30 mg/día", "100 mg/day"); per 24 hours it is what a
    // urine collection measures ("proteinuria 300 mg/24 h").
    if (unit.variant.endsWith(QLatin1String("/d")) || unit.variant.contains(QLatin1String("/dia")) ||
        unit.variant.contains(QStringView(u"/día")) || unit.variant.contains(QLatin1String("/day")))
        return std::nullopt;
    // Dimensions only laboratory results are measured in (units.tsv's names); pressures are
    // haemodynamic measurements. Masses, lengths, volumes, times and percentages are doses,
    // sizes and proportions as often as results, so they need a known analyte.
    static const std::array<const char*, 9> laboratory{"mass_concentration",
                                                       "substance_concentration",
                                                       "catalytic_concentration",
                                                       "arbitrary_concentration",
                                                       "cell_count",
                                                       "mass_rate",
                                                       "osmolality",
                                                       "velocity",
                                                       "substance_fraction"};
    const QString& dimension = m_lexicons.units().dimensions()[unit.dimension];
    if (dimension == QLatin1String("pressure"))
        return FindingCategory::VitalSign;
    for (const char* name : laboratory)
        if (dimension == QLatin1String(name))
            return FindingCategory::LabResult;
    return std::nullopt;
}

int ValueExtractor::impliedAnalyte(const UnitEntry& unit, const ValueRead& read) const
{
    if (unit.ucum == QLatin1String("/min")) {
        if (isHeartRateUnit(unit.variant))
            return m_heartRate;
        if (isRespiratoryRateUnit(unit.variant))
            return m_respiratoryRate;
        return -1;
    }
    // A plausible body temperature in degrees, Celsius or Fahrenheit ("38,5 ºC", "98 °F").
    if (m_temperature >= 0 && !read.secondValue) {
        const AnalyteTable& analytes = m_lexicons.analytes();
        if (const ReferenceRange* range = analytes.rangeFor(analytes.at(m_temperature), unit.ucum,
                                                            PatientSex::Unknown, m_lexicons.units())) {
            const auto inRangeUnit =
                AnalyteTable::inRangeUnit(read.value, unit.ucum, *range, m_lexicons.units());
            return inRangeUnit && AnalyteTable::isPlausible(*inRangeUnit, *range) ? m_temperature : -1;
        }
    }
    if (unit.ucum == QLatin1String("mm[Hg]") && read.secondValue)
        return m_bloodPressure;
    return -1;
}

bool ValueExtractor::emitAnalyteValue(std::span<const Token> tokens, int analyte, int first, int end,
                                      const ValueRead& read, std::vector<std::uint8_t>& claimed,
                                      std::vector<CandidateFinding>& out) const
{
    CandidateFinding candidate;
    candidate.analyte = analyte;
    candidate.firstToken = first;
    candidate.endToken = end;
    const Analyte& info = m_lexicons.analytes().at(analyte);
    candidate.finding.category = info.category;
    candidate.finding.conceptId = info.conceptId;
    candidate.finding.start = tokens[static_cast<std::size_t>(first)].start;
    candidate.finding.end = tokens[static_cast<std::size_t>(end - 1)].end;
    if (!settle(candidate, read))
        return false;
    for (int t = first; t < end; ++t)
        claimed[static_cast<std::size_t>(t)] = 1;
    out.push_back(std::move(candidate));
    return true;
}

bool ValueExtractor::emitGenericValue(std::span<const Token> tokens, int first, const ValueRead& read,
                                      std::vector<std::uint8_t>& claimed,
                                      std::vector<CandidateFinding>& out) const
{
    if (!read.unit)
        return false;
    const std::optional<FindingCategory> generic = genericCategory(*read.unit);
    // Without a test to judge plausibility, an ambiguous number is taken only when the text's
    // own convention reads it as grouped thousands ("49,500/mm3" in English, "27.400/mm3" in
    // Portuguese), never as a decimal that could be the other convention's thousands.
    if (!generic || (read.alternative && read.value < *read.alternative))
        return false;
    CandidateFinding candidate;
    candidate.firstToken = first;
    candidate.endToken = read.endToken;
    candidate.finding.category = *generic;
    candidate.finding.conceptId =
        QStringLiteral("value:") + m_lexicons.units().dimensions()[read.unit->dimension];
    candidate.finding.start = tokens[static_cast<std::size_t>(first)].start;
    candidate.finding.end = tokens[static_cast<std::size_t>(read.endToken - 1)].end;
    candidate.finding.value = read.value;
    candidate.finding.secondValue = read.secondValue;
    candidate.finding.unit = read.unit->ucum;
    for (int t = first; t < read.endToken; ++t)
        claimed[static_cast<std::size_t>(t)] = 1;
    out.push_back(std::move(candidate));
    return true;
}

int ValueExtractor::valueStartAfterName(QStringView text, std::span<const Token> tokens, int nameEnd,
                                        int limit, const LanguageRules& rules,
                                        const std::vector<std::uint8_t>& claimed) const
{
    int j = nameEnd;
    for (int skipped = 0; j < limit && skipped < kMaxFillers; ++skipped) {
        const Token& token = tokens[static_cast<std::size_t>(j)];
        if (token.kind == TokenKind::Number || claimed[static_cast<std::size_t>(j)])
            break;
        const char16_t sign = token.symbol(text);
        // "Glasgow coma scale (GCS) score of 14", "oxygen saturation (SpO2) was 98%".
        if (const int after = bracketedAbbreviationEnd(text, tokens, j, limit); after > j) {
            j = after;
            continue;
        }
        const bool filler = sign == u':' || sign == u'=' || sign == u'(' || sign == u')' || sign == u'-' ||
                            sign == u',' || sign == u'<' || sign == u'>' || sign == u'\u2264' ||
                            sign == u'\u2265' ||
                            (token.kind == TokenKind::Word && rules.isValueFiller(token.hash));
        if (!filler)
            break;
        ++j;
    }
    return j;
}

void ValueExtractor::extract(QStringView text, std::span<const Token> tokens, const SentenceBounds& sentence,
                             int languageIndex, std::vector<std::uint8_t>& claimed,
                             std::vector<CandidateFinding>& out) const
{
    const LanguageRules& rules = LanguageRules::forLanguage(languageIndex);
    const int limit = sentence.endToken;
    extractRespectiveLists(text, tokens, sentence, languageIndex, claimed, out);
    auto inReferenceInterval = [&](int valueToken) {
        const bool previousInSentence = !out.empty() && out.back().firstToken >= sentence.firstToken;
        return ReferenceInterval::contains(text, tokens, sentence.firstToken, valueToken,
                                           previousInSentence ? out.back().endToken : -1, rules);
    };
    for (int i = sentence.firstToken; i < limit; ++i) {
        if (claimed[static_cast<std::size_t>(i)])
            continue;
        // Name first: "creatinina 0,80", "Fc: 109 bpm", "hemoglobin was 9.9 g/dl".
        int nameLength = 0;
        const int analyte = analyteNameAt(text, tokens, i, limit, languageIndex, &nameLength);
        if (analyte >= 0) {
            const int j = valueStartAfterName(text, tokens, i + nameLength, limit, rules, claimed);
            if (j < limit && !claimed[static_cast<std::size_t>(j)] && !inReferenceInterval(j)) {
                const auto read = readValue(text, tokens, j, limit, languageIndex, analyte);
                // Digits glued to an abbreviation name a variant of it ("CK19", "IgG4"), unless a
                // unit or a second value shows they are its value ("BP150/110").
                const bool variantName = j == i + nameLength &&
                                         tokens[static_cast<std::size_t>(j)].continuesWord(
                                             tokens[static_cast<std::size_t>(j - 1)]) &&
                                         read && !read->unit && !read->secondValue;
                if (read && !variantName) {
                    if (emitAnalyteValue(tokens, analyte, i, read->endToken, *read, claimed, out)) {
                        // One of several names before a list is not the whole list's: "WBC, Hb
                        // and platelets were 12, 9.9 and 250".
                        const bool lastOfNames =
                            i > sentence.firstToken &&
                            (tokens[static_cast<std::size_t>(i - 1)].symbol(text) == u',' ||
                             rules.isListConjunction(tokens[static_cast<std::size_t>(i - 1)].hash));
                        const int end = lastOfNames ? read->endToken
                                                    : continueList(text, tokens, j, limit, languageIndex,
                                                                   analyte, claimed, out);
                        const int restated = restatedInOtherUnit(text, tokens, read->endToken, limit,
                                                                 languageIndex, analyte, *read, claimed, out);
                        i = std::max({end, read->endToken, restated}) - 1;
                        continue;
                    }
                }
            }
        }
        if (tokens[static_cast<std::size_t>(i)].kind != TokenKind::Number)
            continue;
        // Number first: "22% neutrophils", "38,5 ºC", "109 bpm", "120/80 mmHg".
        const auto read = readValue(text, tokens, i, limit, languageIndex, -1);
        if (!read)
            continue;
        if (!read->unit || inReferenceInterval(i)) {
            i = read->endToken - 1; // never read the tail of a number as a number ("11,000")
            continue;
        }
        int j = read->endToken;
        for (int skipped = 0; j < limit && skipped < 2; ++skipped) {
            const Token& token = tokens[static_cast<std::size_t>(j)];
            if (token.kind != TokenKind::Word || !rules.isValueFiller(token.hash))
                break;
            ++j;
        }
        int trailingLength = 0;
        const int trailing =
            j < limit ? analyteNameAt(text, tokens, j, limit, languageIndex, &trailingLength) : -1;
        if (trailing >= 0 && unitFitsAnalyte(*read->unit, trailing) &&
            emitAnalyteValue(tokens, trailing, i, j + trailingLength, *read, claimed, out)) {
            i = j + trailingLength - 1;
            continue;
        }
        const int implied = impliedAnalyte(*read->unit, *read);
        if (implied >= 0 && emitAnalyteValue(tokens, implied, i, read->endToken, *read, claimed, out)) {
            i = read->endToken - 1;
            continue;
        }
        // A laboratory unit after a number is a result even when its test is not one we know
        // ("IGF-1 of 32.3 ng/mL"): no flag, but the translation can still be checked against it.
        emitGenericValue(tokens, i, *read, claimed, out);
        i = read->endToken - 1;
    }
}

ValueFlag ValueExtractor::flag(const CandidateFinding& candidate, PatientSex sex) const
{
    const Finding& finding = candidate.finding;
    if (candidate.analyte < 0 || !finding.value)
        return ValueFlag::None;
    const AnalyteTable& analytes = m_lexicons.analytes();
    const UnitTable& units = m_lexicons.units();
    auto judge = [&](int analyte, double value) {
        if (analyte < 0)
            return ValueFlag::None;
        const ReferenceRange* range = analytes.rangeFor(analytes.at(analyte), finding.unit, sex, units);
        if (!range)
            return ValueFlag::None;
        const auto inUnit = AnalyteTable::inRangeUnit(value, finding.unit, *range, units);
        return inUnit ? AnalyteTable::flag(*inUnit, *range) : ValueFlag::None;
    };
    if (candidate.analyte == m_bloodPressure && finding.secondValue) {
        // 80/50 is low when either number is; high when either is high.
        const ValueFlag systolic = judge(m_systolic >= 0 ? m_systolic : m_bloodPressure, *finding.value);
        const ValueFlag diastolic =
            judge(m_diastolic >= 0 ? m_diastolic : m_bloodPressure, *finding.secondValue);
        if (systolic == ValueFlag::Low || diastolic == ValueFlag::Low)
            return ValueFlag::Low;
        if (systolic == ValueFlag::High || diastolic == ValueFlag::High)
            return ValueFlag::High;
        return systolic == ValueFlag::None ? diastolic : systolic;
    }
    return judge(candidate.analyte, *finding.value);
}

} // namespace caselens::findings
