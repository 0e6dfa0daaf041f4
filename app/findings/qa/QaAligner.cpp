#include "QaAligner.h"

#include "findings/AlignmentGrid.h"
#include "findings/Tokenizer.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>

namespace caselens::qa {
namespace {

using findings::Token;
using findings::TokenKind;

// Costs are -log probabilities, as in Gale & Church. kLost and the anchors' weight were chosen on
// the tuning halves with tools/qa (lost 3, 4, 5 × weight 6, 10: 4 and 10 kept 0.86 of deleted
// sentences found at 0.14 sentence issues per clean pair; then weight 10, 12, 14, 18 at lost 4:
// 12 found 0.868 of MultiNEL's and 0.938 of CodiEsp's for 0.15 and 1.5 issues per clean pair).
constexpr double kOneOne = 0.117;      // -log 0.89, Gale & Church's 1-1 prior
constexpr double kTwoOne = 3.11;       // -log (0.089 / 2)
constexpr double kLost = 4.0;          // one sentence on one side only, whatever its length
constexpr std::size_t kStemLetters = 4;
constexpr int kStemMinimumLength = 5;

struct Sentence {
    double length = 1;
    std::vector<std::uint64_t> keys; // sorted, unique
};

std::uint64_t salted(std::uint64_t hash, std::uint64_t salt)
{
    return findings::Tokenizer::mix(hash ^ salt);
}

std::vector<Sentence> sentencesOf(const SideView& side)
{
    std::vector<Sentence> out(static_cast<std::size_t>(side.sentenceCount()));
    for (int s = 0; s < side.sentenceCount(); ++s) {
        const findings::SentenceBounds& bounds = side.sentences()[static_cast<std::size_t>(s)];
        Sentence& sentence = out[static_cast<std::size_t>(s)];
        sentence.length = std::max(1, side.toCodePoint(bounds.end) - side.toCodePoint(bounds.start));
        std::u16string digits;
        for (int t = bounds.firstToken; t <= bounds.endToken; ++t) {
            const Token* token = t < bounds.endToken ? &side.tokens()[static_cast<std::size_t>(t)] : nullptr;
            if (token && token->kind == TokenKind::Number) {
                digits += side.foldedToken(t);
                continue;
            }
            // Digits only, so that "0,80" and "0.80" are one anchor.
            const bool separator = token && token->glued && !digits.empty() && token->length() == 1 &&
                                   (side.text()[token->start] == QLatin1Char(',') ||
                                    side.text()[token->start] == QLatin1Char('.'));
            if (!separator && !digits.empty()) {
                sentence.keys.push_back(salted(findings::Tokenizer::hashOf(digits), 1));
                digits.clear();
            }
            if (token && token->kind == TokenKind::Word && token->length() >= kStemMinimumLength)
                sentence.keys.push_back(
                    salted(findings::Tokenizer::hashOf(side.foldedToken(t).substr(0, kStemLetters)), 2));
        }
    }
    for (qsizetype f = 0; f < side.result().findings.size(); ++f) {
        const int s = side.sentenceOfFinding(static_cast<int>(f));
        const QString& conceptId = side.result().findings[f].conceptId;
        if (s >= 0 && !conceptId.isEmpty())
            out[static_cast<std::size_t>(s)].keys.push_back(
                salted(findings::Tokenizer::hashOf(
                           std::u16string_view(reinterpret_cast<const char16_t*>(conceptId.utf16()),
                                               static_cast<std::size_t>(conceptId.size()))),
                       3));
    }
    for (Sentence& sentence : out) {
        std::sort(sentence.keys.begin(), sentence.keys.end());
        sentence.keys.erase(std::unique(sentence.keys.begin(), sentence.keys.end()), sentence.keys.end());
    }
    return out;
}

std::size_t common(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b)
{
    std::size_t n = 0;
    for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++n;
            ++i;
            ++j;
        }
    }
    return n;
}

double jaccard(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b)
{
    if (a.empty() && b.empty())
        return 0;
    const std::size_t shared = common(a, b);
    return static_cast<double>(shared) / static_cast<double>(a.size() + b.size() - shared);
}

std::vector<std::uint64_t> merged(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b)
{
    std::vector<std::uint64_t> out;
    out.reserve(a.size() + b.size());
    std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
    return out;
}

enum Kind { OneOne, OneZero, ZeroOne, TwoOne, OneTwo, KindCount };
constexpr int kOriginalSpan[KindCount] = {1, 1, 0, 2, 1};
constexpr int kTranslationSpan[KindCount] = {1, 0, 1, 1, 2};

// The keys of sentences k-1 and k together, for every k: computed once, not per cell.
std::vector<std::vector<std::uint64_t>> pairUnions(const std::vector<Sentence>& side)
{
    std::vector<std::vector<std::uint64_t>> unions(side.size());
    for (std::size_t k = 1; k < side.size(); ++k)
        unions[k] = merged(side[k - 1].keys, side[k].keys);
    return unions;
}

std::vector<Bead> run(const std::vector<Sentence>& a, const std::vector<Sentence>& b, double ratio)
{
    const std::vector<std::vector<std::uint64_t>> unionsA = pairUnions(a);
    const std::vector<std::vector<std::uint64_t>> unionsB = pairUnions(b);
    const auto n = static_cast<int>(a.size());
    const auto m = static_cast<int>(b.size());
    const double infinity = std::numeric_limits<double>::infinity();
    findings::AlignmentGrid grid(n, m);
    const auto beadCost = [&](Kind kind, int i, int j) {
        switch (kind) {
        case OneZero:
        case ZeroOne:
            return kLost;
        case OneOne: {
            const Sentence& x = a[static_cast<std::size_t>(i - 1)];
            const Sentence& y = b[static_cast<std::size_t>(j - 1)];
            return kOneOne + QaAligner::lengthCost(x.length, y.length, ratio) -
                   QaAligner::kAnchorWeight * jaccard(x.keys, y.keys);
        }
        case TwoOne:
        case OneTwo: {
            const bool twoOriginal = kind == TwoOne;
            const std::vector<Sentence>& pairSide = twoOriginal ? a : b;
            const int last = twoOriginal ? i : j;
            const Sentence& first = pairSide[static_cast<std::size_t>(last - 2)];
            const Sentence& second = pairSide[static_cast<std::size_t>(last - 1)];
            const Sentence& single =
                twoOriginal ? b[static_cast<std::size_t>(j - 1)] : a[static_cast<std::size_t>(i - 1)];
            const double length = first.length + second.length;
            // Each of the two earns the merge only as far as it shares anchors with the other
            // side: a lost sentence must not hide in a merge.
            const std::vector<std::uint64_t>& both =
                (twoOriginal ? unionsA : unionsB)[static_cast<std::size_t>(last - 1)];
            const double similarity =
                std::min({jaccard(both, single.keys), 2 * jaccard(first.keys, single.keys),
                          2 * jaccard(second.keys, single.keys)});
            return kTwoOne +
                   (twoOriginal ? QaAligner::lengthCost(length, single.length, ratio)
                                : QaAligner::lengthCost(single.length, length, ratio)) -
                   QaAligner::kAnchorWeight * similarity;
        }
        case KindCount:
            break;
        }
        return infinity;
    };
    grid.fill(kOriginalSpan, kTranslationSpan,
              [&](int kind, int i, int j) { return beadCost(static_cast<Kind>(kind), i, j); });
    std::vector<Bead> beads;
    for (int i = n, j = m; i > 0 || j > 0;) {
        const int kind = grid.from(i, j);
        const int pi = i - kOriginalSpan[kind];
        const int pj = j - kTranslationSpan[kind];
        const double step = grid.cost(i, j) - grid.cost(pi, pj);
        beads.push_back({pi, kOriginalSpan[kind], pj, kTranslationSpan[kind],
                         std::clamp(std::exp(-std::max(0.0, step) / 4), 0.0, 1.0)});
        i = pi;
        j = pj;
    }
    std::reverse(beads.begin(), beads.end());
    return beads;
}

} // namespace

double QaAligner::lengthCost(double originalLength, double translationLength, double ratio)
{
    constexpr double kVariance = 6.8;
    const double mean = (originalLength + translationLength / ratio) / 2;
    const double delta =
        (translationLength - originalLength * ratio) / std::sqrt(std::max(1.0, mean) * kVariance);
    const double p = std::max(1e-12, 2 * (1 - 0.5 * std::erfc(-std::fabs(delta) / std::sqrt(2.0))));
    return -std::log(p);
}

std::vector<Bead> QaAligner::align(const SideView& original, const SideView& translation)
{
    const std::vector<Sentence> a = sentencesOf(original);
    const std::vector<Sentence> b = sentencesOf(translation);
    double totalA = 0;
    double totalB = 0;
    for (const Sentence& s : a)
        totalA += s.length;
    for (const Sentence& s : b)
        totalB += s.length;
    const double whole = totalA > 0 && totalB > 0 ? totalB / totalA : 1.0;
    std::vector<Bead> beads = run(a, b, whole);
    // Again with the one-to-one pairs' median ratio, when a loss skewed the whole texts' one.
    std::vector<double> ratios;
    for (const Bead& bead : beads)
        if (bead.originalCount == 1 && bead.translationCount == 1)
            ratios.push_back(b[static_cast<std::size_t>(bead.translationFirst)].length /
                             a[static_cast<std::size_t>(bead.originalFirst)].length);
    if (ratios.size() >= 2) {
        std::nth_element(ratios.begin(), ratios.begin() + static_cast<std::ptrdiff_t>(ratios.size() / 2),
                         ratios.end());
        const double median = ratios[ratios.size() / 2];
        if (std::fabs(median - whole) > 0.05 * whole)
            beads = run(a, b, median);
    }
    return beads;
}

} // namespace caselens::qa
