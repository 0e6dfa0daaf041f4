#include "SpanScorer.h"

#include <QSet>

namespace caselens::evaluation {
namespace {

struct Span {
    int start;
    int end;
    bool negated;
};

bool overlaps(const Span& a, const GoldSpan& b)
{
    return a.start < b.end && b.start < a.end;
}

QString excerpt(const QList<uint>& points, int start, int end)
{
    QString out;
    for (int i = start; i < end && i < points.size(); ++i)
        out += QString::fromUcs4(reinterpret_cast<const char32_t*>(&points[i]), 1);
    return out.simplified();
}

} // namespace

QStringList SpanScorer::evaluationCategories(FindingCategory category)
{
    switch (category) {
    case FindingCategory::Diagnosis:
        return {QStringLiteral("diagnosis"), QStringLiteral("condition")};
    case FindingCategory::Symptom:
        return {QStringLiteral("symptom"), QStringLiteral("condition")};
    case FindingCategory::VitalSign:
    case FindingCategory::LabResult:
        return {QStringLiteral("value")};
    case FindingCategory::Organism:
        return {};
    default:
        return {toKey(category)};
    }
}

void SpanScorer::add(const GoldDocument& gold, const ExtractionResult& extracted)
{
    // Gold spans per category; diagnosis and symptom also make "condition".
    QMap<QString, QList<GoldSpan>> goldByCategory;
    for (const GoldSpan& span : gold.spans) {
        if (span.category == QLatin1String("event"))
            continue;
        goldByCategory[span.category].append(span);
        if (span.category == QLatin1String("diagnosis") || span.category == QLatin1String("symptom")) {
            GoldSpan condition = span;
            condition.category = QStringLiteral("condition");
            goldByCategory[condition.category].append(condition);
        }
    }
    const QList<uint> points = gold.text.toUcs4();
    QMap<QString, QList<Span>> predictedByCategory;
    for (const Finding& finding : extracted.findings) {
        const bool value =
            finding.category == FindingCategory::VitalSign || finding.category == FindingCategory::LabResult;
        if (m_splitValues && value) {
            // The number starts at the first digit; the name is what comes before it, less the
            // punctuation and spaces between them ("Fc: 109 bpm" -> "Fc" and "109 bpm").
            int digit = finding.start;
            while (digit < finding.end && !QChar::isDigit(static_cast<char32_t>(points[digit])))
                ++digit;
            int nameEnd = digit;
            while (nameEnd > finding.start &&
                   !QChar::isLetterOrNumber(static_cast<char32_t>(points[nameEnd - 1])))
                --nameEnd;
            if (digit > finding.start && nameEnd > finding.start)
                predictedByCategory[QStringLiteral("procedure")].append({finding.start, nameEnd, false});
            predictedByCategory[QStringLiteral("value")].append(
                {digit < finding.end ? digit : finding.start, finding.end, false});
            continue;
        }
        for (const QString& category : evaluationCategories(finding.category))
            predictedByCategory[category].append({finding.start, finding.end, finding.negated});
        if (m_organismsAreConditions && finding.category == FindingCategory::Organism)
            predictedByCategory[QStringLiteral("condition")].append(
                {finding.start, finding.end, finding.negated});
    }

    for (auto it = goldByCategory.cbegin(); it != goldByCategory.cend(); ++it) {
        const QString& category = it.key();
        const QList<GoldSpan>& goldSpans = it.value();
        const QList<Span> predicted = predictedByCategory.value(category);
        CategoryScore& score = m_scores[category];
        score.gold += static_cast<int>(goldSpans.size());
        score.predicted += static_cast<int>(predicted.size());
        score.strict.gold += static_cast<int>(goldSpans.size());
        score.strict.predicted += static_cast<int>(predicted.size());
        QSet<qsizetype> usedGold;
        for (const Span& span : predicted) {
            bool overlapping = false;
            for (qsizetype g = 0; g < goldSpans.size(); ++g) {
                if (!overlaps(span, goldSpans[g]))
                    continue;
                overlapping = true;
                if (goldSpans[g].start == span.start && goldSpans[g].end == span.end &&
                    !usedGold.contains(g)) {
                    usedGold.insert(g);
                    ++score.strict.truePositives;
                }
            }
            if (overlapping)
                ++score.overlapPredicted;
            else
                m_errors.append(QStringLiteral("%1\t%2\tspurious\t%3")
                                    .arg(gold.id, category, excerpt(points, span.start, span.end)));
        }
        for (const GoldSpan& span : goldSpans) {
            bool found = false;
            for (const Span& p : predicted)
                found = found || overlaps(p, span);
            if (found)
                ++score.overlapGold;
            else
                m_errors.append(QStringLiteral("%1\t%2\tmissed\t%3")
                                    .arg(gold.id, category, excerpt(points, span.start, span.end)));
        }
    }

    // Negation, on gold spans with a polarity that a negatable finding overlaps.
    for (const GoldSpan& span : gold.spans) {
        if (span.polarity == 0 || span.category == QLatin1String("value") ||
            span.category == QLatin1String("time") || span.category == QLatin1String("age") ||
            span.category == QLatin1String("sex"))
            continue;
        bool covered = false;
        bool negated = false;
        for (const Finding& finding : extracted.findings) {
            if (finding.category == FindingCategory::Age || finding.category == FindingCategory::Sex ||
                finding.category == FindingCategory::Time || finding.category == FindingCategory::VitalSign ||
                finding.category == FindingCategory::LabResult)
                continue;
            if (finding.start < span.end && span.start < finding.end) {
                covered = true;
                negated = negated || finding.negated;
            }
        }
        if (!covered)
            continue;
        const bool goldNegated = span.polarity > 0;
        if (goldNegated)
            ++m_negation.gold;
        if (negated)
            ++m_negation.predicted;
        if (goldNegated && negated)
            ++m_negation.truePositives;
        if (goldNegated != negated)
            m_errors.append(QStringLiteral("%1\tnegation\t%2\t%3")
                                .arg(gold.id,
                                     goldNegated ? QStringLiteral("missed") : QStringLiteral("spurious"),
                                     excerpt(points, span.start, span.end)));
    }
}

} // namespace caselens::evaluation
