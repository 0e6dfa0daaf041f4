#include "SentenceCheck.h"

#include <QCoreApplication>

namespace caselens::qa {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TranslationCheck", text);
}

constexpr int kMinimumWords = 3;

// A clinical finding (one with a concept) or a digit in the sentence.
bool holdsClinicalContent(const SideView& side, int sentence)
{
    for (qsizetype f = 0; f < side.result().findings.size(); ++f)
        if (side.sentenceOfFinding(static_cast<int>(f)) == sentence &&
            !side.result().findings[f].conceptId.isEmpty())
            return true;
    const findings::SentenceBounds& bounds = side.sentences()[static_cast<std::size_t>(sentence)];
    for (int t = bounds.firstToken; t < bounds.endToken; ++t)
        if (side.tokens()[static_cast<std::size_t>(t)].kind == findings::TokenKind::Number)
            return true;
    return false;
}

} // namespace

void checkSentences(const PairView& pair, const CheckContext& /*context*/, QList<QaIssue>& issues)
{
    for (const Bead& bead : pair.beads()) {
        const bool omitted = bead.translationCount == 0;
        if (!omitted && bead.originalCount != 0)
            continue;
        const SideView& side = omitted ? pair.original() : pair.translation();
        const int first = omitted ? bead.originalFirst : bead.translationFirst;
        const int count = omitted ? bead.originalCount : bead.translationCount;
        for (int s = first; s < first + count; ++s) {
            if (side.wordsInSentence(s) < kMinimumWords)
                continue;
            QaIssue issue;
            issue.type = omitted ? IssueType::Omission : IssueType::Addition;
            issue.severity = holdsClinicalContent(side, s) ? Severity::Major : Severity::Minor;
            (omitted ? issue.original : issue.translation) = side.sentenceSpan(s);
            issue.message = omitted ? tr("This sentence of the original has no counterpart in the translation.")
                                    : tr("This sentence of the translation has no counterpart in the original.");
            issues.append(issue);
        }
    }
}

} // namespace caselens::qa
