#include "CategoryPalette.h"

namespace caselens {
namespace {

// Okabe & Ito, "Color Universal Design" (2008), plus two neutral tones for the categories the
// eight colours do not cover.
QColor okabeIto(FindingCategory category)
{
    switch (category) {
    case FindingCategory::Diagnosis:
        return QColor(0xd5, 0x5e, 0x00); // vermillion
    case FindingCategory::Symptom:
        return QColor(0xe6, 0x9f, 0x00); // orange
    case FindingCategory::VitalSign:
        return QColor(0x00, 0x72, 0xb2); // blue
    case FindingCategory::LabResult:
        return QColor(0x56, 0xb4, 0xe9); // sky blue
    case FindingCategory::Medication:
        return QColor(0x00, 0x9e, 0x73); // bluish green
    case FindingCategory::Procedure:
        return QColor(0xcc, 0x79, 0xa7); // reddish purple
    case FindingCategory::Anatomy:
        return QColor(0xf0, 0xe4, 0x42); // yellow
    case FindingCategory::Organism:
        return QColor(0x99, 0x99, 0x33); // olive (Tol's muted set, between the Okabe–Ito greens)
    case FindingCategory::Time:
        return QColor(0x99, 0x88, 0x77); // warm grey
    case FindingCategory::Age:
    case FindingCategory::Sex:
        return QColor(0x88, 0x88, 0x88); // neutral grey: demographics
    }
    return QColor(0x88, 0x88, 0x88);
}

QColor mix(const QColor& colour, const QColor& base, double amount)
{
    const auto channel = [&](int a, int b) {
        return int(a * amount + b * (1.0 - amount) + 0.5);
    };
    return QColor(channel(colour.red(), base.red()), channel(colour.green(), base.green()),
                  channel(colour.blue(), base.blue()));
}

} // namespace

QColor CategoryPalette::accent(FindingCategory category)
{
    return okabeIto(category);
}

QColor CategoryPalette::lightBackground(FindingCategory category)
{
    // Yellow is already light: a stronger share keeps it visible on white paper.
    const double amount = category == FindingCategory::Anatomy ? 0.45 : 0.30;
    return mix(okabeIto(category), Qt::white, amount);
}

QColor CategoryPalette::darkBackground(FindingCategory category)
{
    return mix(okabeIto(category), QColor(0x20, 0x20, 0x20), 0.45);
}

} // namespace caselens
