#include "ContextDriftCheck.h"

#include "findings/ContextAnalyzer.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <vector>

namespace caselens::qa {
namespace {

// How far (in tokens) a cue may be from a finding and still be taken for its cue: ConText's
// window (8 words). 5, 8 and 12 were tried on the tuning halves: 12 missed more dropped and added
// negations in machine translations, 5 doubled the drift reported on human translations.
constexpr int kNearTokens = 8;

enum class Cue { Negation, Uncertainty, Pseudo };

struct Trigger {
    int firstToken = 0;
    int endToken = 0;
    Cue cue = Cue::Negation;
};

// The negation and uncertainty triggers of every sentence of a side. Overlapping triggers
// (": no" and "no") are one trigger, and a pseudo-trigger ("no change", "sem alterações")
// swallows the words inside it, as in ConText's scoping.
std::vector<std::vector<Trigger>> findTriggers(const SideView& side, const findings::ContextAnalyzer& context)
{
    std::vector<std::vector<Trigger>> out(static_cast<std::size_t>(side.sentenceCount()));
    std::vector<findings::TriggerHit> hits;
    for (int s = 0; s < side.sentenceCount(); ++s) {
        context.findTriggers(side.tokens(), side.sentences()[static_cast<std::size_t>(s)],
                             side.languageIndex(), hits);
        std::sort(hits.begin(), hits.end(), [](const findings::TriggerHit& a, const findings::TriggerHit& b) {
            return a.firstToken != b.firstToken ? a.firstToken < b.firstToken : a.endToken > b.endToken;
        });
        int covered = -1;
        for (const findings::TriggerHit& hit : hits) {
            if (hit.firstToken < covered)
                continue;
            covered = hit.endToken;
            if (hit.category == findings::ContextCategory::Negated)
                out[static_cast<std::size_t>(s)].push_back({hit.firstToken, hit.endToken, Cue::Negation});
            else if (hit.category == findings::ContextCategory::Possible)
                out[static_cast<std::size_t>(s)].push_back({hit.firstToken, hit.endToken, Cue::Uncertainty});
            else if (hit.category == findings::ContextCategory::Pseudo)
                out[static_cast<std::size_t>(s)].push_back({hit.firstToken, hit.endToken, Cue::Pseudo});
        }
    }
    return out;
}

int countIn(const std::vector<std::vector<Trigger>>& triggers, int first, int count, bool negation)
{
    int total = 0;
    for (int s = first; s < first + count; ++s)
        for (const Trigger& trigger : triggers[static_cast<std::size_t>(s)])
            total += trigger.cue == (negation ? Cue::Negation : Cue::Uncertainty) ? 1 : 0;
    return total;
}

// Word stems that say "no" or "maybe" in each language (folded). A second net under the trigger
// lists: a language's list may lack a form another language's list has ("ausência dos" where
// "ausência de" is listed), and then the drift would be ConText's, not the translation's.
bool isCueWord(std::u16string_view word, int language, bool negation)
{
    // "resol…" and "prophyla…" too: English lists "resolved" and "prophylaxis" as negations,
    // Portuguese and Spanish file "profilaxia de" as hypothetical.
    static const std::array<std::array<std::u16string_view, 12>, 3> negations{{
        {u"nao", u"sem", u"nem", u"nunca", u"ausen", u"descart", u"exclu", u"negat", u"nenhum", u"afast",
         u"resol", u"profila"},
        {u"no", u"sin", u"ni", u"nunca", u"ausen", u"descart", u"exclu", u"negat", u"ningun", u"niega",
         u"resol", u"profila"},
        {u"no", u"not", u"without", u"absen", u"ruled", u"exclu", u"negat", u"free", u"denie", u"never",
         u"resol", u"prophyla"},
    }};
    static const std::array<std::array<std::u16string_view, 10>, 3> doubts{{
        {u"possiv", u"provav", u"sugest", u"compat", u"suspei", u"hipote", u"duvid", u"presum", u"pode",
         u"talvez"},
        {u"posib", u"probab", u"sugest", u"compat", u"sospech", u"hipote", u"dudos", u"presun", u"pued",
         u"quiza"},
        {u"possib", u"probab", u"suggest", u"consistent", u"suspect", u"likely", u"may", u"might", u"could",
         u"presum"},
    }};
    const auto startsWith = [word](std::u16string_view stem) {
        // Short stems ("no", "sin", "may") are whole words; longer ones start a word.
        return stem.size() <= 4 ? word == stem : word.substr(0, stem.size()) == stem;
    };
    const auto index = static_cast<std::size_t>(language);
    return negation ? std::any_of(negations[index].begin(), negations[index].end(), startsWith)
                    : std::any_of(doubts[index].begin(), doubts[index].end(), startsWith);
}

// A cue of the kind near the finding: the side that does not negate it still has a "no" close
// by, so ConText's scope, not the translation, differs. A pseudo-trigger counts ("sem melhoria"
// is one in Portuguese where "without improvement" negates in English): its words look like the cue.
bool cueNear(const SideView& side, const std::vector<std::vector<Trigger>>& triggers, int finding,
             bool negation)
{
    const int sentence = side.sentenceOfFinding(finding);
    if (sentence < 0)
        return false;
    const auto [first, end] = side.findingTokens(finding);
    for (const Trigger& trigger : triggers[static_cast<std::size_t>(sentence)]) {
        if (trigger.cue != Cue::Pseudo && trigger.cue != (negation ? Cue::Negation : Cue::Uncertainty))
            continue;
        const int gap = trigger.endToken <= first   ? first - trigger.endToken
                        : trigger.firstToken >= end ? trigger.firstToken - end
                                                    : 0;
        if (gap <= kNearTokens)
            return true;
    }
    const findings::SentenceBounds& bounds = side.sentences()[static_cast<std::size_t>(sentence)];
    for (int t = std::max(bounds.firstToken, first - kNearTokens);
         t < std::min(bounds.endToken, end + kNearTokens); ++t)
        if (side.tokens()[static_cast<std::size_t>(t)].kind == findings::TokenKind::Word &&
            isCueWord(side.foldedToken(t), side.languageIndex(), negation))
            return true;
    return false;
}

bool takesPolarity(FindingCategory category)
{
    return category == FindingCategory::Diagnosis || category == FindingCategory::Symptom ||
           category == FindingCategory::Organism || category == FindingCategory::Medication;
}

} // namespace

void checkContextDrift(const PairView& pair, const CheckContext& context, QList<QaIssue>& issues)
{
    const SideView& original = pair.original();
    const SideView& translation = pair.translation();
    std::vector<std::vector<Trigger>> originalTriggers;
    std::vector<std::vector<Trigger>> translationTriggers;
    // One lost "no" negates a whole list ("sem febre, tosse ou dispneia"): per aligned passage,
    // as many issues as cues differ (at least one), on the first findings it changed.
    std::vector<int> negationsReported(pair.beads().size(), 0);
    std::vector<int> doubtsReported(pair.beads().size(), 0);
    for (const FindingLink& link : pair.pair().links) {
        const int a = static_cast<int>(link.originalFinding);
        const int b = static_cast<int>(link.translationFinding);
        const Finding& fa = original.result().findings[a];
        const Finding& fb = translation.result().findings[b];
        const bool polarity = fa.negated != fb.negated;
        const bool certainty = !polarity && fa.uncertain != fb.uncertain;
        if (!polarity && !certainty)
            continue;
        // Conditions and drugs for polarity, diagnoses for certainty ("suggestive of"): where a
        // drift changes the clinical picture, and where ConText reads the three languages alike.
        // Procedures and body parts are negated by wordings that differ between languages too
        // often ("profilaxia de trombose" / "thrombosis prophylaxis").
        if (polarity ? !takesPolarity(fa.category) || !takesPolarity(fb.category)
                     : fa.category != FindingCategory::Diagnosis || fb.category != FindingCategory::Diagnosis)
            continue;
        // The two findings must be where the sentence alignment puts each other.
        const int beadOfA = pair.beadOfOriginalSentence(original.sentenceOfFinding(a));
        const int beadOfB = pair.beadOfTranslationSentence(translation.sentenceOfFinding(b));
        if (beadOfA < 0 || beadOfB < 0 || std::abs(beadOfA - beadOfB) > 1)
            continue;
        if (originalTriggers.empty() && translationTriggers.empty()) {
            originalTriggers = findTriggers(original, context.context);
            translationTriggers = findTriggers(translation, context.context);
        }
        // The side without the attribute must have no cue of it near the finding.
        const bool onOriginal = polarity ? fa.negated : fa.uncertain;
        if (onOriginal ? cueNear(translation, translationTriggers, b, polarity)
                       : cueNear(original, originalTriggers, a, polarity))
            continue;
        const auto slot = static_cast<std::size_t>(beadOfA);
        const Bead& bead = pair.beads()[slot];
        const int allowed = std::max(
            1,
            std::abs(countIn(originalTriggers, bead.originalFirst, bead.originalCount, polarity) -
                     countIn(translationTriggers, bead.translationFirst, bead.translationCount, polarity)));
        int& reported = (polarity ? negationsReported : doubtsReported)[slot];
        if (reported >= allowed)
            continue;
        ++reported;
        QaIssue issue;
        issue.original = original.findingSpan(a);
        issue.translation = translation.findingSpan(b);
        if (polarity) {
            issue.type = IssueType::Polarity;
            issue.severity = Severity::Critical; // a lost "no" can harm
            issue.message =
                fa.negated ? QCoreApplication::translate("TranslationCheck", "“%1” is negated in the original but affirmed in the translation (“%2”).")
                                 .arg(issue.original.text, issue.translation.text)
                           : QCoreApplication::translate("TranslationCheck", "“%1” is affirmed in the original but negated in the translation (“%2”).")
                                 .arg(issue.original.text, issue.translation.text);
        } else {
            issue.type = IssueType::Certainty;
            issue.severity = Severity::Major;
            issue.message = fa.uncertain
                                ? QCoreApplication::translate("TranslationCheck", "“%1” is uncertain in the original but stated as certain in the "
                                     "translation (“%2”).")
                                      .arg(issue.original.text, issue.translation.text)
                                : QCoreApplication::translate("TranslationCheck", "“%1” is certain in the original but uncertain in the translation "
                                     "(“%2”).")
                                      .arg(issue.original.text, issue.translation.text);
        }
        issues.append(issue);
    }
}

} // namespace caselens::qa
