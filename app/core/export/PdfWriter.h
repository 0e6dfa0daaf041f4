#pragma once

#include "ExportDocument.h"
#include "ExportOptions.h"
#include "model/Result.h"

#include <QByteArray>
#include <QPageLayout>

namespace caselens {

// The annotated document as a PDF: QTextDocument through QPdfWriter, page by page with a
// running header and page numbers. Fonts are embedded (subsets), text is selectable.
// Needs a QGuiApplication (fonts); safe on worker threads once one exists.
class PdfWriter {
public:
    static Result<QByteArray> render(const ExportDocument& document, PageSize size);
    // A4 or Letter, portrait, with the margins every CaseLens document uses.
    static QPageLayout pageLayout(PageSize size);
    static constexpr int kResolution = 300; // dpi of the layout; the PDF itself is vector
};

} // namespace caselens
