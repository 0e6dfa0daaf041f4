#pragma once

#include "DeidReplacement.h"

#include <QList>
#include <QString>

namespace caselens {

// A stretch of one text that de-identification will change (offsets in UTF-16 units of that
// text while finding; the Deidentifier converts to code points for the public list).
struct DetectedSpan {
    DeidKind kind = DeidKind::Name;
    int start = 0;
    int end = 0;
    // Dates and ages carry their new text; masks get a numbered placeholder later, the same
    // number for the same `key` everywhere in the case.
    QString replacement;
    QString key;
    // When two spans overlap, the higher priority wins, then the longer.
    int priority = 0;
};

} // namespace caselens
