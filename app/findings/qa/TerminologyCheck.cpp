#include "TerminologyCheck.h"

#include "TermIndex.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace caselens::qa {

using findings::Token;
using findings::TokenKind;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TranslationCheck", text);
}

constexpr int kShortestNearMiss = 6;
constexpr int kShortestUntranslated = 4;

// Tokens inside a finding of the side: the engine recognised them, so they are known terms.
std::vector<std::uint8_t> recognisedTokens(const SideView& side)
{
    std::vector<std::uint8_t> covered(side.tokens().size(), 0);
    const std::vector<Token>& tokens = side.tokens();
    for (const Finding& finding : side.result().findings) {
        const int start = side.toUtf16(finding.start);
        const int end = side.toUtf16(finding.end);
        auto it = std::lower_bound(tokens.begin(), tokens.end(), start,
                                   [](const Token& t, int offset) { return t.start < offset; });
        for (; it != tokens.end() && it->start < end; ++it)
            covered[static_cast<std::size_t>(it - tokens.begin())] = 1;
    }
    return covered;
}

// A whole word of letters: not part of "SpO2" or "IL-6"-like tokens glued to others.
bool isWholeWord(const SideView& side, int t, int shortest)
{
    const std::vector<Token>& tokens = side.tokens();
    const Token& token = tokens[static_cast<std::size_t>(t)];
    if (token.kind != TokenKind::Word || token.length() < shortest)
        return false;
    if (t > 0 && token.continuesWord(tokens[static_cast<std::size_t>(t - 1)]))
        return false;
    return t + 1 >= static_cast<int>(tokens.size()) ||
           !tokens[static_cast<std::size_t>(t + 1)].continuesWord(token);
}

struct Miss {
    bool translationSide = false;
    int token = 0;
    int bead = -1;
    TermIndex::NearMiss nearMiss;
    bool merged = false;
};

int beadOf(const PairView& pair, bool translationSide, int token)
{
    const SideView& side = pair.side(translationSide);
    const int sentence = side.sentenceOfToken(token);
    return translationSide ? pair.beadOfTranslationSentence(sentence) : pair.beadOfOriginalSentence(sentence);
}

bool nearBeads(int a, int b)
{
    return a >= 0 && b >= 0 && std::abs(a - b) <= 1;
}

// The finding of `concept` on a side, near `bead`, that no link pairs: what the misspelt word
// on the other side stands for.
IssueSpan counterpartFinding(const PairView& pair, bool translationSide, const QString& conceptId, int bead)
{
    const SideView& side = pair.side(translationSide);
    const QList<Finding>& findings = side.result().findings;
    for (qsizetype f = 0; f < findings.size(); ++f) {
        if (findings[f].conceptId != conceptId)
            continue;
        const int linked = translationSide ? pair.linkOfTranslation(static_cast<int>(f))
                                           : pair.linkOfOriginal(static_cast<int>(f));
        const int sentence = side.sentenceOfFinding(static_cast<int>(f));
        const int findingBead = translationSide ? pair.beadOfTranslationSentence(sentence)
                                                : pair.beadOfOriginalSentence(sentence);
        if (linked < 0 && nearBeads(findingBead, bead))
            return side.findingSpan(static_cast<int>(f));
    }
    return {};
}

QString categoryNoun(FindingCategory category)
{
    return category == FindingCategory::Medication ? tr("drug") : tr("diagnosis");
}

void findNearMisses(const PairView& pair, const CheckContext& context, QList<QaIssue>& issues)
{
    std::vector<Miss> misses;
    for (const bool translationSide : {false, true}) {
        const SideView& side = pair.side(translationSide);
        const std::vector<std::uint8_t> known = recognisedTokens(side);
        for (int t = 0; t < static_cast<int>(side.tokens().size()); ++t) {
            if (known[static_cast<std::size_t>(t)] || !isWholeWord(side, t, kShortestNearMiss))
                continue;
            const std::u16string_view word = side.foldedToken(t);
            if (context.terms.isLexiconWord(word))
                continue;
            if (const auto nearMiss = context.terms.nearMiss(word, side.languageIndex()))
                misses.push_back({translationSide, t, beadOf(pair, translationSide, t), *nearMiss, false});
        }
    }
    for (Miss& miss : misses) {
        if (miss.merged)
            continue;
        const SideView& side = pair.side(miss.translationSide);
        QaIssue issue;
        issue.type = IssueType::Terminology;
        issue.severity = Severity::Major;
        IssueSpan& own = miss.translationSide ? issue.translation : issue.original;
        IssueSpan& other = miss.translationSide ? issue.original : issue.translation;
        own = side.tokenSpan(miss.token, miss.token + 1);
        // The same drug misspelt on both sides ("cloxaciclina" / "cloxacycline"): one issue.
        QString suggestions = miss.nearMiss.term.toLower();
        for (Miss& twin : misses) {
            if (&twin == &miss || twin.merged || twin.translationSide == miss.translationSide ||
                twin.nearMiss.conceptId != miss.nearMiss.conceptId || !nearBeads(twin.bead, miss.bead))
                continue;
            twin.merged = true;
            other = pair.side(twin.translationSide).tokenSpan(twin.token, twin.token + 1);
            if (twin.nearMiss.term.compare(miss.nearMiss.term, Qt::CaseInsensitive) != 0)
                suggestions = miss.translationSide
                                  ? twin.nearMiss.term.toLower() + QStringLiteral("” / “") + suggestions
                                  : suggestions + QStringLiteral("” / “") + twin.nearMiss.term.toLower();
            break;
        }
        if (!other.isEmpty()) {
            issue.message = tr("“%1” and “%2” are not known %3 names; did you mean “%4”?")
                                .arg(issue.original.text, issue.translation.text,
                                     categoryNoun(miss.nearMiss.category), suggestions);
        } else {
            other = counterpartFinding(pair, !miss.translationSide, miss.nearMiss.conceptId, miss.bead);
            issue.message = tr("“%1” is not a known %2 name; did you mean “%3”?")
                                .arg(own.text, categoryNoun(miss.nearMiss.category),
                                     miss.nearMiss.term.toLower());
        }
        issues.append(issue);
    }
}

void findUntranslated(const PairView& pair, const CheckContext& context, QList<QaIssue>& issues)
{
    const SideView& original = pair.original();
    const SideView& translation = pair.translation();
    const int source = original.languageIndex();
    const int target = translation.languageIndex();
    if (source == target)
        return;
    // Where each word of the original is, to point at what was copied.
    QHash<std::uint64_t, int> originalWords;
    for (int t = static_cast<int>(original.tokens().size()) - 1; t >= 0; --t)
        if (original.tokens()[static_cast<std::size_t>(t)].kind == TokenKind::Word)
            originalWords.insert(original.tokens()[static_cast<std::size_t>(t)].hash, t);
    const std::vector<std::uint8_t> known = recognisedTokens(translation);
    QSet<std::uint64_t> reported;
    for (int t = 0; t < static_cast<int>(translation.tokens().size()); ++t) {
        if (known[static_cast<std::size_t>(t)] || !isWholeWord(translation, t, kShortestUntranslated))
            continue;
        const Token& token = translation.tokens()[static_cast<std::size_t>(t)];
        const auto copied = originalWords.constFind(token.hash);
        if (copied == originalWords.constEnd() || reported.contains(token.hash))
            continue;
        const int languages = context.terms.termLanguages(translation.foldedToken(t));
        if (!(languages & (1 << source)) || (languages & (1 << target)))
            continue;
        reported.insert(token.hash);
        QaIssue issue;
        issue.type = IssueType::Untranslated;
        issue.severity = Severity::Minor;
        issue.original = original.tokenSpan(*copied, *copied + 1);
        issue.translation = translation.tokenSpan(t, t + 1);
        issue.message = tr("“%1” is left in the language of the original.").arg(issue.translation.text);
        issues.append(issue);
    }
}

} // namespace

void checkTerminology(const PairView& pair, const CheckContext& context, QList<QaIssue>& issues)
{
    findNearMisses(pair, context, issues);
    findUntranslated(pair, context, issues);
}

} // namespace caselens::qa
