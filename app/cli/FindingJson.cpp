#include "FindingJson.h"

#include <QLocale>
#include <QStringList>

namespace caselens::cli {
namespace {

QString boolean(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QString optionalNumber(const std::optional<double>& value)
{
    return value ? FindingJson::number(*value) : QStringLiteral("null");
}

QString intList(const QList<int>& values)
{
    QStringList parts;
    for (const int value : values)
        parts.append(QString::number(value));
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

} // namespace

QString FindingJson::string(const QString& text)
{
    QString out;
    out.reserve(text.size() + 2);
    out.append(QLatin1Char('"'));
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out.append(QStringLiteral("\\\""));
            break;
        case u'\\':
            out.append(QStringLiteral("\\\\"));
            break;
        case u'\n':
            out.append(QStringLiteral("\\n"));
            break;
        case u'\r':
            out.append(QStringLiteral("\\r"));
            break;
        case u'\t':
            out.append(QStringLiteral("\\t"));
            break;
        default:
            if (c.unicode() < 0x20)
                out.append(QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0')));
            else
                out.append(c);
        }
    }
    out.append(QLatin1Char('"'));
    return out;
}

QString FindingJson::number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString FindingJson::finding(const Finding& f)
{
    QString json =
        QStringLiteral("{\"category\": %1, \"start\": %2, \"end\": %3, \"text\": %4, \"negated\": %5, "
                       "\"uncertain\": %6, \"historical\": %7, \"hypothetical\": %8, \"experiencer\": %9, ")
            .arg(string(toKey(f.category)))
            .arg(f.start)
            .arg(f.end)
            .arg(string(f.text), boolean(f.negated), boolean(f.uncertain), boolean(f.historical),
                 boolean(f.hypothetical), string(toKey(f.experiencer)));
    json += QStringLiteral("\"section\": %1, \"concept\": %2, \"code\": %3, \"value\": %4, ")
                .arg(string(f.section), string(f.conceptId), string(f.code), optionalNumber(f.value));
    if (f.secondValue)
        json += QStringLiteral("\"value2\": %1, ").arg(number(*f.secondValue));
    json += QStringLiteral("\"unit\": %1, \"flag\": %2}").arg(string(f.unit), string(toKey(f.flag)));
    return json;
}

QString FindingJson::extraction(const ExtractionResult& result, bool withSentences, const QString& indent)
{
    QStringList findings;
    for (const Finding& f : result.findings)
        findings.append(indent + QStringLiteral("    ") + finding(f));
    QString json =
        QStringLiteral("{\n%1  \"language\": %2,\n%1  \"findings\": [").arg(indent, string(result.language));
    json += findings.isEmpty() ? QStringLiteral("]")
                               : QLatin1Char('\n') + findings.join(QStringLiteral(",\n")) +
                                     QLatin1Char('\n') + indent + QStringLiteral("  ]");
    if (withSentences) {
        QStringList sentences;
        for (const SentenceSpan& sentence : result.sentences)
            sentences.append(indent + QStringLiteral("    {\"start\": %1, \"end\": %2, \"section\": %3}")
                                          .arg(sentence.start)
                                          .arg(sentence.end)
                                          .arg(string(sentence.section)));
        json += QStringLiteral(",\n%1  \"sentences\": [\n%2\n%1  ]")
                    .arg(indent, sentences.join(QStringLiteral(",\n")));
        QStringList sections;
        for (const SectionSpan& section : result.sections)
            sections.append(
                indent +
                QStringLiteral(
                    "    {\"key\": %1, \"start\": %2, \"end\": %3, \"headingStart\": %4, \"headingEnd\": %5}")
                    .arg(string(section.key))
                    .arg(section.start)
                    .arg(section.end)
                    .arg(section.headingStart)
                    .arg(section.headingEnd));
        json += QStringLiteral(",\n%1  \"sections\": [").arg(indent);
        json += sections.isEmpty() ? QStringLiteral("]")
                                   : QLatin1Char('\n') + sections.join(QStringLiteral(",\n")) +
                                         QLatin1Char('\n') + indent + QStringLiteral("  ]");
    }
    json += QLatin1Char('\n') + indent + QLatin1Char('}');
    return json;
}

QString FindingJson::pair(const PairResult& pair)
{
    QStringList alignment;
    for (const SentenceAlignment& bead : pair.alignment)
        alignment.append(
            QStringLiteral("    {\"originalFirst\": %1, \"originalCount\": %2, \"translationFirst\": %3, "
                           "\"translationCount\": %4, \"score\": %5}")
                .arg(bead.originalFirst)
                .arg(bead.originalCount)
                .arg(bead.translationFirst)
                .arg(bead.translationCount)
                .arg(number(bead.score)));
    QStringList links;
    for (const FindingLink& link : pair.links)
        links.append(QStringLiteral("    {\"original\": %1, \"translation\": %2, \"score\": %3}")
                         .arg(link.originalFinding)
                         .arg(link.translationFinding)
                         .arg(number(link.score)));
    QString json =
        QStringLiteral("{\n  \"original\": ") + extraction(pair.original, true, QStringLiteral("  "));
    json +=
        QStringLiteral(",\n  \"translation\": ") + extraction(pair.translation, true, QStringLiteral("  "));
    json += QStringLiteral(",\n  \"alignment\": [\n") + alignment.join(QStringLiteral(",\n")) +
            QStringLiteral("\n  ]");
    json +=
        QStringLiteral(",\n  \"links\": [") +
        (links.isEmpty() ? QString()
                         : QLatin1Char('\n') + links.join(QStringLiteral(",\n")) + QStringLiteral("\n  "));
    json += QStringLiteral("]");
    json += QStringLiteral(",\n  \"unpaired\": {\"original\": %1, \"translation\": %2}\n}\n")
                .arg(intList(pair.unpairedOriginal), intList(pair.unpairedTranslation));
    return json;
}

} // namespace caselens::cli
