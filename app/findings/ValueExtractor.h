#pragma once

#include "CandidateFinding.h"
#include "CompiledLexicons.h"
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

    int analyteNameAt(QStringView text, std::span<const Token> tokens, int first, int limit,
                      int languageIndex, int* tokenCount) const;
    std::optional<ValueRead> readValue(QStringView text, std::span<const Token> tokens, int first, int limit,
                                       int languageIndex, int analyte) const;
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
