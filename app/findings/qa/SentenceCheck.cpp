#include "SentenceCheck.h"

#include "QaAligner.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace caselens::qa {
namespace {

constexpr int kMinimumWords = 3;
constexpr int kMoveReach = 3;            // beads between a "lost" and an "added" sentence that are one
constexpr double kMovedSimilarity = 0.3; // shared anchors and stems (Jaccard, summed) that make them one
// How much better (in -log probability) "one sentence and a lost one" must explain a 2-1 bead
// than "two sentences merged into one" (chosen on the tuning halves, tools/qa).
constexpr double kLossPrice = 1.0;

// What a sentence shares with its translation: the concepts of its findings and its numbers
// (digits only, so "0,80" = "0.80"), as the aligner's anchors.
struct Content {
    QSet<QString> anchors; // concepts and numbers
    QSet<QString> stems;   // cognate keys
    double length = 0;
    bool clinical = false; // a finding with a concept, or a number
};

std::vector<Content> contents(const SideView& side)
{
    std::vector<Content> out(static_cast<std::size_t>(side.sentenceCount()));
    for (int s = 0; s < side.sentenceCount(); ++s) {
        const findings::SentenceBounds& bounds = side.sentences()[static_cast<std::size_t>(s)];
        Content& content = out[static_cast<std::size_t>(s)];
        content.length = std::max(1, side.toCodePoint(bounds.end) - side.toCodePoint(bounds.start));
        QString digits;
        for (int t = bounds.firstToken; t <= bounds.endToken; ++t) {
            const bool number = t < bounds.endToken && side.tokens()[static_cast<std::size_t>(t)].kind ==
                                                           findings::TokenKind::Number;
            const bool separator =
                t < bounds.endToken && !digits.isEmpty() &&
                side.tokens()[static_cast<std::size_t>(t)].glued &&
                (side.tokenText(t) == QLatin1String(",") || side.tokenText(t) == QLatin1String("."));
            if (number) {
                digits += side.tokenText(t);
            } else if (!separator && !digits.isEmpty()) {
                content.anchors.insert(QLatin1Char('#') + digits);
                digits.clear();
            }
        }
        content.clinical = !content.anchors.isEmpty();
        // Cognates: medical Portuguese, Spanish and English share word stems ("anestesia",
        // "anesthesia"; "hemodinâmica", "hemodynamic"), so the first four letters of the longer
        // words say which sentences correspond far more often than the findings alone.
        for (int t = bounds.firstToken; t < bounds.endToken; ++t) {
            const findings::Token& token = side.tokens()[static_cast<std::size_t>(t)];
            if (token.kind == findings::TokenKind::Word && token.length() >= 5) {
                const std::u16string_view folded = side.foldedToken(t);
                content.stems.insert(QString::fromUtf16(folded.data(), 4));
            }
        }
    }
    for (qsizetype f = 0; f < side.result().findings.size(); ++f) {
        const int sentence = side.sentenceOfFinding(static_cast<int>(f));
        const Finding& finding = side.result().findings[f];
        if (sentence >= 0 && !finding.conceptId.isEmpty()) {
            out[static_cast<std::size_t>(sentence)].anchors.insert(finding.conceptId);
            out[static_cast<std::size_t>(sentence)].clinical = true;
        }
    }
    return out;
}

int shared(const QSet<QString>& a, const QSet<QString>& b)
{
    int count = 0;
    for (const QString& anchor : a)
        count += b.contains(anchor) ? 1 : 0;
    return count;
}

// Translation length per original length. Taken from the one-to-one beads (their median) rather
// than the whole texts: a lost sentence shortens the whole translation and would hide itself.
double lengthRatio(const PairView& pair, const std::vector<Content>& original,
                   const std::vector<Content>& translation)
{
    std::vector<double> ratios;
    for (const Bead& bead : pair.beads())
        if (bead.originalCount == 1 && bead.translationCount == 1)
            ratios.push_back(translation[static_cast<std::size_t>(bead.translationFirst)].length /
                             original[static_cast<std::size_t>(bead.originalFirst)].length);
    if (!ratios.empty()) {
        std::nth_element(ratios.begin(), ratios.begin() + static_cast<std::ptrdiff_t>(ratios.size() / 2),
                         ratios.end());
        return ratios[ratios.size() / 2];
    }
    double a = 0;
    double b = 0;
    for (const Content& c : original)
        a += c.length;
    for (const Content& c : translation)
        b += c.length;
    return a > 0 && b > 0 ? b / a : 1.0;
}

QaIssue sentenceIssue(const SideView& side, int sentence, bool omitted, bool clinical)
{
    QaIssue issue;
    issue.type = omitted ? IssueType::Omission : IssueType::Addition;
    issue.severity = clinical ? Severity::Major : Severity::Minor;
    (omitted ? issue.original : issue.translation) = side.sentenceSpan(sentence);
    issue.message = omitted ? QCoreApplication::translate("TranslationCheck", "This sentence of the original has no counterpart in the translation.")
                            : QCoreApplication::translate("TranslationCheck", "This sentence of the translation has no counterpart in the original.");
    return issue;
}

double similarity(const QSet<QString>& a, const QSet<QString>& b)
{
    if (a.isEmpty() && b.isEmpty())
        return 0;
    const int common = shared(a, b);
    return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

// Two sentences against one: the alignment prefers a merge to a lost sentence (a loss is rare in
// translated text, Gale & Church's priors say), so a sentence lost next to a kept one shows up
// as a 2-1 bead. Scored like the aligner scores beads (length cost less the anchors shared),
// "one kept, one lost" against "both merged into one", with a fixed price for a loss.
int hiddenSentence(const std::vector<Content>& two, int first, const Content& one, double ratio,
                   bool pairIsOriginal)
{
    const Content& a = two[static_cast<std::size_t>(first)];
    const Content& b = two[static_cast<std::size_t>(first + 1)];
    const double weight = QaAligner::kAnchorWeight;
    const double price = kLossPrice;
    const auto cost = [&](double length, const QSet<QString>& anchors, const QSet<QString>& stems) {
        return (pairIsOriginal ? QaAligner::lengthCost(length, one.length, ratio)
                               : QaAligner::lengthCost(one.length, length, ratio)) -
               weight * (similarity(anchors, one.anchors) + similarity(stems, one.stems));
    };
    const double merged = cost(a.length + b.length, a.anchors + b.anchors, a.stems + b.stems);
    int lost = -1;
    double best = merged;
    for (int gone = 0; gone < 2; ++gone) {
        const Content& kept = gone == 0 ? b : a;
        const double alone = cost(kept.length, kept.anchors, kept.stems) + price;
        if (alone < best) {
            best = alone;
            lost = first + gone;
        }
    }
    return lost;
}

} // namespace

void checkSentences(const PairView& pair, const CheckContext& /*context*/, QList<QaIssue>& issues)
{
    const SideView& original = pair.original();
    const SideView& translation = pair.translation();
    std::vector<Content> originalContent;
    std::vector<Content> translationContent;
    double ratio = 1;
    struct Lone {
        int sentence = 0;
        int bead = 0;
        bool translationSide = false;
    };
    std::vector<Lone> lone;
    for (std::size_t b = 0; b < pair.beads().size(); ++b) {
        const Bead& bead = pair.beads()[b];
        const bool omitted =
            bead.translationCount == 0 || (bead.originalCount == 2 && bead.translationCount == 1);
        const bool added = bead.originalCount == 0 || (bead.originalCount == 1 && bead.translationCount == 2);
        if (!omitted && !added)
            continue;
        if (originalContent.empty() && translationContent.empty()) {
            originalContent = contents(original);
            translationContent = contents(translation);
            ratio = lengthRatio(pair, originalContent, translationContent);
        }
        const SideView& side = omitted ? original : translation;
        const std::vector<Content>& content = omitted ? originalContent : translationContent;
        const int first = omitted ? bead.originalFirst : bead.translationFirst;
        const int count = omitted ? bead.originalCount : bead.translationCount;
        if (bead.originalCount == 0 || bead.translationCount == 0) {
            for (int s = first; s < first + count; ++s)
                if (side.wordsInSentence(s) >= kMinimumWords)
                    lone.push_back({s, static_cast<int>(b), !omitted});
            continue;
        }
        const Content& one = omitted ? translationContent[static_cast<std::size_t>(bead.translationFirst)]
                                     : originalContent[static_cast<std::size_t>(bead.originalFirst)];
        const int lost = hiddenSentence(content, first, one, ratio, omitted);
        if (lost >= 0 && side.wordsInSentence(lost) >= kMinimumWords)
            lone.push_back({lost, static_cast<int>(b), !omitted});
    }
    // A sentence "lost" on one side and one "added" on the other a few sentences away that say
    // the same thing were moved, not lost: the authors of two versions order them differently.
    std::vector<bool> moved(lone.size(), false);
    for (std::size_t i = 0; i < lone.size(); ++i) {
        for (std::size_t j = 0; j < lone.size(); ++j) {
            if (lone[i].translationSide || !lone[j].translationSide ||
                std::abs(lone[i].bead - lone[j].bead) > kMoveReach)
                continue;
            const Content& a = originalContent[static_cast<std::size_t>(lone[i].sentence)];
            const Content& b = translationContent[static_cast<std::size_t>(lone[j].sentence)];
            if (similarity(a.anchors, b.anchors) + similarity(a.stems, b.stems) >= kMovedSimilarity)
                moved[i] = moved[j] = true;
        }
    }
    for (std::size_t i = 0; i < lone.size(); ++i) {
        if (moved[i])
            continue;
        const bool omitted = !lone[i].translationSide;
        const std::vector<Content>& content = omitted ? originalContent : translationContent;
        issues.append(sentenceIssue(omitted ? original : translation, lone[i].sentence, omitted,
                                    content[static_cast<std::size_t>(lone[i].sentence)].clinical));
    }
}

} // namespace caselens::qa
