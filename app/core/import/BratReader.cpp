#include "BratReader.h"

#include "model/MessageContexts.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace caselens {
namespace {

struct TextBound {
    QString label;
    int start = 0;
    int end = 0;
    QString text;
};

// Our own keys plus the labels of the corpora CaseLens is evaluated on (MACCROBAT).
const QHash<QString, FindingCategory>& labelTable()
{
    static const QHash<QString, FindingCategory> table = [] {
        QHash<QString, FindingCategory> map;
        for (const FindingCategory category : allFindingCategories())
            map.insert(toKey(category), category);
        map.insert(QStringLiteral("sign_symptom"), FindingCategory::Symptom);
        map.insert(QStringLiteral("disease_disorder"), FindingCategory::Diagnosis);
        map.insert(QStringLiteral("lab_value"), FindingCategory::LabResult);
        map.insert(QStringLiteral("diagnostic_procedure"), FindingCategory::Procedure);
        map.insert(QStringLiteral("therapeutic_procedure"), FindingCategory::Procedure);
        map.insert(QStringLiteral("biological_structure"), FindingCategory::Anatomy);
        map.insert(QStringLiteral("duration"), FindingCategory::Time);
        map.insert(QStringLiteral("date"), FindingCategory::Time);
        map.insert(QStringLiteral("vital_signs"), FindingCategory::VitalSign);
        map.insert(QStringLiteral("drug"), FindingCategory::Medication);
        map.insert(QStringLiteral("disease"), FindingCategory::Diagnosis);
        map.insert(QStringLiteral("symptom_sign"), FindingCategory::Symptom);
        return map;
    }();
    return table;
}

// Span text in brat may show a newline of the document as a space.
bool sameText(const QString& expected, const QString& actual)
{
    QString a = expected, b = actual;
    a.replace(QLatin1Char('\n'), QLatin1Char(' '));
    b.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return a.simplified() == b.simplified();
}

} // namespace

std::optional<FindingCategory> BratReader::categoryForLabel(const QString& label)
{
    const auto found = labelTable().constFind(label.trimmed().toLower());
    if (found == labelTable().constEnd())
        return std::nullopt;
    return found.value();
}

Result<BratReader::Parsed> BratReader::parse(const QString& annotations, const QString& text,
                                             const QString& fileName)
{
    const QList<uint> codePoints = text.toUcs4();
    const auto slice = [&](int start, int end) {
        return QString::fromUcs4(reinterpret_cast<const char32_t*>(codePoints.constData() + start),
                                 end - start);
    };

    Parsed parsed;
    QHash<QString, TextBound> textBounds;
    QStringList order;
    QHash<QString, QString> eventTrigger; // E id -> T id
    QList<QStringList> attributes;        // [name, target id, value?]

    const QStringList lines = annotations.split(QLatin1Char('\n'));
    for (qsizetype lineNumber = 0; lineNumber < lines.size(); ++lineNumber) {
        const QString line = lines[lineNumber].trimmed().isEmpty() ? QString() : lines[lineNumber];
        if (line.isEmpty())
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        const QString id = fields.value(0).trimmed();
        const auto problem = [&](const QString& why) {
            return Error{ImportText::tr("%1, line %2: %3").arg(fileName).arg(lineNumber + 1).arg(why)};
        };
        if (id.startsWith(QLatin1Char('T'))) {
            if (fields.size() < 3)
                return problem(ImportText::tr(
                    "a text-bound annotation needs an id, a label with offsets, and the text"));
            const QString spec = fields[1];
            const qsizetype space = spec.indexOf(QLatin1Char(' '));
            if (space < 0)
                return problem(ImportText::tr("no offsets after the label"));
            TextBound bound;
            bound.label = spec.left(space);
            const QStringList fragments = spec.mid(space + 1).split(QLatin1Char(';'));
            bool first = true;
            for (const QString& fragment : fragments) {
                const QStringList offsets = fragment.trimmed().split(QLatin1Char(' '));
                bool startOk = false, endOk = false;
                const int start = offsets.value(0).toInt(&startOk);
                const int end = offsets.value(1).toInt(&endOk);
                if (offsets.size() != 2 || !startOk || !endOk || start < 0 || end <= start ||
                    end > codePoints.size())
                    return problem(ImportText::tr("the offsets '%1' are not a span inside the text")
                                       .arg(fragment.trimmed()));
                bound.start = first ? start : std::min(bound.start, start);
                bound.end = first ? end : std::max(bound.end, end);
                first = false;
            }
            if (fragments.size() > 1)
                ++parsed.discontinuousSpans;
            bound.text = fields[2];
            const QString actual = slice(bound.start, bound.end);
            if (fragments.size() == 1 && !sameText(bound.text, actual))
                return problem(
                    ImportText::tr(
                        "%1 says “%2” but the text there reads “%3”; is this the .ann of another text?")
                        .arg(id, bound.text.left(40), actual.left(40)));
            textBounds.insert(id, bound);
            order << id;
        } else if (id.startsWith(QLatin1Char('E'))) {
            // "E1<TAB>Label:T5 Role:T6 ..." : the trigger is the first argument.
            const QString trigger =
                fields.value(1).section(QLatin1Char(' '), 0, 0).section(QLatin1Char(':'), 1, 1);
            if (!trigger.isEmpty())
                eventTrigger.insert(id, trigger);
        } else if (id.startsWith(QLatin1Char('A')) || id.startsWith(QLatin1Char('M'))) {
            attributes << fields.value(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
        // Relations (R), equivalences (*), notes (#) and normalisations (N) carry nothing we store.
    }

    QHash<QString, qsizetype> findingOfTextBound;
    for (const QString& id : order) {
        const TextBound& bound = textBounds.value(id);
        const auto category = categoryForLabel(bound.label);
        if (!category) {
            ++parsed.skippedLabels[bound.label];
            continue;
        }
        Finding finding;
        finding.start = bound.start;
        finding.end = bound.end;
        finding.category = *category;
        finding.text = slice(bound.start, bound.end);
        finding.source = FindingSource::Clinician;
        finding.state = FindingState::Accepted;
        findingOfTextBound.insert(id, parsed.findings.size());
        parsed.findings << finding;
    }
    for (const QStringList& attribute : attributes) {
        const QString name = attribute.value(0).toLower();
        QString target = attribute.value(1);
        target = eventTrigger.value(target, target);
        if (!findingOfTextBound.contains(target))
            continue;
        Finding& finding = parsed.findings[findingOfTextBound.value(target)];
        const QString value = attribute.value(2).toUpper();
        if (name == u"polarity") {
            finding.negated = finding.negated || value == u"NEG" || value == u"MAYBE_NEG";
            finding.uncertain =
                finding.uncertain || value == u"UNCERTAIN" || value.startsWith(QStringLiteral("MAYBE"));
        } else if (name == u"negated" || name == u"negation") {
            finding.negated = true;
        } else if (name == u"uncertain" || name == u"uncertainty" || name == u"speculated") {
            finding.uncertain = true;
        } else if (name == u"historical") {
            finding.historical = true;
        } else if (name == u"hypothetical") {
            finding.hypothetical = true;
        } else if (name == u"experiencer" && value == u"OTHER") {
            finding.experiencer = Experiencer::Other;
        }
    }
    return parsed;
}

} // namespace caselens
