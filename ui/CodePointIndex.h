#pragma once

#include <QList>
#include <QString>

namespace caselens::ui {

// Converts between the library's offsets (Unicode code points) and QTextDocument positions
// (UTF-16 units) for one text. Free for the usual text without characters outside the BMP.
class CodePointIndex {
public:
    explicit CodePointIndex(const QString& text = {});

    int toUtf16(int codePoint) const;
    int toCodePoint(int utf16) const;

private:
    QList<int> m_surrogatePairStarts; // UTF-16 positions where a surrogate pair begins
};

} // namespace caselens::ui
