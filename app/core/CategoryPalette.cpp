#include "CategoryPalette.h"

namespace caselens {
namespace {

QColor mix(const QColor& colour, const QColor& toward, double amount)
{
    return QColor::fromRgbF(float(colour.redF() * (1 - amount) + toward.redF() * amount),
                            float(colour.greenF() * (1 - amount) + toward.greenF() * amount),
                            float(colour.blueF() * (1 - amount) + toward.blueF() * amount));
}

} // namespace

QColor CategoryPalette::hue(FindingCategory category)
{
    switch (category) {
    case FindingCategory::VitalSign:
        return QColor(0xD5, 0x5E, 0x00); // vermillion
    case FindingCategory::LabResult:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case FindingCategory::Medication:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    case FindingCategory::Diagnosis:
        return QColor(0xCC, 0x79, 0xA7); // reddish purple
    case FindingCategory::Symptom:
        return QColor(0x56, 0xB4, 0xE9); // sky blue
    case FindingCategory::Procedure:
        return QColor(0x00, 0x72, 0xB2); // blue
    case FindingCategory::Anatomy:
        return QColor(0xF0, 0xE4, 0x42); // yellow
    case FindingCategory::Organism:
        return QColor(0x88, 0x22, 0x55); // wine (Paul Tol)
    case FindingCategory::Age:
    case FindingCategory::Sex:
    case FindingCategory::Time:
        return QColor(0x99, 0x99, 0x99); // grey
    }
    return QColor(0x99, 0x99, 0x99);
}

QColor CategoryPalette::highlight(FindingCategory category, bool darkTheme)
{
    const QColor base = hue(category);
    // Black text stays above 7:1 contrast on these tints; light text likewise on the dark ones.
    return darkTheme ? mix(base, QColor(0x20, 0x20, 0x20), 0.55) : mix(base, Qt::white, 0.72);
}

QColor CategoryPalette::abnormalMarker(bool darkTheme)
{
    return darkTheme ? QColor(0xFF, 0x8A, 0x50) : QColor(0xB0, 0x3A, 0x00);
}

} // namespace caselens
