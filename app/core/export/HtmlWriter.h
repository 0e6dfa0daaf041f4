#pragma once

#include "ExportDocument.h"
#include "ExportOptions.h"

#include <QString>

namespace caselens {

// The annotated document as one self-contained HTML file (inline CSS, no scripts, no external
// resources), with the same content as the PDF. Every piece of user text is escaped: an
// annotation that reads <img src=…> shows those characters, it never becomes an element.
class HtmlWriter {
public:
    static QString render(const ExportDocument& document, PageSize size);
    // Text made safe for an HTML text node or a quoted attribute.
    static QString escape(const QString& text);
};

} // namespace caselens
