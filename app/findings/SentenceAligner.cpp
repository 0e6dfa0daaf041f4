#include "SentenceAligner.h"

#include "AlignmentGrid.h"
#include "CodePointMap.h"
#include "Tokenizer.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <limits>
#include <vector>

namespace caselens::findings {
namespace {

// What a sentence shares with its translation: its numbers (digits only, so "0,80" = "0.80")
// and the concepts of its findings, as 64-bit hashes in a sorted vector: the dynamic programme
// compares them for every cell, and merging two sorted vectors allocates nothing.
struct Signature {
    double length = 0;
    std::vector<std::uint64_t> anchors; // sorted, unique
};

std::uint64_t anchorHash(QStringView anchor)
{
    return Tokenizer::hashOf(std::u16string_view(reinterpret_cast<const char16_t*>(anchor.utf16()),
                                                 static_cast<std::size_t>(anchor.size())));
}

std::vector<Signature> signatures(const QString& text, const ExtractionResult& result)
{
    std::vector<Signature> out(static_cast<std::size_t>(result.sentences.size()));
    // Code points are UTF-16 positions unless the text has surrogate pairs (rare): convert only then.
    const bool surrogates =
        std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isHighSurrogate(); });
    for (qsizetype s = 0; s < result.sentences.size(); ++s) {
        const SentenceSpan& sentence = result.sentences[s];
        const int begin = surrogates ? CodePointMap::toUtf16(text, sentence.start) : sentence.start;
        const int end = surrogates ? CodePointMap::toUtf16(text, sentence.end) : sentence.end;
        Signature& signature = out[static_cast<std::size_t>(s)];
        signature.length = std::max(1, sentence.end - sentence.start);
        QString digits;
        for (int i = begin; i <= end && i <= text.size(); ++i) {
            const QChar c = i < end ? text[i] : QChar();
            if (c.isDigit()) {
                digits.append(c);
            } else if ((c == QLatin1Char(',') || c == QLatin1Char('.')) && !digits.isEmpty() && i + 1 < end &&
                       text[i + 1].isDigit()) {
                continue;
            } else if (!digits.isEmpty()) {
                signature.anchors.push_back(anchorHash(QString(QLatin1Char('#') + digits)));
                digits.clear();
            }
        }
    }
    for (const Finding& finding : result.findings) {
        if (finding.conceptId.isEmpty())
            continue;
        // Sentences are in reading order: the last one starting at or before the finding.
        const auto after = std::upper_bound(
            result.sentences.cbegin(), result.sentences.cend(), finding.start,
            [](int start, const SentenceSpan& sentence) { return start < sentence.start; });
        if (after == result.sentences.cbegin())
            continue;
        const auto s = static_cast<std::size_t>(after - result.sentences.cbegin() - 1);
        if (finding.start < result.sentences[static_cast<qsizetype>(s)].end)
            out[s].anchors.push_back(anchorHash(finding.conceptId));
    }
    for (Signature& signature : out) {
        std::sort(signature.anchors.begin(), signature.anchors.end());
        signature.anchors.erase(std::unique(signature.anchors.begin(), signature.anchors.end()),
                                signature.anchors.end());
    }
    return out;
}

// Jaccard similarity of two anchor sets.
double similarity(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b)
{
    if (a.empty() && b.empty())
        return 0;
    std::size_t shared = 0;
    for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++shared;
            ++i;
            ++j;
        }
    }
    return static_cast<double>(shared) / static_cast<double>(a.size() + b.size() - shared);
}

// The anchors of sentences k-1 and k together, for every k (k = 0: empty), computed once rather
// than for every cell of the programme that considers a 2-1 or 1-2 bead ending there.
std::vector<std::vector<std::uint64_t>> pairUnions(const std::vector<Signature>& side)
{
    std::vector<std::vector<std::uint64_t>> unions(side.size());
    for (std::size_t k = 1; k < side.size(); ++k)
        std::set_union(side[k - 1].anchors.begin(), side[k - 1].anchors.end(), side[k].anchors.begin(),
                       side[k].anchors.end(), std::back_inserter(unions[k]));
    return unions;
}

// -log P(|delta|) under Gale & Church's normal model of length ratios.
double lengthCost(double originalLength, double translationLength, double ratio)
{
    constexpr double kVariance = 6.8;
    const double mean = (originalLength + translationLength / ratio) / 2;
    const double delta =
        (translationLength - originalLength * ratio) / std::sqrt(std::max(1.0, mean) * kVariance);
    const double p = std::max(1e-12, 2 * (1 - 0.5 * std::erfc(-std::fabs(delta) / std::sqrt(2.0))));
    return -std::log(p);
}

enum Bead { OneOne, OneZero, ZeroOne, TwoOne, OneTwo, BeadCount };
constexpr int kOriginalSpan[BeadCount] = {1, 1, 0, 2, 1};
constexpr int kTranslationSpan[BeadCount] = {1, 0, 1, 1, 2};
// -log of Gale & Church's bead priors (0.89, 0.0099 split over the two 1-0 kinds, 0.089 over 2-1/1-2).
const double kPrior[BeadCount] = {-std::log(0.89), -std::log(0.0099 / 2), -std::log(0.0099 / 2),
                                  -std::log(0.089 / 2), -std::log(0.089 / 2)};
constexpr double kAnchorWeight = 6.0;

} // namespace

QList<SentenceAlignment> SentenceAligner::align(const QString& originalText, const ExtractionResult& original,
                                                const QString& translationText,
                                                const ExtractionResult& translation)
{
    const std::vector<Signature> a = signatures(originalText, original);
    const std::vector<Signature> b = signatures(translationText, translation);
    const auto n = static_cast<int>(a.size());
    const auto m = static_cast<int>(b.size());
    double totalA = 0;
    double totalB = 0;
    for (const Signature& s : a)
        totalA += s.length;
    for (const Signature& s : b)
        totalB += s.length;
    const double ratio = totalA > 0 && totalB > 0 ? totalB / totalA : 1.0;

    AlignmentGrid grid(n, m);
    const std::vector<std::vector<std::uint64_t>> unionsA = pairUnions(a);
    const std::vector<std::vector<std::uint64_t>> unionsB = pairUnions(b);
    auto beadCost = [&](Bead bead, int i, int j) {
        // The bead ends at original i, translation j (exclusive).
        const int da = kOriginalSpan[bead];
        const int db = kTranslationSpan[bead];
        double lengthA = 0;
        double lengthB = 0;
        for (int k = i - da; k < i; ++k)
            lengthA += a[static_cast<std::size_t>(k)].length;
        for (int k = j - db; k < j; ++k)
            lengthB += b[static_cast<std::size_t>(k)].length;
        if (da == 0 || db == 0)
            return kPrior[bead] + lengthCost(lengthA, lengthB, ratio) / 2;
        const std::vector<std::uint64_t>& anchorsA =
            da == 2 ? unionsA[static_cast<std::size_t>(i - 1)] : a[static_cast<std::size_t>(i - 1)].anchors;
        const std::vector<std::uint64_t>& anchorsB =
            db == 2 ? unionsB[static_cast<std::size_t>(j - 1)] : b[static_cast<std::size_t>(j - 1)].anchors;
        // Two sentences against one earn the anchor bonus only as far as each of the two shares
        // anchors with the other side: otherwise a dropped sentence would hide in a 2-1 bead.
        double anchorSimilarity = similarity(anchorsA, anchorsB);
        if (da == 2)
            for (int k = i - 2; k < i; ++k)
                anchorSimilarity =
                    std::min(anchorSimilarity, similarity(a[static_cast<std::size_t>(k)].anchors, anchorsB));
        if (db == 2)
            for (int k = j - 2; k < j; ++k)
                anchorSimilarity =
                    std::min(anchorSimilarity, similarity(anchorsA, b[static_cast<std::size_t>(k)].anchors));
        return kPrior[bead] + lengthCost(lengthA, lengthB, ratio) - kAnchorWeight * anchorSimilarity;
    };
    grid.fill(kOriginalSpan, kTranslationSpan,
              [&](int bead, int i, int j) { return beadCost(static_cast<Bead>(bead), i, j); });
    QList<SentenceAlignment> alignment;
    int i = n;
    int j = m;
    while (i > 0 || j > 0) {
        const auto bead = static_cast<Bead>(grid.from(i, j));
        const int pi = i - kOriginalSpan[bead];
        const int pj = j - kTranslationSpan[bead];
        const double step = grid.cost(i, j) - grid.cost(pi, pj);
        SentenceAlignment pair;
        pair.originalFirst = pi;
        pair.originalCount = kOriginalSpan[bead];
        pair.translationFirst = pj;
        pair.translationCount = kTranslationSpan[bead];
        // A 1-1 bead of likely lengths sharing anchors costs about 0 or less; map to 0..1.
        pair.score = std::clamp(std::exp(-std::max(0.0, step) / 4), 0.0, 1.0);
        alignment.prepend(pair);
        i = pi;
        j = pj;
    }
    return alignment;
}

} // namespace caselens::findings
