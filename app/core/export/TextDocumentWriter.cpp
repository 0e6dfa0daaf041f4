#include "TextDocumentWriter.h"

#include "CategoryPalette.h"
#include "TextWrapper.h"
#include "model/MessageContexts.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QScreen>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextTable>

namespace caselens {
namespace {

const QColor kInk(0x1a, 0x1a, 0x1a);
const QColor kMuted(0x5f, 0x63, 0x68);
const QColor kAccent(0x0b, 0x4f, 0x6c); // headings: a deep blue-teal, calm on paper
const QColor kRule(0xc8, 0xcd, 0xd2);
const QColor kHeaderFill(0xee, 0xf1, 0xf4);
const QColor kNoticeFill(0xf6, 0xf4, 0xee);
const QColor kStripe(0xf5, 0xf6, 0xf8);

constexpr double kBodyPt = 9.5;
constexpr double kSmallPt = 8.0;
constexpr double kTablePt = 7.5;

// Lengths (margins, paddings, borders, tab stops) are designed in points. QTextDocument measures
// them in pixels of the default dpi (the screen's logical dpi; 96 on the offscreen platform) and
// scales them to its paint device itself.
struct Writer {
    double u = 96.0 / 72.0; // layout units per point
    double textWidth = 500; // the width of the page's text, in points

    static QTextCharFormat charFormat(const QString& family, double points, bool bold = false,
                                      const QColor& colour = kInk)
    {
        QTextCharFormat format;
        format.setFontFamilies({family});
        format.setFontPointSize(points);
        format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        format.setForeground(colour);
        // Any letter spacing turns ligatures off: "fi" stays two letters, so the PDF's text is
        // found by searching for "findings" (pdftotext, a reader's Find).
        format.setFontLetterSpacingType(QFont::AbsoluteSpacing);
        format.setFontLetterSpacing(0.05);
        return format;
    }

    static QTextCharFormat sans(double points, bool bold = false, const QColor& colour = kInk)
    {
        return charFormat(TextDocumentWriter::sansFamily(), points, bold, colour);
    }

    static QTextCharFormat serif(double points, bool bold = false, const QColor& colour = kInk)
    {
        return charFormat(TextDocumentWriter::bodyFamily(), points, bold, colour);
    }

    QTextBlockFormat paragraph(double top = 0, double bottom = 3, int lineHeightPercent = 125) const
    {
        QTextBlockFormat format;
        format.setTopMargin(top * u);
        format.setBottomMargin(bottom * u);
        format.setLineHeight(lineHeightPercent, QTextBlockFormat::ProportionalHeight);
        return format;
    }

    // Inserts text, turning line breaks into paragraph breaks with the same formats.
    static void insertPlain(QTextCursor& cursor, const QString& text, const QTextCharFormat& format)
    {
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                cursor.insertBlock(cursor.blockFormat(), format);
            cursor.insertText(lines[i], format);
        }
    }

    static void insertRuns(QTextCursor& cursor, const RichText& runs, const QTextCharFormat& base)
    {
        for (const TextRun& run : runs) {
            QTextCharFormat format = base;
            switch (run.kind) {
            case TextRun::Kind::Text:
                if (run.category)
                    format.setBackground(CategoryPalette::highlight(*run.category, false));
                if (run.negated)
                    format.setFontStrikeOut(true);
                if (run.uncertain) {
                    format.setUnderlineStyle(QTextCharFormat::DotLine);
                    format.setUnderlineColor(kInk);
                }
                if (run.heading)
                    format.setFontWeight(QFont::Bold);
                break;
            case TextRun::Kind::Mask:
                format.setBackground(CategoryPalette::maskBackground());
                format.setForeground(kMuted);
                format.setFontItalic(true);
                break;
            case TextRun::Kind::Flag:
                format.setFontWeight(QFont::Bold);
                break;
            case TextRun::Kind::Marker:
                format = sans(base.fontPointSize() * 0.8, true, CategoryPalette::annotationMarker());
                format.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
                break;
            }
            insertPlain(cursor, run.text, format);
        }
    }

    void sectionHeading(QTextCursor& cursor, const QString& text, bool pageBreak = false) const
    {
        QTextBlockFormat block = paragraph(pageBreak ? 0 : 14, 5, 100);
        if (pageBreak)
            block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        cursor.insertBlock(block, sans(11.5, true, kAccent));
        cursor.insertText(text, sans(11.5, true, kAccent));
    }

    QTextTableFormat tableFormat(const QList<double>& percentages, bool ruled) const
    {
        QTextTableFormat format;
        format.setBorderCollapse(true);
        format.setBorder(ruled ? 0.5 * u : 0);
        format.setBorderBrush(kRule);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setCellPadding(3 * u);
        format.setCellSpacing(0);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setTopMargin(4 * u);
        format.setBottomMargin(4 * u);
        QList<QTextLength> widths;
        for (const double percentage : percentages)
            widths << QTextLength(QTextLength::PercentageLength, percentage);
        format.setColumnWidthConstraints(widths);
        return format;
    }

    static void fillHeaderRow(QTextTable* table, const QStringList& headings, double points)
    {
        for (int column = 0; column < headings.size(); ++column) {
            QTextTableCell cell = table->cellAt(0, column);
            QTextTableCellFormat format = cell.format().toTableCellFormat();
            format.setBackground(kHeaderFill);
            cell.setFormat(format);
            QTextCursor cursor = cell.firstCursorPosition();
            cursor.insertText(headings[column], sans(points, true));
        }
    }

    void writeTitleBlock(QTextCursor& cursor, const ExportDocument& document) const
    {
        cursor.setBlockFormat(paragraph(0, 2, 100));
        cursor.insertText(document.answer ? ExportText::tr("TEACHING CASE")
                                          : ExportText::tr("CLINICAL CASE REPORT"),
                          sans(7.5, true, kAccent));
        cursor.insertBlock(paragraph(0, 8, 110));
        cursor.insertText(document.title, sans(17, true));

        QTextTable* meta = cursor.insertTable(int(document.meta.size()), 2, tableFormat({18, 82}, false));
        for (int row = 0; row < document.meta.size(); ++row) {
            QTextCursor label = meta->cellAt(row, 0).firstCursorPosition();
            label.insertText(document.meta[row].label, sans(kSmallPt, true, kMuted));
            QTextCursor value = meta->cellAt(row, 1).firstCursorPosition();
            value.insertText(document.meta[row].value, sans(8.5));
        }
        cursor.movePosition(QTextCursor::End);

        if (!document.notices.isEmpty()) {
            QTextTableFormat boxFormat = tableFormat({100}, false);
            boxFormat.setBackground(kNoticeFill);
            boxFormat.setCellPadding(5 * u);
            QTextTable* box = cursor.insertTable(1, 1, boxFormat);
            QTextCursor inside = box->cellAt(0, 0).firstCursorPosition();
            for (qsizetype i = 0; i < document.notices.size(); ++i) {
                if (i > 0)
                    inside.insertBlock(paragraph(2, 0, 115));
                inside.insertText(document.notices[i], sans(kSmallPt, false, kInk));
            }
            cursor.movePosition(QTextCursor::End);
        }
    }

    void writeLegend(QTextCursor& cursor, const ExportDocument& document) const
    {
        cursor.insertBlock(paragraph(8, 2, 150));
        cursor.insertText(ExportText::tr("Legend  "), sans(kSmallPt, true, kMuted));
        for (const FindingCategory category : document.legend) {
            QTextCharFormat swatch = sans(kSmallPt);
            swatch.setBackground(CategoryPalette::highlight(category, false));
            cursor.insertText(QStringLiteral(" %1 ").arg(displayName(category)), swatch);
            cursor.insertText(QStringLiteral("  "), sans(kSmallPt));
        }
        cursor.insertBlock(paragraph(0, 4, 130));
        QTextCharFormat struck = sans(kSmallPt);
        struck.setFontStrikeOut(true);
        QTextCharFormat dotted = sans(kSmallPt);
        dotted.setUnderlineStyle(QTextCharFormat::DotLine);
        QTextCharFormat marker = sans(kSmallPt * 0.8, true, CategoryPalette::annotationMarker());
        marker.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
        QTextCharFormat mask = sans(kSmallPt, false, kMuted);
        mask.setBackground(CategoryPalette::maskBackground());
        const QTextCharFormat plain = sans(kSmallPt, false, kMuted);
        cursor.insertText(ExportText::tr("negated"), struck);
        cursor.insertText(ExportText::tr(" absent or ruled out · "), plain);
        cursor.insertText(ExportText::tr("uncertain"), dotted);
        cursor.insertText(ExportText::tr(" suspected · ↑ ↓ outside the reference range · text"), plain);
        cursor.insertText(QStringLiteral("1"), marker);
        cursor.insertText(ExportText::tr(" annotation"), plain);
        if (document.answer) {
            cursor.insertText(QStringLiteral(" · "), plain);
            cursor.insertText(QStringLiteral("[…]"), mask);
            cursor.insertText(ExportText::tr(" on the answer page"), plain);
        }
    }

    void writeTexts(QTextCursor& cursor, const ExportDocument& document) const
    {
        const QTextCharFormat body = serif(kBodyPt);
        if (document.sideBySide) {
            QTextTableFormat format = tableFormat({50, 50}, true);
            format.setHeaderRowCount(1);
            format.setCellPadding(4 * u);
            QTextTable* table = cursor.insertTable(int(document.rows.size()) + 1, 2, format);
            fillHeaderRow(table, document.columnHeadings, 8.5);
            for (int row = 0; row < document.rows.size(); ++row) {
                for (int column = 0; column < 2; ++column) {
                    QTextCursor cell = table->cellAt(row + 1, column).firstCursorPosition();
                    cell.setBlockFormat(paragraph(0, 0, 130));
                    const RichText& runs =
                        column == 0 ? document.rows[row].original : document.rows[row].translation;
                    if (runs.isEmpty())
                        cell.insertText(column == 0 ? ExportText::tr("(not in the original)")
                                                    : ExportText::tr("(not in the translation)"),
                                        serif(kSmallPt, false, kMuted));
                    else
                        insertRuns(cell, runs, body);
                }
            }
            cursor.movePosition(QTextCursor::End);
            return;
        }
        for (const StackedText& text : document.stacked) {
            cursor.insertBlock(paragraph(10, 3, 100));
            cursor.insertText(text.heading, sans(9.5, true, kAccent));
            for (const RichText& runs : text.paragraphs) {
                cursor.insertBlock(paragraph(0, 4, 135));
                insertRuns(cursor, runs, body);
            }
        }
    }

    void writeEntries(QTextCursor& cursor, const QList<AnnotationEntry>& entries,
                      const QString& numberPrefix = {}) const
    {
        int counter = 0;
        for (const AnnotationEntry& entry : entries) {
            ++counter;
            cursor.insertBlock(paragraph(3, 1, 125));
            if (entry.number > 0) {
                cursor.insertText(QString::number(entry.number) + QStringLiteral("  "),
                                  sans(kBodyPt - 1, true, CategoryPalette::annotationMarker()));
            } else if (!numberPrefix.isEmpty()) {
                cursor.insertText(numberPrefix + QString::number(counter) + QStringLiteral("  "),
                                  sans(kBodyPt - 1, true, kAccent));
            }
            cursor.insertText(entry.label.isEmpty() ? ExportText::tr("Note") : entry.label,
                              sans(kBodyPt - 1, true));
            if (!entry.subtype.isEmpty())
                cursor.insertText(QStringLiteral(" · ") + entry.subtype, sans(kBodyPt - 1, false));
            if (!entry.where.isEmpty())
                cursor.insertText(QStringLiteral(" — ") + entry.where, sans(kBodyPt - 1, false, kMuted));
            if (!entry.quote.isEmpty()) {
                cursor.insertText(QStringLiteral(": "), sans(kBodyPt - 1, false, kMuted));
                cursor.insertText(QStringLiteral("“%1”").arg(entry.quote), serif(kBodyPt - 0.5, false));
            }
            if (!entry.comment.isEmpty()) {
                QTextBlockFormat indented = paragraph(0, 0, 125);
                indented.setLeftMargin(14 * u);
                cursor.insertBlock(indented);
                insertPlain(cursor, entry.comment, serif(kBodyPt - 0.5));
            }
            QStringList by;
            if (!entry.author.isEmpty())
                by << entry.author;
            if (entry.date.isValid())
                by << entry.date.toLocalTime().toString(QStringLiteral("yyyy-MM-dd"));
            if (!by.isEmpty()) {
                QTextBlockFormat indented = paragraph(0, 2, 115);
                indented.setLeftMargin(14 * u);
                cursor.insertBlock(indented);
                cursor.insertText(QStringLiteral("— ") + by.join(QStringLiteral(", ")),
                                  sans(kTablePt, false, kMuted));
            }
        }
    }

    // The findings table as one block per row with the columns at tab stops: a QTextTable
    // lays out a frame per cell, which made it most of a PDF's time (about 0.13 ms a cell).
    // Cells are wrapped here to their column's width; a row's lines stay on one page.
    void writeFindingsTable(QTextCursor& cursor, const QStringList& columns,
                            const QList<FindingRow>& rows) const
    {
        const bool pair = columns.size() == 7;
        const QList<double> shares =
            pair ? QList<double>{13, 21, 21, 10, 14, 9, 12} : QList<double>{16, 34, 12, 16, 10, 12};
        constexpr double kGap = 5; // points between columns
        QList<double> widths;
        QList<QTextOption::Tab> tabs;
        double x = 0;
        for (qsizetype i = 0; i < shares.size(); ++i) {
            if (i > 0)
                tabs << QTextOption::Tab(x * u, QTextOption::LeftTab);
            widths << shares[i] / 100 * textWidth - kGap;
            x += shares[i] / 100 * textWidth;
        }
        QTextBlockFormat rowFormat = paragraph(0, 0, 112);
        rowFormat.setTabPositions(tabs);
        rowFormat.setNonBreakableLines(true);
        rowFormat.setTopMargin(1.5 * u);
        rowFormat.setBottomMargin(1.5 * u);

        QTextBlockFormat header = rowFormat;
        header.setBackground(kHeaderFill);
        header.setTopMargin(6 * u);
        cursor.insertBlock(header);
        const QTextCharFormat headFormat = sans(kTablePt, true);
        for (qsizetype column = 0; column < columns.size(); ++column) {
            if (column > 0)
                cursor.insertText(QStringLiteral("\t"), headFormat);
            cursor.insertText(columns[column], headFormat);
        }

        for (qsizetype row = 0; row < rows.size(); ++row) {
            const FindingRow& finding = rows[row];
            QTextCharFormat text = serif(kTablePt + 0.5);
            if (finding.negated)
                text.setFontStrikeOut(true);
            if (finding.uncertain)
                text.setUnderlineStyle(QTextCharFormat::DotLine);
            QTextCharFormat category = sans(kTablePt);
            category.setBackground(CategoryPalette::highlight(finding.category, false));
            const QTextCharFormat plain = sans(kTablePt);
            const QTextCharFormat flag = sans(kTablePt, !finding.flag.isEmpty());

            QStringList cells{displayName(finding.category), finding.originalText};
            QList<QTextCharFormat> formats{category, text};
            if (pair) {
                cells << finding.translationText;
                formats << text;
            }
            cells << finding.value << finding.unit << finding.flag << finding.state;
            formats << plain << plain << flag << plain;
            QList<QStringList> lines;
            qsizetype height = 1;
            for (qsizetype column = 0; column < cells.size(); ++column) {
                lines << wrapped(cells[column], formats[column], widths[column]);
                height = std::max(height, lines.last().size());
            }
            QTextBlockFormat block = rowFormat;
            if (row % 2 == 1)
                block.setBackground(kStripe);
            cursor.insertBlock(block);
            for (qsizetype line = 0; line < height; ++line) {
                if (line > 0)
                    cursor.insertText(QString(QChar::LineSeparator), plain);
                for (qsizetype column = 0; column < cells.size(); ++column) {
                    if (column > 0)
                        cursor.insertText(QStringLiteral("\t"), plain);
                    const QString piece = lines[column].value(line);
                    if (!piece.isEmpty())
                        cursor.insertText(piece, formats[column]);
                }
            }
        }
    }

    QStringList wrapped(const QString& text, const QTextCharFormat& format, double width) const
    {
        if (text.isEmpty())
            return {};
        QFont font(format.fontFamilies().toStringList().value(0));
        font.setPointSizeF(format.fontPointSize());
        font.setBold(format.fontWeight() >= QFont::Bold);
        return TextWrapper(font).wrap(text, width);
    }

    void writeAnswerPage(QTextCursor& cursor, const ExportDocument& document, const AnswerPage& answer) const
    {
        sectionHeading(cursor, ExportText::tr("Answer page"), true);
        for (const MetaField& field : answer.caseIdentity) {
            cursor.insertBlock(paragraph(0, 2, 120));
            cursor.insertText(field.label + QStringLiteral(": "), sans(kSmallPt, true, kMuted));
            cursor.insertText(field.value, sans(kBodyPt, field.label == ExportText::tr("Case")));
        }
        if (!answer.note.isEmpty()) {
            cursor.insertBlock(paragraph(6, 2, 120));
            cursor.insertText(answer.note, sans(kSmallPt, false, kMuted));
        }
        if (!answer.diagnosis.isEmpty()) {
            sectionHeading(cursor, ExportText::tr("Final diagnosis"));
            for (const StackedText& text : answer.diagnosis) {
                cursor.insertBlock(paragraph(6, 2, 100));
                cursor.insertText(text.heading, sans(kSmallPt + 0.5, true, kAccent));
                for (const RichText& runs : text.paragraphs) {
                    cursor.insertBlock(paragraph(0, 3, 135));
                    insertRuns(cursor, runs, serif(kBodyPt + 0.5));
                }
            }
        }
        if (!answer.findings.isEmpty()) {
            sectionHeading(cursor, ExportText::tr("Findings that name the diagnosis"));
            writeFindingsTable(cursor, document.findingColumns, answer.findings);
        }
        if (!answer.teachingPoints.isEmpty()) {
            sectionHeading(cursor, ExportText::tr("Teaching points"));
            writeEntries(cursor, answer.teachingPoints);
        }
        if (!answer.notes.isEmpty()) {
            sectionHeading(cursor, ExportText::tr("Case notes"));
            writeEntries(cursor, answer.notes);
        }
    }
};

} // namespace

double TextDocumentWriter::layoutUnitsPerPoint()
{
    // What Qt's text layout calls its default dpi (qt_defaultDpiY).
    if (QCoreApplication::testAttribute(Qt::AA_Use96Dpi))
        return 96.0 / 72.0;
    const QScreen* screen = QGuiApplication::primaryScreen();
    return (screen ? qRound(screen->logicalDotsPerInchY()) : 100) / 72.0;
}

std::unique_ptr<QTextDocument> TextDocumentWriter::write(const ExportDocument& document,
                                                         double textWidthPoints)
{
    const Writer writer{layoutUnitsPerPoint(), textWidthPoints};
    auto text = std::make_unique<QTextDocument>();
    text->setDocumentMargin(0);
    text->setDefaultFont(QFont(bodyFamily(), int(kBodyPt)));
    text->setUndoRedoEnabled(false);
    QTextCursor cursor(text.get());
    writer.writeTitleBlock(cursor, document);
    writer.writeLegend(cursor, document);
    writer.writeTexts(cursor, document);

    if (!document.questions.isEmpty()) {
        writer.sectionHeading(cursor, ExportText::tr("Questions for discussion"));
        writer.writeEntries(cursor, document.questions, QStringLiteral("Q"));
    }
    if (!document.annotations.isEmpty()) {
        writer.sectionHeading(cursor, ExportText::tr("Annotations"));
        writer.writeEntries(cursor, document.annotations);
    }
    writer.sectionHeading(cursor, ExportText::tr("Findings"));
    if (document.findings.isEmpty()) {
        cursor.insertBlock(writer.paragraph(0, 2));
        cursor.insertText(ExportText::tr("No findings."), Writer::sans(kSmallPt, false, kMuted));
    } else {
        writer.writeFindingsTable(cursor, document.findingColumns, document.findings);
    }
    if (!document.notes.isEmpty()) {
        writer.sectionHeading(cursor, ExportText::tr("Case notes"));
        writer.writeEntries(cursor, document.notes);
    }
    if (document.answer)
        writer.writeAnswerPage(cursor, document, *document.answer);
    return text;
}

} // namespace caselens
