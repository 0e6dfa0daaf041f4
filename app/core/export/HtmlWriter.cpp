#include "HtmlWriter.h"

#include "CategoryPalette.h"
#include "model/MessageContexts.h"

#include <QCoreApplication>

namespace caselens {
namespace {

QString categoryClass(FindingCategory category)
{
    return QStringLiteral("c-") + toKey(category);
}

QString styleSheet(PageSize size)
{
    QString css =
        QStringLiteral(
            "@page { size: %1; margin: 14mm 16mm; }\n"
            "body { font-family: 'DejaVu Serif', Georgia, serif; font-size: 10pt; color: #1a1a1a; max-width: "
            "60em;"
            " margin: 2em auto; padding: 0 1em; line-height: 1.35; }\n"
            "h1, h2, h3, .meta, .legend, .notice, table.findings, .entry .head, .kicker, thead th {"
            " font-family: 'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif; }\n"
            ".kicker { font-size: 7.5pt; font-weight: bold; color: #0b4f6c; letter-spacing: .05em; margin: "
            "0; }\n"
            "h1 { font-size: 17pt; margin: .1em 0 .4em; }\n"
            "h2 { font-size: 11.5pt; color: #0b4f6c; margin: 1.4em 0 .4em; }\n"
            "h3 { font-size: 9.5pt; color: #0b4f6c; margin: 1em 0 .3em; }\n"
            "table { border-collapse: collapse; width: 100%; }\n"
            ".meta td { padding: 1px 4px; font-size: 8.5pt; vertical-align: top; }\n"
            ".meta td.label { color: #5f6368; font-weight: bold; font-size: 8pt; width: 18%; }\n"
            ".notice { background: #f6f4ee; padding: 5px 7px; font-size: 8pt; margin: .6em 0; }\n"
            ".notice p { margin: 0 0 2px; }\n"
            ".legend { font-size: 8pt; color: #5f6368; line-height: 1.8; margin: .6em 0; }\n"
            ".legend .swatch { color: #1a1a1a; padding: 0 3px; margin-right: 4px; }\n"
            "table.aligned td, table.aligned th { border: .5pt solid #c8cdd2; padding: 4pt; vertical-align: "
            "top;"
            " width: 50%; }\n"
            "thead th { background: #eef1f4; font-size: 8.5pt; text-align: left; }\n"
            "table.aligned td.empty { color: #5f6368; font-size: 8pt; }\n"
            "p.text { margin: 0 0 .35em; }\n"
            ".neg { text-decoration: line-through; }\n"
            ".unc { text-decoration: underline dotted; }\n"
            ".neg.unc { text-decoration: line-through underline dotted; }\n"
            ".heading { font-weight: bold; }\n"
            ".flag { font-weight: bold; }\n"
            "sup.ann { color: %2; font-family: 'DejaVu Sans', sans-serif; font-weight: bold; font-size: 70%; "
            "}\n"
            ".mask { background: %3; color: #5f6368; font-style: italic; }\n"
            "table.findings { font-size: 7.5pt; }\n"
            "table.findings td, table.findings th { border: .5pt solid #c8cdd2; padding: 2.5pt; "
            "vertical-align: top; }\n"
            "table.findings td.text { font-family: 'DejaVu Serif', Georgia, serif; font-size: 8pt; }\n"
            ".entry { margin: .4em 0; font-size: 9pt; }\n"
            ".entry .head { font-size: 8.5pt; }\n"
            ".entry .num { color: %2; font-weight: bold; margin-right: .5em; }\n"
            ".entry .qnum { color: #0b4f6c; font-weight: bold; margin-right: .5em; }\n"
            ".entry .where, .entry .by { color: #5f6368; }\n"
            ".entry .comment, .entry .by { margin-left: 14pt; }\n"
            ".entry .by { font-size: 7.5pt; font-family: 'DejaVu Sans', sans-serif; }\n"
            ".answer { break-before: page; page-break-before: always; }\n"
            "footer { margin-top: 2em; font-size: 7.5pt; color: #6b7075;"
            " font-family: 'DejaVu Sans', sans-serif; border-top: .5pt solid #c8cdd2; padding-top: 3px; }\n")
            .arg(size == PageSize::Letter ? QStringLiteral("letter") : QStringLiteral("A4"),
                 CategoryPalette::annotationMarker().name(), CategoryPalette::maskBackground().name());
    for (const FindingCategory category : allFindingCategories())
        css += QStringLiteral(".%1 { background: %2; }\n")
                   .arg(categoryClass(category), CategoryPalette::highlight(category, false).name());
    return css;
}

QString runsHtml(const RichText& runs)
{
    QString html;
    for (const TextRun& run : runs) {
        const QString text = HtmlWriter::escape(run.text).replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
        switch (run.kind) {
        case TextRun::Kind::Text: {
            QStringList classes;
            if (run.category)
                classes << categoryClass(*run.category);
            if (run.negated)
                classes << QStringLiteral("neg");
            if (run.uncertain)
                classes << QStringLiteral("unc");
            if (run.heading)
                classes << QStringLiteral("heading");
            html += classes.isEmpty() ? text
                                      : QStringLiteral("<span class=\"%1\">%2</span>")
                                            .arg(classes.join(QLatin1Char(' ')), text);
            break;
        }
        case TextRun::Kind::Mask:
            html += QStringLiteral("<span class=\"mask\">%1</span>").arg(text);
            break;
        case TextRun::Kind::Flag:
            html += QStringLiteral("<span class=\"flag\">%1</span>").arg(text);
            break;
        case TextRun::Kind::Marker:
            html += QStringLiteral("<sup class=\"ann\">%1</sup>").arg(text);
            break;
        }
    }
    return html;
}

QString entriesHtml(const QList<AnnotationEntry>& entries, bool questions = false)
{
    QString html;
    int counter = 0;
    for (const AnnotationEntry& entry : entries) {
        ++counter;
        html += QStringLiteral("<div class=\"entry\"><div class=\"head\">");
        if (entry.number > 0)
            html += QStringLiteral("<span class=\"num\">%1</span>").arg(entry.number);
        else if (questions)
            html += QStringLiteral("<span class=\"qnum\">Q%1</span>").arg(counter);
        html += QStringLiteral("<strong>%1</strong>")
                    .arg(HtmlWriter::escape(entry.label.isEmpty() ? ExportText::tr("Note") : entry.label));
        if (!entry.subtype.isEmpty())
            html += QStringLiteral(" · ") + HtmlWriter::escape(entry.subtype);
        if (!entry.where.isEmpty())
            html += QStringLiteral(" <span class=\"where\">— %1</span>").arg(HtmlWriter::escape(entry.where));
        if (!entry.quote.isEmpty())
            html += QStringLiteral("<span class=\"where\">:</span> <q>%1</q>")
                        .arg(HtmlWriter::escape(entry.quote));
        html += QStringLiteral("</div>");
        if (!entry.comment.isEmpty())
            html += QStringLiteral("<div class=\"comment\">%1</div>")
                        .arg(HtmlWriter::escape(entry.comment)
                                 .replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
        QStringList by;
        if (!entry.author.isEmpty())
            by << HtmlWriter::escape(entry.author);
        if (entry.date.isValid())
            by << entry.date.toLocalTime().toString(QStringLiteral("yyyy-MM-dd"));
        if (!by.isEmpty())
            html += QStringLiteral("<div class=\"by\">— %1</div>").arg(by.join(QStringLiteral(", ")));
        html += QStringLiteral("</div>\n");
    }
    return html;
}

QString findingsHtml(const QStringList& columns, const QList<FindingRow>& rows)
{
    const bool pair = columns.size() == 7;
    QString html = QStringLiteral("<table class=\"findings\"><thead><tr>");
    for (const QString& column : columns)
        html += QStringLiteral("<th>%1</th>").arg(HtmlWriter::escape(column));
    html += QStringLiteral("</tr></thead><tbody>\n");
    for (const FindingRow& row : rows) {
        QStringList textClasses{QStringLiteral("text")};
        if (row.negated)
            textClasses << QStringLiteral("neg");
        if (row.uncertain)
            textClasses << QStringLiteral("unc");
        const QString textClass = textClasses.join(QLatin1Char(' '));
        html += QStringLiteral("<tr><td class=\"%1\">%2</td><td class=\"%3\">%4</td>")
                    .arg(categoryClass(row.category), HtmlWriter::escape(displayName(row.category)),
                         textClass, HtmlWriter::escape(row.originalText));
        if (pair)
            html += QStringLiteral("<td class=\"%1\">%2</td>")
                        .arg(textClass, HtmlWriter::escape(row.translationText));
        html += QStringLiteral("<td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                    .arg(HtmlWriter::escape(row.value), HtmlWriter::escape(row.unit),
                         HtmlWriter::escape(row.flag), HtmlWriter::escape(row.state));
    }
    html += QStringLiteral("</tbody></table>\n");
    return html;
}

QString legendHtml(const ExportDocument& document)
{
    QString html = QStringLiteral("<div class=\"legend\"><strong>%1</strong> ").arg(ExportText::tr("Legend"));
    for (const FindingCategory category : document.legend)
        html += QStringLiteral("<span class=\"swatch %1\">%2</span>")
                    .arg(categoryClass(category), HtmlWriter::escape(displayName(category)));
    html +=
        QStringLiteral(
            "<br/><span class=\"neg\">%1</span>%2<span class=\"unc\">%3</span>%4<sup class=\"ann\">1</sup>%5")
            .arg(ExportText::tr("negated"), HtmlWriter::escape(ExportText::tr(" absent or ruled out · ")),
                 ExportText::tr("uncertain"),
                 HtmlWriter::escape(ExportText::tr(" suspected · ↑ ↓ outside the reference range · text")),
                 HtmlWriter::escape(ExportText::tr(" annotation")));
    if (document.answer)
        html += QStringLiteral(" · <span class=\"mask\">[…]</span>%1")
                    .arg(HtmlWriter::escape(ExportText::tr(" on the answer page")));
    html += QStringLiteral("</div>\n");
    return html;
}

QString textsHtml(const ExportDocument& document)
{
    QString html;
    if (document.sideBySide) {
        html +=
            QStringLiteral("<table class=\"aligned\"><thead><tr><th>%1</th><th>%2</th></tr></thead><tbody>\n")
                .arg(HtmlWriter::escape(document.columnHeadings.value(0)),
                     HtmlWriter::escape(document.columnHeadings.value(1)));
        for (const AlignedRow& row : document.rows) {
            html += QStringLiteral("<tr>");
            for (const RichText* side : {&row.original, &row.translation}) {
                if (side->isEmpty())
                    html += QStringLiteral("<td class=\"empty\">%1</td>")
                                .arg(side == &row.original ? ExportText::tr("(not in the original)")
                                                           : ExportText::tr("(not in the translation)"));
                else
                    html += QStringLiteral("<td>%1</td>").arg(runsHtml(*side));
            }
            html += QStringLiteral("</tr>\n");
        }
        return html + QStringLiteral("</tbody></table>\n");
    }
    for (const StackedText& text : document.stacked) {
        html += QStringLiteral("<h3>%1</h3>\n").arg(HtmlWriter::escape(text.heading));
        for (const RichText& paragraph : text.paragraphs)
            html += QStringLiteral("<p class=\"text\">%1</p>\n").arg(runsHtml(paragraph));
    }
    return html;
}

QString answerHtml(const ExportDocument& document, const AnswerPage& answer)
{
    QString html = QStringLiteral("<section class=\"answer\"><h2>%1</h2>\n<table class=\"meta\">")
                       .arg(ExportText::tr("Answer page"));
    for (const MetaField& field : answer.caseIdentity)
        html += QStringLiteral("<tr><td class=\"label\">%1</td><td>%2</td></tr>")
                    .arg(HtmlWriter::escape(field.label), HtmlWriter::escape(field.value));
    html += QStringLiteral("</table>\n");
    if (!answer.note.isEmpty())
        html += QStringLiteral("<p class=\"notice\">%1</p>\n").arg(HtmlWriter::escape(answer.note));
    if (!answer.diagnosis.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>\n").arg(ExportText::tr("Final diagnosis"));
        for (const StackedText& text : answer.diagnosis) {
            html += QStringLiteral("<h3>%1</h3>\n").arg(HtmlWriter::escape(text.heading));
            for (const RichText& paragraph : text.paragraphs)
                html += QStringLiteral("<p class=\"text\">%1</p>\n").arg(runsHtml(paragraph));
        }
    }
    if (!answer.findings.isEmpty())
        html += QStringLiteral("<h2>%1</h2>\n").arg(ExportText::tr("Findings that name the diagnosis")) +
                findingsHtml(document.findingColumns, answer.findings);
    if (!answer.teachingPoints.isEmpty())
        html += QStringLiteral("<h2>%1</h2>\n").arg(ExportText::tr("Teaching points")) +
                entriesHtml(answer.teachingPoints);
    if (!answer.notes.isEmpty())
        html += QStringLiteral("<h2>%1</h2>\n").arg(ExportText::tr("Case notes")) + entriesHtml(answer.notes);
    return html + QStringLiteral("</section>\n");
}

} // namespace

QString HtmlWriter::escape(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\''), QStringLiteral("&#39;"));
}

QString HtmlWriter::render(const ExportDocument& document, PageSize size)
{
    QString html =
        QStringLiteral(
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
            "<meta name=\"generator\" content=\"CaseLens\"/>\n<title>%1</title>\n<style>\n%2</style>\n"
            "</head>\n<body>\n<header>\n<p class=\"kicker\">%3</p>\n<h1>%1</h1>\n<table class=\"meta\">")
            .arg(escape(document.title), styleSheet(size),
                 document.answer ? ExportText::tr("TEACHING CASE") : ExportText::tr("CLINICAL CASE REPORT"));
    for (const MetaField& field : document.meta)
        html += QStringLiteral("<tr><td class=\"label\">%1</td><td>%2</td></tr>")
                    .arg(escape(field.label), escape(field.value));
    html += QStringLiteral("</table>\n");
    if (!document.notices.isEmpty()) {
        html += QStringLiteral("<div class=\"notice\">");
        for (const QString& notice : document.notices)
            html += QStringLiteral("<p>%1</p>").arg(escape(notice));
        html += QStringLiteral("</div>\n");
    }
    html += QStringLiteral("</header>\n<main>\n") + legendHtml(document) + textsHtml(document);
    if (!document.questions.isEmpty())
        html += QStringLiteral("<h2>%1</h2>\n").arg(ExportText::tr("Questions for discussion")) +
                entriesHtml(document.questions, true);
    if (!document.annotations.isEmpty())
        html += QStringLiteral("<h2>%1</h2>\n").arg(ExportText::tr("Annotations")) +
                entriesHtml(document.annotations);
    html += QStringLiteral("<h2>%1</h2>\n").arg(ExportText::tr("Findings"));
    html += document.findings.isEmpty() ? QStringLiteral("<p>%1</p>\n").arg(ExportText::tr("No findings."))
                                        : findingsHtml(document.findingColumns, document.findings);
    if (!document.notes.isEmpty())
        html +=
            QStringLiteral("<h2>%1</h2>\n").arg(ExportText::tr("Case notes")) + entriesHtml(document.notes);
    if (document.answer)
        html += answerHtml(document, *document.answer);
    html += QStringLiteral("</main>\n<footer>%1</footer>\n</body>\n</html>\n").arg(escape(document.footer));
    return html;
}

} // namespace caselens
