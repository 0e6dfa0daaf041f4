#pragma once

#include "model/Finding.h"

#include <QColor>

namespace caselens {

// The colour of each finding category, the same in the workspace and in exported documents.
// Hues from the Okabe–Ito set (told apart with the common colour-vision deficiencies), with
// Paul Tol's wine for organisms; demographic and time findings share a quiet grey. Highlights
// are tints of the hue, light enough under black text in a light theme and dark enough under
// light text in a dark one.
class CategoryPalette {
public:
    static QColor hue(FindingCategory category);
    static QColor highlight(FindingCategory category, bool darkTheme);
    // For markers drawn on the text (abnormal values, unpaired findings).
    static QColor abnormalMarker(bool darkTheme);
    // Clinicians' annotation numbers in printed documents: a colour no category uses.
    static QColor annotationMarker() { return QColor(0x7A, 0x1F, 0x5C); }
    // Text hidden from a printed document (teaching mode's "[…]").
    static QColor maskBackground() { return QColor(0xE4, 0xE4, 0xE4); }
};

} // namespace caselens
