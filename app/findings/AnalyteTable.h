#pragma once

#include "UnitTable.h"
#include "model/Finding.h"

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace caselens::findings {

enum class PatientSex { Unknown, Male, Female };

// One reference range of an analyte (analytes.tsv), in its own unit.
struct ReferenceRange {
    QString unit;       // UCUM
    int dimension = -1; // of `unit` in the UnitTable, -1 when the unit is unknown to it
    std::optional<double> low;
    std::optional<double> high;
    double plausibleMin = 0;
    double plausibleMax = 0;
    PatientSex sex = PatientSex::Unknown; // Unknown: any sex
    QString source;
};

// A vital sign or laboratory analyte with its ranges; the first range's unit is the usual one.
struct Analyte {
    QString conceptId; // "cl:creatinine"
    FindingCategory category = FindingCategory::LabResult;
    std::vector<ReferenceRange> ranges;
};

// Adult reference ranges and plausible ranges per analyte, used to flag values and to choose
// between readings of an ambiguous number ("27,400/mm3" in a Portuguese text).
class AnalyteTable {
public:
    // Adds one row of analytes.tsv; returns false (row ignored) when it is malformed.
    bool addRow(std::span<const QStringView> fields, const UnitTable& units);

    int indexOf(const QString& conceptId) const { return m_index.value(conceptId, -1); }
    const Analyte& at(int index) const { return m_analytes[static_cast<std::size_t>(index)]; }
    int size() const { return static_cast<int>(m_analytes.size()); }

    // The range that judges a value written in `unit` for a patient of `sex`: same dimension,
    // the patient's sex if known, else "any". nullptr when no range shares the dimension.
    const ReferenceRange* rangeFor(const Analyte& analyte, const QString& unit, PatientSex sex,
                                   const UnitTable& units) const;
    // `value` (in `unit`) converted into `range`'s unit; nullopt when they do not convert.
    static std::optional<double> inRangeUnit(double value, const QString& unit, const ReferenceRange& range,
                                             const UnitTable& units);
    static bool isPlausible(double valueInRangeUnit, const ReferenceRange& range);
    static ValueFlag flag(double valueInRangeUnit, const ReferenceRange& range);

private:
    std::vector<Analyte> m_analytes;
    QHash<QString, int> m_index;
};

} // namespace caselens::findings
