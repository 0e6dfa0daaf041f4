#include "LateralityCheck.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <vector>

namespace caselens::qa {
namespace {

// Folded (lower case, no accents). Grammar of each language, like LanguageRules: the closed
// set of words for the two sides, with the abbreviations case reports use ("dcha.", "izq.").
constexpr std::array<std::array<const char16_t*, 8>, 3> kLeft{{
    {u"esquerdo", u"esquerda", u"esquerdos", u"esquerdas", u"esq", nullptr, nullptr, nullptr},
    {u"izquierdo", u"izquierda", u"izquierdos", u"izquierdas", u"izq", u"izda", u"izdo", nullptr},
    {u"left", nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr},
}};
constexpr std::array<std::array<const char16_t*, 8>, 3> kRight{{
    {u"direito", u"direita", u"direitos", u"direitas", u"dta", u"dto", nullptr, nullptr},
    {u"derecho", u"derecha", u"derechos", u"derechas", u"dcho", u"dcha", nullptr, nullptr},
    {u"right", nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr},
}};

// Eyes are named by their Latin or local initials, in capitals: OD/OI (es, and the Latin OS some
// Spanish reports keep), OD/OE (pt), and in English RE/LE, OD/OS, and the Spanish OI machine
// translations leave behind. Capitals only:
// "os", "oi", "re" and "le" are ordinary words.
constexpr std::array<std::array<const char16_t*, 4>, 3> kLeftEye{{
    {u"OE", nullptr, nullptr, nullptr},
    {u"OI", u"OS", nullptr, nullptr},
    {u"LE", u"OS", u"OI", nullptr},
}};
constexpr std::array<std::array<const char16_t*, 4>, 3> kRightEye{{
    {u"OD", nullptr, nullptr, nullptr},
    {u"OD", nullptr, nullptr, nullptr},
    {u"RE", u"OD", nullptr, nullptr},
}};

template <std::size_t N>
bool contains(const std::array<const char16_t*, N>& words, std::u16string_view word)
{
    for (const char16_t* candidate : words)
        if (candidate && word == std::u16string_view(candidate))
            return true;
    return false;
}

int eyeOf(QStringView word, int languageIndex)
{
    if (languageIndex < 0 || languageIndex > 2 || word.size() != 2)
        return 0;
    const std::u16string_view raw(reinterpret_cast<const char16_t*>(word.utf16()), 2);
    if (contains(kLeftEye[static_cast<std::size_t>(languageIndex)], raw))
        return -1;
    if (contains(kRightEye[static_cast<std::size_t>(languageIndex)], raw))
        return 1;
    return 0;
}

struct SideWord {
    int token = 0;
    int side = 0; // -1 left, 1 right
};

// "ojo derecho (OD)", "left eye (LE)": a side alone in brackets right after a side word names that
// side again, not a second one, so the word counts and the brackets do not. Counted twice, the
// original's two sides against the translation's one hid a swap ("right eye" made "left eye"
// left the left count as it was); and where a swapped word now disagrees with the initials the
// text kept ("left eye (OD)"), the word is what the reader reads.
bool restatesSide(const SideView& view, const findings::SentenceBounds& sentence, int token,
                  const std::vector<SideWord>& before)
{
    // Only a side alone in its brackets: "(con el derecho …" is a second mention.
    if (token == sentence.firstToken || token + 1 >= sentence.endToken || view.tokenText(token - 1) != u"(" ||
        view.tokenText(token + 1) != u")" || before.empty())
        return false;
    return before.back().token >= std::max(sentence.firstToken, token - 4);
}

// "right-handed", "left handed": which hand a person writes with, not a side of the body.
bool namesHandedness(const SideView& view, const findings::SentenceBounds& sentence, int token)
{
    int next = token + 1;
    if (next < sentence.endToken && view.tokenText(next) == u"-")
        ++next;
    return next < sentence.endToken && view.foldedToken(next) == u"handed";
}

std::vector<SideWord> sideWords(const SideView& view, int firstSentence, int count)
{
    std::vector<SideWord> words;
    for (int s = firstSentence; s < firstSentence + count; ++s) {
        const findings::SentenceBounds& sentence = view.sentences()[static_cast<std::size_t>(s)];
        for (int t = sentence.firstToken; t < sentence.endToken; ++t) {
            const findings::Token& token = view.tokens()[static_cast<std::size_t>(t)];
            if (token.kind != findings::TokenKind::Word ||
                (t > 0 && token.continuesWord(view.tokens()[static_cast<std::size_t>(t - 1)])) ||
                (t + 1 < sentence.endToken && view.tokens()[static_cast<std::size_t>(t + 1)].continuesWord(token)))
                continue;
            int side = lateralityOf(view.foldedToken(t), view.languageIndex());
            if (side == 0)
                side = eyeOf(view.tokenText(t), view.languageIndex());
            if (side == 0)
                continue;
            if (restatesSide(view, sentence, t, words) || namesHandedness(view, sentence, t))
                continue;
            words.push_back({t, side});
        }
    }
    return words;
}

// The sentences of beads [first, last] on each side.
struct Stretch {
    int originalFirst = 0;
    int originalCount = 0;
    int translationFirst = 0;
    int translationCount = 0;
};

Stretch stretchOf(const std::vector<Bead>& beads, std::size_t first, std::size_t last)
{
    Stretch out{beads[first].originalFirst, 0, beads[first].translationFirst, 0};
    for (std::size_t k = first; k <= last; ++k) {
        out.originalCount += beads[k].originalCount;
        out.translationCount += beads[k].translationCount;
    }
    return out;
}

// Compares the side words of one stretch of aligned sentences and reports the translation's
// words of the over-represented side, skipping (and counting as their true side) the words
// already reported. Returns whether the stretch's counts were a swap.
bool reportSwaps(const PairView& pair, const Stretch& stretch, std::vector<int>& reported,
                 QList<QaIssue>& issues)
{
    if (stretch.originalCount == 0 || stretch.translationCount == 0)
        return false;
    const std::vector<SideWord> a = sideWords(pair.original(), stretch.originalFirst, stretch.originalCount);
    const std::vector<SideWord> b =
        sideWords(pair.translation(), stretch.translationFirst, stretch.translationCount);
    if (a.empty() || b.empty())
        return false;
    const auto wasReported = [&](int token) {
        return std::find(reported.begin(), reported.end(), token) != reported.end();
    };
    int leftA = 0;
    int leftB = 0;
    for (const SideWord& word : a)
        leftA += word.side < 0 ? 1 : 0;
    for (const SideWord& word : b) // a reported word counts as the side it should have said
        leftB += (word.side < 0) != wasReported(word.token) ? 1 : 0;
    const int rightA = static_cast<int>(a.size()) - leftA;
    const int rightB = static_cast<int>(b.size()) - leftB;
    // A swap makes one side more frequent and the other less. A side word on one side only
    // (an abbreviation, "left" as a verb, a phrase the translation dropped) changes one count.
    const bool swapped = (leftB > leftA && rightB < rightA) || (leftB < leftA && rightB > rightA);
    // The original names one side only, and the translation names the other as well: a side
    // word the translation repeats ("… in the right hypochondrium … located in the right
    // hypochondrium") keeps the count of the true side from falling when one of them is swapped.
    const bool otherSideAppears = (leftA == 0 && rightA > 0 && leftB > 0) || (rightA == 0 && leftA > 0 && rightB > 0);
    if (!swapped && !otherSideAppears)
        return false;
    int swaps = swapped ? std::min(std::abs(leftB - leftA), std::abs(rightB - rightA)) : (leftA == 0 ? leftB : rightB);
    const int wrongSide = swapped ? (leftB > leftA ? -1 : 1) : (leftA == 0 ? -1 : 1);
    // Blame the translation's words of the over-represented side that stand where the
    // original has the other side (by relative place), then, if need be, the others in order.
    const auto counterpartOf = [&](std::size_t i) -> const SideWord& {
        const std::size_t j = a.size() == b.size() ? i : i * a.size() / b.size();
        return a[std::min(j, a.size() - 1)];
    };
    const auto oppositeIn = [&](std::size_t i) -> const SideWord& {
        const SideWord& counterpart = counterpartOf(i);
        if (counterpart.side != wrongSide)
            return counterpart;
        for (const SideWord& word : a)
            if (word.side != wrongSide)
                return word;
        return counterpart;
    };
    for (int pass = 0; pass < 2 && swaps > 0; ++pass) {
        for (std::size_t i = 0; i < b.size() && swaps > 0; ++i) {
            if (wasReported(b[i].token) || b[i].side != wrongSide ||
                (pass == 0 && counterpartOf(i).side == wrongSide))
                continue;
            reported.push_back(b[i].token);
            const SideWord& shown = oppositeIn(i);
            QaIssue issue;
            issue.type = IssueType::Laterality;
            issue.severity = Severity::Critical;
            issue.original = pair.original().tokenSpan(shown.token, shown.token + 1);
            issue.translation = pair.translation().tokenSpan(b[i].token, b[i].token + 1);
            issue.message =
                QCoreApplication::translate("TranslationCheck", "Left and right are swapped: “%1” in the original, “%2” in the translation.")
                    .arg(issue.original.text, issue.translation.text);
            issues.append(issue);
            --swaps;
        }
    }
    return true;
}

} // namespace

int lateralityOf(std::u16string_view foldedWord, int languageIndex)
{
    if (languageIndex < 0 || languageIndex > 2)
        return 0;
    if (contains(kLeft[static_cast<std::size_t>(languageIndex)], foldedWord))
        return -1;
    if (contains(kRight[static_cast<std::size_t>(languageIndex)], foldedWord))
        return 1;
    return 0;
}

void checkLaterality(const PairView& pair, const CheckContext& /*context*/, QList<QaIssue>& issues)
{
    const std::vector<Bead>& beads = pair.beads();
    std::vector<int> reported; // translation tokens already reported as swapped
    for (std::size_t k = 0; k < beads.size(); ++k)
        reportSwaps(pair, stretchOf(beads, k, k), reported, issues);
    // Then each bead with its neighbours: loosely parallel texts put a side word one sentence
    // off (a sentence split or merged differently), where the bead alone sees no side on one
    // of its two sides. What the beads alone reported counts as mended, so a swap is not
    // reported twice.
    for (std::size_t k = 1; k + 1 < beads.size(); ++k)
        reportSwaps(pair, stretchOf(beads, k - 1, k + 1), reported, issues);
}

} // namespace caselens::qa
