#include "FindingBrat.h"

#include "FindingJson.h"

#include <QStringList>

namespace caselens::cli {

QString FindingBrat::standoff(const QString& text, const ExtractionResult& result)
{
    QString out;
    int attribute = 0;
    int note = 0;
    for (qsizetype i = 0; i < result.findings.size(); ++i) {
        const Finding& finding = result.findings[i];
        const QString id = QStringLiteral("T%1").arg(i + 1);
        // Fragments between line breaks, in code points.
        QStringList fragments;
        int fragmentStart = finding.start;
        int position = finding.start;
        for (const char32_t c : finding.text.toUcs4()) {
            if (c == U'\n' || c == U'\r') {
                if (position > fragmentStart)
                    fragments.append(QStringLiteral("%1 %2").arg(fragmentStart).arg(position));
                fragmentStart = position + 1;
            }
            ++position;
        }
        if (position > fragmentStart)
            fragments.append(QStringLiteral("%1 %2").arg(fragmentStart).arg(position));
        QString spanText = finding.text;
        spanText.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
        out += QStringLiteral("%1\t%2 %3\t%4\n")
                   .arg(id, toKey(finding.category), fragments.join(QLatin1Char(';')), spanText);
        const auto addAttribute = [&](const QString& name, const QString& value = {}) {
            out += QStringLiteral("A%1\t%2 %3%4\n")
                       .arg(++attribute)
                       .arg(name, id, value.isEmpty() ? QString() : QLatin1Char(' ') + value);
        };
        if (finding.negated)
            addAttribute(QStringLiteral("Negated"));
        if (finding.uncertain)
            addAttribute(QStringLiteral("Uncertain"));
        if (finding.historical)
            addAttribute(QStringLiteral("Historical"));
        if (finding.hypothetical)
            addAttribute(QStringLiteral("Hypothetical"));
        if (finding.experiencer == Experiencer::Other)
            addAttribute(QStringLiteral("Experiencer"), QStringLiteral("other"));
        if (finding.flag != ValueFlag::None)
            addAttribute(QStringLiteral("Flag"), toKey(finding.flag));
        QStringList notes;
        if (!finding.conceptId.isEmpty())
            notes.append(finding.conceptId);
        if (!finding.code.isEmpty())
            notes.append(QStringLiteral("code=") + finding.code);
        if (finding.value) {
            QString value = FindingJson::number(*finding.value);
            if (finding.secondValue)
                value += QLatin1Char('/') + FindingJson::number(*finding.secondValue);
            notes.append(QStringLiteral("value=") + value +
                         (finding.unit.isEmpty() ? QString() : QLatin1Char(' ') + finding.unit) +
                         (finding.unitInferred ? QStringLiteral(" (unit inferred)") : QString()));
        }
        if (!finding.section.isEmpty())
            notes.append(QStringLiteral("section=") + finding.section);
        if (!notes.isEmpty())
            out += QStringLiteral("#%1\tAnnotatorNotes %2\t%3\n")
                       .arg(++note)
                       .arg(id, notes.join(QStringLiteral("; ")));
    }
    (void)text;
    return out;
}

} // namespace caselens::cli
