#include "TextEdits.h"

#include <algorithm>

namespace caselens {

QList<int> utf16IndexOfCodePoints(const QString& text)
{
    QList<int> indices;
    indices.reserve(text.size() + 1);
    for (int i = 0; i < text.size(); ++i) {
        indices << i;
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
    }
    indices << int(text.size());
    return indices;
}

int codePointIndexOf(const QString& text, int utf16Index)
{
    int codePoints = utf16Index;
    for (int i = 0; i < utf16Index && i < text.size(); ++i)
        if (text[i].isLowSurrogate())
            --codePoints;
    return codePoints;
}

TextEdits::TextEdits(QList<Edit> edits)
    : m_edits(std::move(edits))
{
    std::sort(m_edits.begin(), m_edits.end(), [](const Edit& a, const Edit& b) { return a.start < b.start; });
    int delta = 0;
    for (const Edit& edit : m_edits) {
        const int newStart = edit.start + delta;
        const int newLength = int(utf16IndexOfCodePoints(edit.replacement).size()) - 1;
        m_newStarts << newStart;
        m_newEnds << newStart + newLength;
        delta += newLength - (edit.end - edit.start);
    }
}

QString TextEdits::apply(const QString& text) const
{
    const QList<int> index = utf16IndexOfCodePoints(text);
    const int length = int(index.size()) - 1;
    QString result;
    result.reserve(text.size() + 64);
    int position = 0;
    for (const Edit& edit : m_edits) {
        const int start = std::clamp(edit.start, position, length);
        const int end = std::clamp(edit.end, start, length);
        result += QStringView(text).mid(index[position], index[start] - index[position]);
        result += edit.replacement;
        position = end;
    }
    result += QStringView(text).mid(index[position]);
    return result;
}

int TextEdits::mapStart(int position) const
{
    int delta = 0;
    for (qsizetype i = 0; i < m_edits.size(); ++i) {
        const Edit& edit = m_edits[i];
        if (position < edit.end)
            return position <= edit.start ? position + delta : m_newStarts[i];
        delta = m_newEnds[i] - edit.end;
    }
    return position + delta;
}

int TextEdits::mapEnd(int position) const
{
    int delta = 0;
    for (qsizetype i = 0; i < m_edits.size(); ++i) {
        const Edit& edit = m_edits[i];
        if (position <= edit.start)
            return position + delta;
        if (position < edit.end)
            return m_newEnds[i];
        delta = m_newEnds[i] - edit.end;
    }
    return position + delta;
}

std::pair<int, int> TextEdits::mapSpan(int start, int end) const
{
    const int newStart = mapStart(start);
    return {newStart, std::max(newStart, mapEnd(end))};
}

} // namespace caselens
