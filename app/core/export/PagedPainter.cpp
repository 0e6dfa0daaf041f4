#include "PagedPainter.h"

#include "TextDocumentWriter.h"
#include "model/MessageContexts.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>

namespace caselens {
namespace {

constexpr double kBandPt = 22;      // header and footer bands, inside the page margins
constexpr double kDecorationPt = 7; // their type size

} // namespace

Result<int> PagedPainter::paint(QTextDocument& document, QPagedPaintDevice& device,
                                const Decoration& decoration)
{
    const double u = pixelsPerPoint(device);
    const QRectF page(0, 0, device.width(), device.height()); // the printable area, in device pixels
    const double band = kBandPt * u;
    const QSizeF body(page.width(), page.height() - 2 * band);
    if (body.height() <= 0)
        return Error{ExportText::tr("the page is too small for its margins")};
    document.documentLayout()->setPaintDevice(&device);
    document.setPageSize(body);
    const int pages = document.pageCount();

    QPainter painter;
    if (!painter.begin(&device))
        return Error{ExportText::tr("cannot start drawing the document")};
    painter.setRenderHint(QPainter::Antialiasing);
    QFont small(TextDocumentWriter::sansFamily());
    small.setPointSizeF(kDecorationPt);
    small.setLetterSpacing(QFont::AbsoluteSpacing, 0.05); // no ligatures: the footer stays searchable
    const QFont smallOnDevice(small, &device);
    const QFontMetricsF metrics(smallOnDevice, &device);
    const QColor grey(0x6b, 0x70, 0x75);
    const QPen rule(QColor(0xc8, 0xcd, 0xd2), 0.5 * u);

    for (int index = 0; index < pages; ++index) {
        if (index > 0 && !device.newPage())
            return Error{ExportText::tr("cannot start page %1").arg(index + 1)};
        // Running header: title left (elided), app name right, a hairline below.
        painter.setFont(smallOnDevice);
        painter.setPen(grey);
        const double baseline = band - 8 * u;
        const QString right = decoration.headerRight;
        const double rightWidth = metrics.horizontalAdvance(right);
        const QString left =
            metrics.elidedText(decoration.header, Qt::ElideRight, page.width() - rightWidth - 12 * u);
        painter.drawText(QPointF(0, baseline), left);
        painter.drawText(QPointF(page.width() - rightWidth, baseline), right);
        painter.setPen(rule);
        painter.drawLine(QPointF(0, band - 5 * u), QPointF(page.width(), band - 5 * u));

        // The body: this page's slice of the laid-out document.
        painter.save();
        painter.translate(0, band - index * body.height());
        document.drawContents(&painter, QRectF(0, index * body.height(), body.width(), body.height()));
        painter.restore();

        // Footer: what and when left, page numbers right.
        const double footerBaseline = page.height() - band + 14 * u;
        painter.setPen(rule);
        painter.drawLine(QPointF(0, page.height() - band + 4 * u),
                         QPointF(page.width(), page.height() - band + 4 * u));
        painter.setPen(grey);
        const QString number = ExportText::tr("Page %1 of %2").arg(index + 1).arg(pages);
        const double numberWidth = metrics.horizontalAdvance(number);
        painter.drawText(QPointF(0, footerBaseline), metrics.elidedText(decoration.footer, Qt::ElideRight,
                                                                        page.width() - numberWidth - 12 * u));
        painter.drawText(QPointF(page.width() - numberWidth, footerBaseline), number);
    }
    if (!painter.end())
        return Error{ExportText::tr("cannot finish the document")};
    return pages;
}

} // namespace caselens
