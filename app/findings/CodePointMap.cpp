#include "CodePointMap.h"

namespace caselens::findings {

void CodePointMap::reset(QStringView text)
{
    m_lowSurrogatesBefore.clear();
    bool any = false;
    for (const QChar c : text) {
        if (c.isLowSurrogate()) {
            any = true;
            break;
        }
    }
    if (!any)
        return;
    m_lowSurrogatesBefore.resize(static_cast<std::size_t>(text.size()) + 1);
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        m_lowSurrogatesBefore[static_cast<std::size_t>(i)] = count;
        if (text[i].isLowSurrogate())
            ++count;
    }
    m_lowSurrogatesBefore[static_cast<std::size_t>(text.size())] = count;
}

int CodePointMap::toUtf16(QStringView text, int codePoint)
{
    int units = 0;
    for (int points = 0; points < codePoint && units < text.size(); ++points)
        units +=
            (text[units].isHighSurrogate() && units + 1 < text.size() && text[units + 1].isLowSurrogate())
                ? 2
                : 1;
    return units;
}

} // namespace caselens::findings
