#include "AnalyteTable.h"

namespace caselens::findings {
namespace {

std::optional<double> optionalNumber(QStringView field, bool* malformed)
{
    if (field.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double value = field.toDouble(&ok);
    if (!ok)
        *malformed = true;
    return ok ? std::optional<double>(value) : std::nullopt;
}

} // namespace

bool AnalyteTable::addRow(std::span<const QStringView> fields, const UnitTable& units)
{
    // concept, category, unit, low, high, plausible_min, plausible_max, sex, source
    if (fields.size() < 9 || fields[0].isEmpty() || fields[2].isEmpty())
        return false;
    const auto category = findingCategoryFromKey(fields[1].toString());
    if (!category || (*category != FindingCategory::VitalSign && *category != FindingCategory::LabResult))
        return false;
    bool malformed = false;
    ReferenceRange range;
    range.unit = fields[2].toString();
    const UnitEntry* unit = units.find(range.unit);
    range.dimension = unit ? unit->dimension : -1;
    range.low = optionalNumber(fields[3], &malformed);
    range.high = optionalNumber(fields[4], &malformed);
    const auto plausibleMin = optionalNumber(fields[5], &malformed);
    const auto plausibleMax = optionalNumber(fields[6], &malformed);
    if (malformed || !plausibleMin || !plausibleMax || *plausibleMin > *plausibleMax)
        return false;
    range.plausibleMin = *plausibleMin;
    range.plausibleMax = *plausibleMax;
    if (fields[7] == QLatin1String("male"))
        range.sex = PatientSex::Male;
    else if (fields[7] == QLatin1String("female"))
        range.sex = PatientSex::Female;
    else if (fields[7] != QLatin1String("any") && !fields[7].isEmpty())
        return false;
    range.source = fields[8].toString();

    const QString conceptId = fields[0].toString();
    int index = m_index.value(conceptId, -1);
    if (index < 0) {
        index = static_cast<int>(m_analytes.size());
        m_analytes.push_back({conceptId, *category, {}});
        m_index.insert(conceptId, index);
    }
    m_analytes[static_cast<std::size_t>(index)].ranges.push_back(std::move(range));
    return true;
}

const ReferenceRange* AnalyteTable::rangeFor(const Analyte& analyte, const QString& unit, PatientSex sex,
                                             const UnitTable& units) const
{
    const UnitEntry* entry = units.find(unit);
    const ReferenceRange* anySex = nullptr;
    for (const ReferenceRange& range : analyte.ranges) {
        const bool sameUnit = range.unit == unit || (entry && range.dimension == entry->dimension);
        if (!sameUnit)
            continue;
        if (sex != PatientSex::Unknown && range.sex == sex)
            return &range;
        if (range.sex == PatientSex::Unknown && !anySex)
            anySex = &range;
    }
    return anySex;
}

std::optional<double> AnalyteTable::inRangeUnit(double value, const QString& unit,
                                                const ReferenceRange& range, const UnitTable& units)
{
    if (unit == range.unit)
        return value;
    const UnitEntry* from = units.find(unit);
    const UnitEntry* to = units.find(range.unit);
    if (!from || !to || from->dimension != to->dimension)
        return std::nullopt;
    return value * from->factor / to->factor;
}

bool AnalyteTable::isPlausible(double valueInRangeUnit, const ReferenceRange& range)
{
    return valueInRangeUnit >= range.plausibleMin && valueInRangeUnit <= range.plausibleMax;
}

ValueFlag AnalyteTable::flag(double valueInRangeUnit, const ReferenceRange& range)
{
    if (range.low && valueInRangeUnit < *range.low)
        return ValueFlag::Low;
    if (range.high && valueInRangeUnit > *range.high)
        return ValueFlag::High;
    if (!range.low && !range.high)
        return ValueFlag::None; // no reference range (height, weight): nothing to judge
    return ValueFlag::Normal;
}

} // namespace caselens::findings
