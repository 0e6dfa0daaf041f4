#include "TextNormalizer.h"

namespace caselens {

NormalizedText normalizeText(const QString& raw)
{
    NormalizedText result;
    // Most texts are already LF and NFC: say so without building a map.
    if (!raw.contains(QLatin1Char('\r')) && raw.normalized(QString::NormalizationForm_C) == raw) {
        result.text = raw;
        return result;
    }
    const QList<uint> codePoints = raw.toUcs4();
    result.changed = true;
    result.offsetMap.resize(codePoints.size() + 1);
    int out = 0; // code points written so far
    qsizetype i = 0;
    while (i < codePoints.size()) {
        // A segment: CRLF, a lone CR, or a character with the combining marks after it.
        qsizetype end = i + 1;
        QString segment;
        if (codePoints[i] == '\r') {
            if (end < codePoints.size() && codePoints[end] == '\n')
                ++end;
            segment = QStringLiteral("\n");
        } else {
            while (end < codePoints.size() && QChar::combiningClass(codePoints[end]) != 0)
                ++end;
            segment =
                QString::fromUcs4(reinterpret_cast<const char32_t*>(codePoints.constData() + i), end - i)
                    .normalized(QString::NormalizationForm_C);
        }
        const int written = int(segment.toUcs4().size());
        for (qsizetype k = i; k < end; ++k)
            result.offsetMap[k] = out; // inside a segment, an offset moves to the segment's start
        result.text += segment;
        out += written;
        i = end;
    }
    result.offsetMap[codePoints.size()] = out;
    return result;
}

} // namespace caselens
