#include "Finding.h"

#include <QCoreApplication>

#include <array>

namespace caselens {
namespace {

struct CategoryName {
    FindingCategory category;
    const char* key;
    const char* label;
};

constexpr std::array kCategories{
    CategoryName{FindingCategory::Age, "age", QT_TRANSLATE_NOOP("FindingCategory", "Age")},
    CategoryName{FindingCategory::Sex, "sex", QT_TRANSLATE_NOOP("FindingCategory", "Sex")},
    CategoryName{FindingCategory::VitalSign, "vital_sign",
                 QT_TRANSLATE_NOOP("FindingCategory", "Vital sign")},
    CategoryName{FindingCategory::LabResult, "lab_result",
                 QT_TRANSLATE_NOOP("FindingCategory", "Lab result")},
    CategoryName{FindingCategory::Medication, "medication",
                 QT_TRANSLATE_NOOP("FindingCategory", "Medication")},
    CategoryName{FindingCategory::Diagnosis, "diagnosis", QT_TRANSLATE_NOOP("FindingCategory", "Diagnosis")},
    CategoryName{FindingCategory::Symptom, "symptom", QT_TRANSLATE_NOOP("FindingCategory", "Symptom")},
    CategoryName{FindingCategory::Procedure, "procedure", QT_TRANSLATE_NOOP("FindingCategory", "Procedure")},
    CategoryName{FindingCategory::Anatomy, "anatomy", QT_TRANSLATE_NOOP("FindingCategory", "Anatomy")},
    CategoryName{FindingCategory::Organism, "organism", QT_TRANSLATE_NOOP("FindingCategory", "Organism")},
    CategoryName{FindingCategory::Time, "time", QT_TRANSLATE_NOOP("FindingCategory", "Time")},
};

template <typename Enum, std::size_t N>
QString keyOf(Enum value, const std::array<std::pair<Enum, const char*>, N>& names)
{
    for (const auto& [candidate, key] : names)
        if (candidate == value)
            return QString::fromLatin1(key);
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const QString& key, const std::array<std::pair<Enum, const char*>, N>& names)
{
    for (const auto& [candidate, name] : names)
        if (key == QLatin1String(name))
            return candidate;
    return std::nullopt;
}

constexpr std::array<std::pair<ValueFlag, const char*>, 4> kFlags{{{ValueFlag::None, ""},
                                                                   {ValueFlag::Low, "low"},
                                                                   {ValueFlag::Normal, "normal"},
                                                                   {ValueFlag::High, "high"}}};
constexpr std::array<std::pair<Experiencer, const char*>, 2> kExperiencers{
    {{Experiencer::Patient, "patient"}, {Experiencer::Other, "other"}}};
constexpr std::array<std::pair<FindingSource, const char*>, 2> kSources{
    {{FindingSource::Extracted, "extracted"}, {FindingSource::Clinician, "clinician"}}};
// The keys are English words, so they are also the source of the names shown (displayName).
constexpr std::array<std::pair<FindingState, const char*>, 4> kStates{
    {{FindingState::Proposed, QT_TRANSLATE_NOOP("FindingState", "proposed")},
     {FindingState::Accepted, QT_TRANSLATE_NOOP("FindingState", "accepted")},
     {FindingState::Rejected, QT_TRANSLATE_NOOP("FindingState", "rejected")},
     {FindingState::Corrected, QT_TRANSLATE_NOOP("FindingState", "corrected")}}};

} // namespace

QString toKey(FindingCategory category)
{
    for (const auto& name : kCategories)
        if (name.category == category)
            return QString::fromLatin1(name.key);
    return {};
}

std::optional<FindingCategory> findingCategoryFromKey(const QString& key)
{
    for (const auto& name : kCategories)
        if (key == QLatin1String(name.key))
            return name.category;
    return std::nullopt;
}

QList<FindingCategory> allFindingCategories()
{
    QList<FindingCategory> categories;
    for (const auto& name : kCategories)
        categories << name.category;
    return categories;
}

QString displayName(FindingCategory category)
{
    for (const auto& name : kCategories)
        if (name.category == category)
            return QCoreApplication::translate("FindingCategory", name.label);
    return {};
}

QString toKey(ValueFlag flag)
{
    return keyOf(flag, kFlags);
}
ValueFlag valueFlagFromKey(const QString& key)
{
    return valueOf(key, kFlags).value_or(ValueFlag::None);
}
QString toKey(Experiencer experiencer)
{
    return keyOf(experiencer, kExperiencers);
}
QString toKey(FindingSource source)
{
    return keyOf(source, kSources);
}
std::optional<FindingSource> findingSourceFromKey(const QString& key)
{
    return valueOf(key, kSources);
}
QString toKey(FindingState state)
{
    return keyOf(state, kStates);
}
QString displayName(FindingState state)
{
    for (const auto& [value, key] : kStates)
        if (value == state)
            return QCoreApplication::translate("FindingState", key);
    return {};
}
std::optional<FindingState> findingStateFromKey(const QString& key)
{
    return valueOf(key, kStates);
}

} // namespace caselens
