#include "CodePointIndex.h"

#include <algorithm>

namespace caselens::ui {

CodePointIndex::CodePointIndex(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i)
        if (text[i].isHighSurrogate() && text[i + 1].isLowSurrogate())
            m_surrogatePairStarts << int(i++);
}

int CodePointIndex::toUtf16(int codePoint) const
{
    // Each pair before the position adds one unit.
    int utf16 = codePoint;
    for (const int start : m_surrogatePairStarts) {
        if (start >= utf16)
            break;
        ++utf16;
    }
    return utf16;
}

int CodePointIndex::toCodePoint(int utf16) const
{
    const auto pairsBefore =
        std::lower_bound(m_surrogatePairStarts.begin(), m_surrogatePairStarts.end(), utf16) -
        m_surrogatePairStarts.begin();
    return utf16 - int(pairsBefore);
}

} // namespace caselens::ui
