#pragma once

#include "ExportDocument.h"

#include <QTextDocument>

#include <memory>

namespace caselens {

// Writes an ExportDocument into a QTextDocument through QTextCursor, so user text is only ever
// inserted as text (never parsed as HTML). The caller sets the paint device (PagedPainter); the
// layout scales to its resolution. DejaVu Serif for the texts and DejaVu Sans for the rest
// (fonts-dejavu-core, a dependency: they are embedded in the PDF).
class TextDocumentWriter {
public:
    // `textWidthPoints`: the width of the page's text (the findings table's columns are cut to it).
    static std::unique_ptr<QTextDocument> write(const ExportDocument& document, double textWidthPoints);
    // Qt's text layout measures margins and tab stops in pixels of its default dpi.
    static double layoutUnitsPerPoint();

    static QString bodyFamily() { return QStringLiteral("DejaVu Serif"); }
    static QString sansFamily() { return QStringLiteral("DejaVu Sans"); }
};

} // namespace caselens
