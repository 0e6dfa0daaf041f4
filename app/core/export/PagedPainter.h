#pragma once

#include "model/Result.h"

#include <QPagedPaintDevice>
#include <QString>
#include <QTextDocument>

namespace caselens {

// Paints a QTextDocument page by page onto a paged device (QPdfWriter, or a QPrinter in the
// UI) with a running header and page numbers, which QTextDocument::print cannot add. The text
// stays text, so a PDF's words are selectable and searchable.
class PagedPainter {
public:
    struct Decoration {
        QString header; // left of the running header (the case title)
        QString headerRight = QStringLiteral("CaseLens");
        QString footer; // left of the footer; "Page N of M" goes right
    };

    // `document` must have been written for `device` (TextDocumentWriter with its resolution);
    // its layout's paint device and page size are set here. Returns the number of pages.
    static Result<int> paint(QTextDocument& document, QPagedPaintDevice& device,
                             const Decoration& decoration);
    // Device pixels per typographic point.
    static double pixelsPerPoint(const QPaintDevice& device) { return device.logicalDpiY() / 72.0; }
};

} // namespace caselens
