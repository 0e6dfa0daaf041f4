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

bool contains(const std::array<const char16_t*, 8>& words, std::u16string_view word)
{
    for (const char16_t* candidate : words)
        if (candidate && word == std::u16string_view(candidate))
            return true;
    return false;
}

struct SideWord {
    int token = 0;
    int side = 0; // -1 left, 1 right
};

std::vector<SideWord> sideWords(const SideView& view, int firstSentence, int count)
{
    std::vector<SideWord> words;
    for (int s = firstSentence; s < firstSentence + count; ++s) {
        const findings::SentenceBounds& sentence = view.sentences()[static_cast<std::size_t>(s)];
        for (int t = sentence.firstToken; t < sentence.endToken; ++t) {
            const findings::Token& token = view.tokens()[static_cast<std::size_t>(t)];
            if (token.kind != findings::TokenKind::Word ||
                (t > 0 && token.continuesWord(view.tokens()[static_cast<std::size_t>(t - 1)])))
                continue;
            if (const int side = lateralityOf(view.foldedToken(t), view.languageIndex()); side != 0)
                words.push_back({t, side});
        }
    }
    return words;
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
    for (const Bead& bead : pair.beads()) {
        if (bead.originalCount == 0 || bead.translationCount == 0)
            continue;
        const std::vector<SideWord> a = sideWords(pair.original(), bead.originalFirst, bead.originalCount);
        const std::vector<SideWord> b =
            sideWords(pair.translation(), bead.translationFirst, bead.translationCount);
        if (a.empty() || b.empty())
            continue;
        int leftA = 0;
        int leftB = 0;
        for (const SideWord& word : a)
            leftA += word.side < 0 ? 1 : 0;
        for (const SideWord& word : b)
            leftB += word.side < 0 ? 1 : 0;
        const int rightA = static_cast<int>(a.size()) - leftA;
        const int rightB = static_cast<int>(b.size()) - leftB;
        // A swap makes one side more frequent and the other less. A side word on one side only
        // (an abbreviation, "left" as a verb, a phrase the translation dropped) changes one count.
        if (!((leftB > leftA && rightB < rightA) || (leftB < leftA && rightB > rightA)))
            continue;
        int swaps = std::min(std::abs(leftB - leftA), std::abs(rightB - rightA));
        const int wrongSide = leftB > leftA ? -1 : 1;
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
        std::vector<bool> blamed(b.size(), false);
        for (int pass = 0; pass < 2 && swaps > 0; ++pass) {
            for (std::size_t i = 0; i < b.size() && swaps > 0; ++i) {
                if (blamed[i] || b[i].side != wrongSide || (pass == 0 && counterpartOf(i).side == wrongSide))
                    continue;
                blamed[i] = true;
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
    }
}

} // namespace caselens::qa
