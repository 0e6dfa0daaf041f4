#pragma once

#include "ExportDocument.h"

#include <QList>
#include <QString>

namespace caselens {

// Cuts a stretch of a document's text into runs with the look of what lies on them: findings
// (innermost colour; struck when negated, dotted when uncertain; ↑/↓ after an abnormal value),
// section headings, hidden ranges (one placeholder each) and annotation numbers after their
// spans. Offsets are code points of the text.
class TextMarkup {
public:
    struct Mask {
        int start = 0;
        int end = 0;
        QString placeholder; // shown once, where the hidden range begins
    };
    struct Marker {
        int position = 0; // after this code point offset (the annotation's end)
        int number = 0;
    };
    struct Span {
        int start = 0;
        int end = 0;
    };

    explicit TextMarkup(const QString& text);

    void setFindings(QList<Finding> findings) { m_findings = std::move(findings); }
    void setMasks(QList<Mask> masks);
    void setHeadings(QList<Span> headings) { m_headings = std::move(headings); }
    void setMarkers(QList<Marker> markers);

    int length() const { return int(m_index.size()) - 1; }
    // The runs of [start, end). Empty when everything there is hidden behind a placeholder
    // shown elsewhere.
    RichText render(int start, int end) const;
    // The plain text of [start, end).
    QString slice(int start, int end) const;
    // [start, end) without the white space at either end.
    Span trimmed(int start, int end) const;

private:
    void append(RichText& runs, TextRun run) const;

    QString m_text;
    QList<int> m_index; // UTF-16 index of each code point
    QList<Finding> m_findings;
    QList<Mask> m_masks;
    QList<Span> m_headings;
    QList<Marker> m_markers;
};

} // namespace caselens
