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
    static std::unique_ptr<QTextDocument> write(const ExportDocument& document);

    static QString bodyFamily() { return QStringLiteral("DejaVu Serif"); }
    static QString sansFamily() { return QStringLiteral("DejaVu Sans"); }
};

} // namespace caselens
