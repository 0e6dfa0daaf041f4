#include "FindingLinker.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <vector>

namespace caselens::findings {
namespace {

int sentenceOf(const ExtractionResult& result, const Finding& finding)
{
    const auto it =
        std::upper_bound(result.sentences.cbegin(), result.sentences.cend(), finding.start,
                         [](int start, const SentenceSpan& sentence) { return start < sentence.start; });
    return static_cast<int>(it - result.sentences.cbegin()) - 1;
}

bool sameValue(std::optional<double> a, std::optional<double> b)
{
    if (!a || !b)
        return !a && !b;
    const double scale = std::max({std::fabs(*a), std::fabs(*b), 1e-9});
    return std::fabs(*a - *b) / scale < 0.01;
}

// Diagnoses and symptoms are one family: lexicons and translators move terms between them.
bool compatibleCategories(FindingCategory a, FindingCategory b)
{
    auto family = [](FindingCategory c) {
        return c == FindingCategory::Symptom ? FindingCategory::Diagnosis : c;
    };
    return family(a) == family(b);
}

QString digitsOf(const QString& text)
{
    QString digits;
    for (const QChar c : text)
        if (c.isDigit())
            digits.append(c);
    return digits;
}

constexpr int kFarthestCounterpart = 40; // sentences from where the original's sentence went

struct CandidateLink {
    int original = 0;
    int translation = 0;
    double score = 0;
    double positionGap = 0;
};

} // namespace

void FindingLinker::link(PairResult& pair, const CanonicalValue& canonicalValue)
{
    const QList<Finding>& a = pair.original.findings;
    const QList<Finding>& b = pair.translation.findings;
    // Where each original sentence went: translation sentence range [first, last].
    std::vector<std::pair<int, int>> target(static_cast<std::size_t>(pair.original.sentences.size()),
                                            {-1, -1});
    int lastTranslation = 0;
    for (const SentenceAlignment& bead : pair.alignment) {
        const int first = bead.translationCount > 0 ? bead.translationFirst : lastTranslation;
        const int last =
            bead.translationCount > 0 ? bead.translationFirst + bead.translationCount - 1 : lastTranslation;
        for (int k = 0; k < bead.originalCount; ++k)
            target[static_cast<std::size_t>(bead.originalFirst + k)] = {first, last};
        if (bead.translationCount > 0)
            lastTranslation = bead.translationFirst + bead.translationCount - 1;
    }
    const double lengthA = std::max(1, a.isEmpty() ? 1 : a.back().end);
    const double lengthB = std::max(1, b.isEmpty() ? 1 : b.back().end);

    std::vector<std::optional<double>> valueA;
    std::vector<std::optional<double>> valueB;
    for (const Finding& f : a)
        valueA.push_back(canonicalValue(f));
    for (const Finding& f : b)
        valueB.push_back(canonicalValue(f));

    // The translation's findings by concept: only those can be counterparts. Each list is in
    // reading order, so its sentences never decrease and the ones near a sentence are a range.
    std::vector<int> sentenceB(static_cast<std::size_t>(b.size()));
    for (qsizetype j = 0; j < b.size(); ++j)
        sentenceB[static_cast<std::size_t>(j)] = sentenceOf(pair.translation, b[j]);
    QHash<QString, std::vector<qsizetype>> byConcept;
    for (qsizetype j = 0; j < b.size(); ++j)
        if (!b[j].conceptId.isEmpty())
            byConcept[b[j].conceptId].push_back(j);

    std::vector<CandidateLink> candidates;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const Finding& fa = a[i];
        if (fa.conceptId.isEmpty())
            continue;
        const auto sameConcept = byConcept.constFind(fa.conceptId);
        if (sameConcept == byConcept.cend())
            continue;
        const int sa = sentenceOf(pair.original, fa);
        const bool aligned =
            sa >= 0 && sa < static_cast<int>(target.size()) && target[static_cast<std::size_t>(sa)].first >= 0;
        const auto [first, last] = aligned ? target[static_cast<std::size_t>(sa)] : std::pair{sa, sa};
        // Further than kFarthestCounterpart sentences, a mention of the same concept is another
        // mention, not the counterpart; and a long report repeats a drug hundreds of times, so the
        // mentions near enough are found by bisection rather than by trying every one.
        const std::vector<qsizetype>& mentions = *sameConcept;
        auto from = std::lower_bound(mentions.begin(), mentions.end(), first - kFarthestCounterpart,
                                     [&](qsizetype j, int sentence) {
                                         return sentenceB[static_cast<std::size_t>(j)] < sentence;
                                     });
        for (auto it = from; it != mentions.end(); ++it) {
            const qsizetype j = *it;
            const int sb = sentenceB[static_cast<std::size_t>(j)];
            if (sb > last + kFarthestCounterpart)
                break;
            const Finding& fb = b[j];
            if (!compatibleCategories(fa.category, fb.category))
                continue;
            if (!sameValue(valueA[static_cast<std::size_t>(i)], valueB[static_cast<std::size_t>(j)]))
                continue;
            if (fa.conceptId == QLatin1String("cl:date") && digitsOf(fa.text) != digitsOf(fb.text))
                continue; // dates: the same digits ("março de 2010" = "March 2010")
            if (fa.category == FindingCategory::VitalSign && !sameValue(fa.secondValue, fb.secondValue))
                continue;
            const int distance = sb < first ? first - sb : (sb > last ? sb - last : 0);
            double score = distance == 0 ? 1.0 : std::max(0.2, 0.85 - 0.15 * (distance - 1));
            if (fa.negated != fb.negated || fa.uncertain != fb.uncertain)
                score *= 0.9; // still the counterpart; the translation check reports the difference
            const double gap = std::fabs(fa.start / lengthA - fb.start / lengthB);
            candidates.push_back({static_cast<int>(i), static_cast<int>(j), score, gap});
        }
    }
    std::sort(candidates.begin(), candidates.end(), [](const CandidateLink& x, const CandidateLink& y) {
        if (x.score != y.score)
            return x.score > y.score;
        if (x.positionGap != y.positionGap)
            return x.positionGap < y.positionGap;
        return std::tie(x.original, x.translation) < std::tie(y.original, y.translation);
    });
    std::vector<bool> usedA(static_cast<std::size_t>(a.size()), false);
    std::vector<bool> usedB(static_cast<std::size_t>(b.size()), false);
    pair.links.clear();
    for (const CandidateLink& candidate : candidates) {
        if (usedA[static_cast<std::size_t>(candidate.original)] ||
            usedB[static_cast<std::size_t>(candidate.translation)])
            continue;
        usedA[static_cast<std::size_t>(candidate.original)] = true;
        usedB[static_cast<std::size_t>(candidate.translation)] = true;
        pair.links.append({candidate.original, candidate.translation, candidate.score});
    }
    std::sort(pair.links.begin(), pair.links.end(), [](const FindingLink& x, const FindingLink& y) {
        return x.originalFinding < y.originalFinding;
    });
    pair.unpairedOriginal.clear();
    pair.unpairedTranslation.clear();
    for (qsizetype i = 0; i < a.size(); ++i)
        if (!usedA[static_cast<std::size_t>(i)])
            pair.unpairedOriginal.append(static_cast<int>(i));
    for (qsizetype j = 0; j < b.size(); ++j)
        if (!usedB[static_cast<std::size_t>(j)])
            pair.unpairedTranslation.append(static_cast<int>(j));
}

} // namespace caselens::findings
