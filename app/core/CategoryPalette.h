#pragma once

#include "model/Finding.h"

#include <QColor>

namespace caselens {

// The colours of finding categories, one set for the whole application: the review workspace's
// highlights, the export's highlights and legend. Based on the Okabe–Ito palette (safe for the
// common colour-vision deficiencies); the light-theme tints are light enough for black text
// (contrast ≥ 10:1), the dark-theme tints for white text. Categories that never meet in one span
// share hues (age, sex), which is fine: the legend and the findings table name every category.
class CategoryPalette {
public:
    // The saturated colour: legend swatch borders, table markers, underlines.
    static QColor accent(FindingCategory category);
    // Background tint behind a finding's text.
    static QColor lightBackground(FindingCategory category);
    static QColor darkBackground(FindingCategory category);
    static QColor background(FindingCategory category, bool darkTheme)
    {
        return darkTheme ? darkBackground(category) : lightBackground(category);
    }
    // Clinician annotations' markers (numbers, outlines): a colour no category uses.
    static QColor annotationMarker() { return QColor(0x7a, 0x1f, 0x5c); }
    // Hidden text (teaching mode, de-identified placeholders).
    static QColor maskBackground() { return QColor(0xe4, 0xe4, 0xe4); }
};

} // namespace caselens
