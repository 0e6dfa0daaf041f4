#include "BratWriter.h"

#include "CategoryPalette.h"
#include "ExportDocumentBuilder.h"

namespace caselens {
namespace {

// brat lines are tab-separated, one per line: fields keep neither.
QString oneLine(const QString& text)
{
    QString line = text;
    line.replace(QLatin1Char('\t'), QLatin1Char(' '));
    line.replace(QLatin1Char('\r'), QLatin1Char(' '));
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return line;
}

QString findingNote(const Finding& finding)
{
    QStringList parts;
    if (!finding.conceptId.isEmpty())
        parts << finding.conceptId;
    if (!finding.code.isEmpty() && !finding.conceptId.endsWith(finding.code))
        parts << QStringLiteral("code %1").arg(finding.code);
    const QString value = ExportDocumentBuilder::formatValue(finding);
    if (!value.isEmpty())
        parts << (finding.unit.isEmpty() ? value : QStringLiteral("%1 %2").arg(value, finding.unit));
    if (finding.flag != ValueFlag::None)
        parts << toKey(finding.flag);
    if (finding.state != FindingState::Proposed)
        parts << toKey(finding.state);
    return parts.join(QStringLiteral("; "));
}

QString slice(const QList<uint>& codePoints, int start, int end)
{
    start = std::clamp(start, 0, int(codePoints.size()));
    end = std::clamp(end, start, int(codePoints.size()));
    return QString::fromUcs4(reinterpret_cast<const char32_t*>(codePoints.constData() + start), end - start);
}

} // namespace

QList<BratWriter::Document> BratWriter::render(const CaseBundle& bundle)
{
    QList<Document> documents;
    for (const caselens::Document& source : bundle.aCase.documents) {
        const QList<uint> codePoints = source.text.toUcs4();
        QString ann;
        int textBound = 0, attribute = 0, note = 0;
        for (qsizetype i = 0; i < bundle.findings.size(); ++i) {
            const Finding& finding = bundle.findings[i];
            if (bundle.findingDocumentRoles.value(i) != source.role ||
                finding.state == FindingState::Rejected || finding.end > codePoints.size())
                continue;
            const QString id = QStringLiteral("T%1").arg(++textBound);
            ann += QStringLiteral("%1\t%2 %3 %4\t%5\n")
                       .arg(id, toKey(finding.category))
                       .arg(finding.start)
                       .arg(finding.end)
                       .arg(oneLine(slice(codePoints, finding.start, finding.end)));
            const auto flag = [&](bool set, const char* name) {
                if (set)
                    ann += QStringLiteral("A%1\t%2 %3\n").arg(++attribute).arg(QLatin1String(name), id);
            };
            flag(finding.negated, "Negated");
            flag(finding.uncertain, "Uncertain");
            flag(finding.historical, "Historical");
            flag(finding.hypothetical, "Hypothetical");
            if (finding.experiencer == Experiencer::Other)
                ann += QStringLiteral("A%1\tExperiencer %2 Other\n").arg(++attribute).arg(id);
            const QString text = findingNote(finding);
            if (!text.isEmpty())
                ann += QStringLiteral("#%1\tAnnotatorNotes %2\t%3\n").arg(++note).arg(id, oneLine(text));
        }
        for (qsizetype i = 0; i < bundle.annotations.size(); ++i) {
            const Annotation& annotation = bundle.annotations[i];
            if (annotation.isWholeCase() || bundle.annotationDocumentRoles.value(i) != source.role ||
                annotation.end > codePoints.size() || annotation.end <= annotation.start)
                continue;
            const QString id = QStringLiteral("T%1").arg(++textBound);
            ann += QStringLiteral("%1\t%2 %3 %4\t%5\n")
                       .arg(id, annotationLabel())
                       .arg(annotation.start)
                       .arg(annotation.end)
                       .arg(oneLine(slice(codePoints, annotation.start, annotation.end)));
            QStringList parts{annotation.label};
            if (!annotation.subtype.isEmpty())
                parts << annotation.subtype;
            QString text = parts.join(QStringLiteral(" · "));
            if (!annotation.comment.isEmpty())
                text += QStringLiteral(": ") + annotation.comment;
            QStringList by;
            if (!annotation.author.isEmpty())
                by << annotation.author;
            if (annotation.createdAt.isValid())
                by << annotation.createdAt.toUTC().toString(Qt::ISODate);
            if (!by.isEmpty())
                text += QStringLiteral(" (%1)").arg(by.join(QStringLiteral(", ")));
            ann += QStringLiteral("#%1\tAnnotatorNotes %2\t%3\n").arg(++note).arg(id, oneLine(text));
        }
        documents << Document{source.language, source.text, ann};
    }
    return documents;
}

QString BratWriter::annotationConf()
{
    QString conf =
        QStringLiteral("# CaseLens findings and clinician annotations (brat / INCEpTION)\n[entities]\n");
    for (const FindingCategory category : allFindingCategories())
        conf += toKey(category) + QLatin1Char('\n');
    conf += annotationLabel() + QStringLiteral("\n\n[relations]\n\n[events]\n\n[attributes]\n");
    for (const char* name : {"Negated", "Uncertain", "Historical", "Hypothetical"})
        conf += QStringLiteral("%1\tArg:<ENTITY>\n").arg(QLatin1String(name));
    conf += QStringLiteral("Experiencer\tArg:<ENTITY>, Value:Patient|Other\n");
    return conf;
}

QString BratWriter::visualConf()
{
    QString conf = QStringLiteral("[labels]\n");
    for (const FindingCategory category : allFindingCategories())
        conf += QStringLiteral("%1 | %2\n").arg(toKey(category), displayName(category));
    conf += QStringLiteral("%1 | Clinician annotation | Note\n\n[drawing]\n").arg(annotationLabel());
    for (const FindingCategory category : allFindingCategories())
        conf += QStringLiteral("%1\tbgColor:%2\n")
                    .arg(toKey(category), CategoryPalette::highlight(category, false).name());
    conf += QStringLiteral("%1\tbgColor:#ffffff, borderColor:%2\n")
                .arg(annotationLabel(), CategoryPalette::annotationMarker().name());
    conf +=
        QStringLiteral("Negated\tglyph:✗\nUncertain\tglyph:?\nHistorical\tglyph:H\nHypothetical\tglyph:~\n"
                       "Experiencer\tglyph:↗\n");
    return conf;
}

} // namespace caselens
