#include "CsvWriter.h"

#include "ExportDocumentBuilder.h"
#include "FindingPairs.h"

namespace caselens {
namespace {

QString boolean(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QString number(const std::optional<double>& value)
{
    if (!value)
        return {};
    Finding finding;
    finding.value = value;
    return ExportDocumentBuilder::formatValue(finding);
}

// Formula injection (OWASP "CSV injection"): a cell a spreadsheet would evaluate.
QString safeText(const QString& text)
{
    static const QString risky = QStringLiteral("=+-@\t\r");
    return !text.isEmpty() && risky.contains(text[0]) ? QLatin1Char('\'') + text : text;
}

} // namespace

QStringList CsvWriter::columns()
{
    return {QStringLiteral("category"),
            QStringLiteral("original_text"),
            QStringLiteral("translation_text"),
            QStringLiteral("value"),
            QStringLiteral("value2"),
            QStringLiteral("unit"),
            QStringLiteral("flag"),
            QStringLiteral("state"),
            QStringLiteral("negated"),
            QStringLiteral("uncertain"),
            QStringLiteral("concept"),
            QStringLiteral("code"),
            QStringLiteral("original_start"),
            QStringLiteral("original_end"),
            QStringLiteral("translation_start"),
            QStringLiteral("translation_end")};
}

QString CsvWriter::field(const QString& value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CsvWriter::render(const CaseBundle& bundle)
{
    const auto line = [](const QStringList& fields) -> QString {
        QStringList quoted;
        for (const QString& value : fields)
            quoted << field(value);
        return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    QString csv = line(columns());
    for (const FindingPair& pair : pairFindings(bundle, [](qsizetype) { return true; })) {
        const Finding* original = pair.original >= 0 ? &bundle.findings[pair.original] : nullptr;
        const Finding* translation = pair.translation >= 0 ? &bundle.findings[pair.translation] : nullptr;
        const Finding& main = bundle.findings[pair.main()];
        csv += line({toKey(main.category), original ? safeText(original->text) : QString(),
                     translation ? safeText(translation->text) : QString(), number(main.value),
                     number(main.secondValue), main.unit, toKey(main.flag), toKey(main.state),
                     boolean(main.negated), boolean(main.uncertain), main.conceptId, main.code,
                     original ? QString::number(original->start) : QString(),
                     original ? QString::number(original->end) : QString(),
                     translation ? QString::number(translation->start) : QString(),
                     translation ? QString::number(translation->end) : QString()});
    }
    return csv;
}

} // namespace caselens
