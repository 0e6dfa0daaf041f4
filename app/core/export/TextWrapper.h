#pragma once

#include <QFont>
#include <QStringList>

namespace caselens {

// Breaks text into lines no wider than a width in points, at spaces (inside a word only when
// the word alone is too wide). For the findings table, whose columns are tab stops: it lays out
// far faster than a QTextTable (one block per row instead of a frame per cell), so the table's
// lines are cut here. Measures in points, without hinting, so the result does not depend on the
// screen or the printer.
class TextWrapper {
public:
    explicit TextWrapper(const QFont& font);
    QStringList wrap(const QString& text, double widthPoints) const;
    double width(const QString& text) const;

private:
    QFont m_font;
};

} // namespace caselens
