#include "PdfWriter.h"

#include "PagedPainter.h"
#include "TextDocumentWriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPdfWriter>

namespace caselens {

QPageLayout PdfWriter::pageLayout(PageSize size)
{
    return QPageLayout(QPageSize(size == PageSize::Letter ? QPageSize::Letter : QPageSize::A4),
                       QPageLayout::Portrait, QMarginsF(16, 12, 16, 12), QPageLayout::Millimeter);
}

Result<QByteArray> PdfWriter::render(const ExportDocument& document, PageSize size)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(kResolution);
        pdf.setPageLayout(pageLayout(size));
        pdf.setTitle(document.title);
        pdf.setCreator(QStringLiteral("CaseLens"));
        const auto text =
            TextDocumentWriter::write(document, pageLayout(size).paintRect(QPageLayout::Point).width());
        const auto painted = PagedPainter::paint(
            *text, pdf, {document.runningHeader, QStringLiteral("CaseLens"), document.footer});
        if (!painted)
            return Error{painted.error()};
    } // the writer finishes the file when it goes
    if (bytes.isEmpty())
        return Error{QCoreApplication::translate("Export", "the PDF came out empty")};
    return bytes;
}

} // namespace caselens
