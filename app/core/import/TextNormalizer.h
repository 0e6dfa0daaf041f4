#pragma once

#include <QList>
#include <QString>

namespace caselens {

// A text as CaseLens stores it (LF line ends, Unicode NFC) and where each offset of the text as
// read went, so spans given against the raw file (brat .ann) still point at the same words.
struct NormalizedText {
    QString text;
    bool changed = false;
    // For each code-point offset 0..n of the raw text, the offset in `text`. Empty when unchanged.
    QList<int> offsetMap;

    int mapOffset(int rawOffset) const
    {
        if (offsetMap.isEmpty())
            return rawOffset;
        return offsetMap.value(qBound(0, rawOffset, int(offsetMap.size()) - 1));
    }
};

// CRLF and lone CR become LF; each base character with its combining marks is composed (NFC).
NormalizedText normalizeText(const QString& raw);

} // namespace caselens
