#include "ContextDriftCheck.h"

#include "findings/ContextAnalyzer.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace caselens::qa {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TranslationCheck", text);
}

struct TriggerCounts {
    int negations = 0;
    int uncertainties = 0;
};

// Negation and uncertainty triggers of every sentence of one side.
std::vector<TriggerCounts> countTriggers(const SideView& side, const findings::ContextAnalyzer& context)
{
    std::vector<TriggerCounts> counts(static_cast<std::size_t>(side.sentenceCount()));
    std::vector<findings::TriggerHit> hits;
    for (int s = 0; s < side.sentenceCount(); ++s) {
        context.findTriggers(side.tokens(), side.sentences()[static_cast<std::size_t>(s)], side.languageIndex(),
                             hits);
        // Overlapping triggers (": no" and "no") are one trigger, as in ConText's scoping.
        std::sort(hits.begin(), hits.end(), [](const findings::TriggerHit& a, const findings::TriggerHit& b) {
            return a.firstToken != b.firstToken ? a.firstToken < b.firstToken : a.endToken > b.endToken;
        });
        int covered = -1;
        for (const findings::TriggerHit& hit : hits) {
            if (hit.firstToken < covered)
                continue;
            covered = hit.endToken;
            if (hit.category == findings::ContextCategory::Negated)
                ++counts[static_cast<std::size_t>(s)].negations;
            else if (hit.category == findings::ContextCategory::Possible)
                ++counts[static_cast<std::size_t>(s)].uncertainties;
        }
    }
    return counts;
}

// The triggers of the sentences of a bead on one side (or of the one sentence, without a bead).
TriggerCounts passageCounts(const std::vector<TriggerCounts>& counts, int sentence, int bead, int first, int count)
{
    TriggerCounts total;
    if (bead < 0) {
        if (sentence >= 0)
            total = counts[static_cast<std::size_t>(sentence)];
        return total;
    }
    for (int s = first; s < first + count; ++s) {
        total.negations += counts[static_cast<std::size_t>(s)].negations;
        total.uncertainties += counts[static_cast<std::size_t>(s)].uncertainties;
    }
    return total;
}

Severity polaritySeverity(const Finding& finding)
{
    switch (finding.category) {
    case FindingCategory::Diagnosis:
    case FindingCategory::Symptom:
    case FindingCategory::Medication:
    case FindingCategory::Organism:
        return Severity::Critical;
    default:
        return Severity::Major;
    }
}

} // namespace

void checkContextDrift(const PairView& pair, const CheckContext& context, QList<QaIssue>& issues)
{
    const SideView& original = pair.original();
    const SideView& translation = pair.translation();
    std::vector<TriggerCounts> originalCounts;
    std::vector<TriggerCounts> translationCounts;
    // One lost "no" negates a whole list ("sem febre, tosse ou dispneia"): one issue per
    // trigger that differs, on the first finding it changed, not one per finding.
    std::vector<int> negationsReported(pair.beads().size() + 1, 0);
    std::vector<int> doubtsReported(pair.beads().size() + 1, 0);
    for (const FindingLink& link : pair.pair().links) {
        const int a = static_cast<int>(link.originalFinding);
        const int b = static_cast<int>(link.translationFinding);
        const Finding& fa = original.result().findings[a];
        const Finding& fb = translation.result().findings[b];
        const bool polarity = fa.negated != fb.negated;
        const bool certainty = !polarity && fa.uncertain != fb.uncertain;
        if (!polarity && !certainty)
            continue;
        if (originalCounts.empty() && translationCounts.empty()) {
            originalCounts = countTriggers(original, context.context);
            translationCounts = countTriggers(translation, context.context);
        }
        const int sa = original.sentenceOfFinding(a);
        const int sb = translation.sentenceOfFinding(b);
        const int beadA = pair.beadOfOriginalSentence(sa);
        const int beadB = pair.beadOfTranslationSentence(sb);
        const Bead* ba = beadA >= 0 ? &pair.beads()[static_cast<std::size_t>(beadA)] : nullptr;
        const Bead* bb = beadB >= 0 ? &pair.beads()[static_cast<std::size_t>(beadB)] : nullptr;
        const TriggerCounts ca = passageCounts(originalCounts, sa, beadA, ba ? ba->originalFirst : 0,
                                               ba ? ba->originalCount : 0);
        const TriggerCounts cb = passageCounts(translationCounts, sb, beadB, bb ? bb->translationFirst : 0,
                                               bb ? bb->translationCount : 0);
        const std::size_t slot = beadA >= 0 ? static_cast<std::size_t>(beadA) : pair.beads().size();
        QaIssue issue;
        issue.original = original.findingSpan(a);
        issue.translation = translation.findingSpan(b);
        if (polarity) {
            if (ca.negations == cb.negations || negationsReported[slot] >= std::abs(ca.negations - cb.negations))
                continue;
            issue.type = IssueType::Polarity;
            issue.severity = polaritySeverity(fa);
            issue.message = fa.negated
                                ? tr("“%1” is negated in the original but affirmed in the translation (“%2”).")
                                      .arg(issue.original.text, issue.translation.text)
                                : tr("“%1” is affirmed in the original but negated in the translation (“%2”).")
                                      .arg(issue.original.text, issue.translation.text);
        } else {
            if (ca.uncertainties == cb.uncertainties ||
                doubtsReported[slot] >= std::abs(ca.uncertainties - cb.uncertainties))
                continue;
            issue.type = IssueType::Certainty;
            issue.severity = Severity::Major;
            issue.message = fa.uncertain
                                ? tr("“%1” is uncertain in the original but stated as certain in the "
                                     "translation (“%2”).")
                                      .arg(issue.original.text, issue.translation.text)
                                : tr("“%1” is certain in the original but uncertain in the translation "
                                     "(“%2”).")
                                      .arg(issue.original.text, issue.translation.text);
        }
        ++(polarity ? negationsReported : doubtsReported)[slot];
        issues.append(issue);
    }
}

} // namespace caselens::qa
