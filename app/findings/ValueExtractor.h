#pragma once

#include "CandidateFinding.h"
#include "CompiledLexicons.h"
#include "LanguageRules.h"
#include "NumberReader.h"
#include "SentenceSplitter.h"

#include <QStringView>

#include <span>
#include <vector>

namespace caselens::findings {

// Vital signs and laboratory values: an analyte's name (analyte_names.tsv) followed by a
// number and, maybe, a unit — "Fc: 109 bpm", "leucócitos 27,400/mm3", "creatinina 0,80",
// "BP 80/50", "Ta: 37,5º", "hemoglobin was 9.9 g/dl" — or a number whose unit can only mean one
// vital sign ("109 bpm", "38,5 ºC"), or a number followed by the analyte ("22% neutrophils"),
// or a number in a unit only laboratory results use ("32.3 ng/mL": a result of some test we do
// not know; concept "value:<dimension>", no flag).
//
// A number whose grouping is ambiguous in the text's language is read the way that is
// plausible for the analyte (analytes.tsv): "27,400/mm3" in Portuguese is 27400/mm3, because
// 27.4/mm3 of leukocytes cannot be. A value without a unit takes the analyte's usual unit
// (unitInferred); one that is implausible in every unit the analyte is measured in is not
// taken as that analyte's value at all. Flags are set later (flag()), once the patient's sex
// is known.
class ValueExtractor {
public:
    explicit ValueExtractor(const CompiledLexicons& lexicons);

    // Adds the sentence's values to `out` and marks their tokens in `claimed`.
    void extract(QStringView text, std::span<const Token> tokens, const SentenceBounds& sentence,
                 int languageIndex, std::vector<std::uint8_t>& claimed,
                 std::vector<CandidateFinding>& out) const;

    // high/low/normal from the reference range for the patient's sex (and None without one).
    ValueFlag flag(const CandidateFinding& candidate, PatientSex sex) const;

private:
    struct ValueRead {
        int endToken = 0;
        double value = 0;
        std::optional<double> secondValue;
        const UnitEntry* unit = nullptr;
        std::optional<double> alternative; // the other reading of an ambiguous number
    };

    // A value of a list ("12, 9.9 and 250 ×10^9/L") and where it starts.
    struct ListedValue {
        int firstToken = 0;
        ValueRead read;
    };
    struct ValueList {
        std::vector<ListedValue> members;
        int endToken = 0;                 // after the last member (and its bracketed aside)
        bool closedByConjunction = false; // "..., 6 and 7", not "120/80, 90"
    };

    int analyteNameAt(QStringView text, std::span<const Token> tokens, int first, int limit,
                      int languageIndex, int* tokenCount) const;
    std::optional<ValueRead> readValue(QStringView text, std::span<const Token> tokens, int first, int limit,
                                       int languageIndex, int analyte) const;
    // Where the value after an analyte's name starts, past fillers ("was", ":", "(GCS) score of").
    int valueStartAfterName(QStringView text, std::span<const Token> tokens, int nameEnd, int limit,
                            const LanguageRules& rules, const std::vector<std::uint8_t>& claimed) const;
    // Whether `read` can be a value of `analyte` (its unit, its plausibility).
    bool readsAsAnalyte(const ValueRead& read, int analyte) const;
    std::optional<ValueRead> readListMember(QStringView text, std::span<const Token> tokens, int first,
                                            int limit, int languageIndex) const;
    ValueList readList(QStringView text, std::span<const Token> tokens, int first, int limit,
                       int languageIndex) const;
    // "WBC, Hb and platelets were 12, 9.9 and 250 ×10^9/L, respectively": the n-th value is
    // the n-th name's. Emits the values (their own spans) and claims their tokens.
    void extractRespectiveLists(QStringView text, std::span<const Token> tokens,
                                const SentenceBounds& sentence, int languageIndex,
                                std::vector<std::uint8_t>& claimed, std::vector<CandidateFinding>& out) const;
    bool pairRespectively(QStringView text, std::span<const Token> tokens, const SentenceBounds& sentence,
                          int languageIndex, const ValueList& list, std::vector<std::uint8_t>& claimed,
                          std::vector<CandidateFinding>& out) const;
    // "Apgar scores were 2, 6 and 7": the values after the first one read for `analyte`.
    int continueList(QStringView text, std::span<const Token> tokens, int firstValue, int limit,
                     int languageIndex, int analyte, std::vector<std::uint8_t>& claimed,
                     std::vector<CandidateFinding>& out) const;
    // "creatinine 1.2 mg/dL (106 μmol/L)", "HbA1c 62 mmol/mol (7.8%)": the same value in another
    // unit, in brackets right after it. Returns the end of the bracket, or -1.
    int restatedInOtherUnit(QStringView text, std::span<const Token> tokens, int valueEnd, int limit,
                            int languageIndex, int analyte, const ValueRead& value,
                            std::vector<std::uint8_t>& claimed, std::vector<CandidateFinding>& out) const;
    // One value of `analyte` at tokens [first, end): false when it is not plausible for it.
    bool emitAnalyteValue(std::span<const Token> tokens, int analyte, int first, int end,
                          const ValueRead& read, std::vector<std::uint8_t>& claimed,
                          std::vector<CandidateFinding>& out) const;
    // A result in a laboratory unit whose test is unknown ("32.3 ng/mL"); false if the unit is not one.
    bool emitGenericValue(std::span<const Token> tokens, int first, const ValueRead& read,
                          std::vector<std::uint8_t>& claimed, std::vector<CandidateFinding>& out) const;
    bool acceptsUnit(const UnitEntry& unit, int analyte, const Token& numberEnd,
                     const Token& unitStart) const;
    bool unitFitsAnalyte(const UnitEntry& unit, int analyte) const;
    // Fills value, unit and unitInferred; false when no reading is plausible for the analyte.
    bool settle(CandidateFinding& candidate, const ValueRead& read) const;
    int impliedAnalyte(const UnitEntry& unit, const ValueRead& read) const;
    std::optional<FindingCategory> genericCategory(const UnitEntry& unit) const;

    const CompiledLexicons& m_lexicons;
    int m_bloodPressure = -1;
    int m_systolic = -1;
    int m_diastolic = -1;
    int m_heartRate = -1;
    int m_respiratoryRate = -1;
    int m_temperature = -1;
};

} // namespace caselens::findings
