#pragma once

#include <QList>
#include <QString>

namespace caselens {

// Replacements in one text, and where old offsets land in the new text. Offsets count code
// points (as findings and annotations do). Edits must not overlap.
class TextEdits {
public:
    struct Edit {
        int start = 0; // code points in the old text, [start, end)
        int end = 0;
        QString replacement;
    };

    explicit TextEdits(QList<Edit> edits);

    // The text with every edit applied.
    QString apply(const QString& text) const;
    // Where a span [start, end) of the old text lies in the new one. A span that begins or ends
    // inside a replaced range grows to cover the whole replacement, so a finding on a shifted
    // date or a masked name keeps pointing at what replaced it.
    std::pair<int, int> mapSpan(int start, int end) const;
    bool isEmpty() const { return m_edits.isEmpty(); }

private:
    int mapStart(int position) const;
    int mapEnd(int position) const;

    QList<Edit> m_edits; // sorted by start
    QList<int> m_newStarts;
    QList<int> m_newEnds;
};

// UTF-16 index of each code point of `text`, plus one past the end (size = code points + 1).
QList<int> utf16IndexOfCodePoints(const QString& text);
// The code point index of a UTF-16 index (which must not split a surrogate pair).
int codePointIndexOf(const QString& text, int utf16Index);

} // namespace caselens
