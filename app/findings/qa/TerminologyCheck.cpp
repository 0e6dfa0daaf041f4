#include "TerminologyCheck.h"

#include "TermIndex.h"
#include "findings/CompiledLexicons.h"
#include "findings/TextFolder.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <vector>

namespace caselens::qa {

using findings::Token;
using findings::TokenKind;

namespace {

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
    std::vector<TermIndex::NearMiss> candidates; // closest first
    TermIndex::NearMiss nearMiss;                // the one the text vouches for
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

// Whether a finding of `conceptId` is on a side near `bead`: the other text names the drug the
// misspelt word stands for. The strongest sign that a word is a misspelling, not an ordinary
// word that happens to be near a drug's name ("gestation" / "gestatrone").
bool namedNear(const PairView& pair, bool translationSide, const QString& conceptId, int bead)
{
    const SideView& side = pair.side(translationSide);
    const QList<Finding>& findings = side.result().findings;
    for (qsizetype f = 0; f < findings.size(); ++f) {
        if (findings[f].conceptId != conceptId)
            continue;
        const int sentence = side.sentenceOfFinding(static_cast<int>(f));
        if (nearBeads(translationSide ? pair.beadOfTranslationSentence(sentence)
                                      : pair.beadOfOriginalSentence(sentence),
                      bead))
            return true;
    }
    return false;
}

// The other text near `bead` has a word that is the name's cognate though no lexicon knows it
// ("pentobarbital" in a Portuguese text whose lexicon lacks it, "sildenafila"), and is closer to
// the name than to the word: it names the drug. An ordinary word has its own cognate on the
// other side, closer to itself ("morphology" / "morfología", not "morpholine").
bool cognateNear(const PairView& pair, bool translationSide, std::u16string_view name,
                 std::u16string_view word, int bead)
{
    const SideView& side = pair.side(translationSide);
    const std::u16string wanted = TermIndex::cognateForm(name);
    const std::u16string written = TermIndex::cognateForm(word);
    const std::size_t needed = std::min<std::size_t>(6, wanted.size() - 1);
    for (int t = 0; t < static_cast<int>(side.tokens().size()); ++t) {
        if (side.tokens()[static_cast<std::size_t>(t)].kind != TokenKind::Word ||
            side.tokens()[static_cast<std::size_t>(t)].length() < 5 ||
            !nearBeads(beadOf(pair, translationSide, t), bead))
            continue;
        const std::u16string candidate = TermIndex::cognateForm(side.foldedToken(t));
        std::size_t prefix = 0;
        while (prefix < candidate.size() && prefix < wanted.size() && candidate[prefix] == wanted[prefix])
            ++prefix;
        if (prefix >= needed &&
            TermIndex::editDistance(candidate, wanted, 8) < TermIndex::editDistance(candidate, written, 8))
            return true;
    }
    return false;
}

// A drug's place in a sentence: beside other drugs, or before a dose or a route ("cloxaciclina iv").
bool inDrugPosition(const SideView& side, int token)
{
    const int sentence = side.sentenceOfToken(token);
    for (qsizetype f = 0; f < side.result().findings.size(); ++f)
        if (side.result().findings[f].category == FindingCategory::Medication &&
            side.sentenceOfFinding(static_cast<int>(f)) == sentence)
            return true;
    if (token + 1 >= static_cast<int>(side.tokens().size()))
        return false;
    if (side.tokens()[static_cast<std::size_t>(token + 1)].kind == TokenKind::Number)
        return true;
    static constexpr std::array<std::u16string_view, 16> routes{
        u"iv",          u"ev",           u"im",          u"sc",         u"vo",         u"oral",
        u"intravenous", u"intravenosa",  u"intravenoso", u"endovenosa", u"endovenoso", u"intramuscular",
        u"subcutanea",  u"subcutaneous", u"topical",     u"topica"};
    const std::u16string_view next = side.foldedToken(token + 1);
    return std::find(routes.begin(), routes.end(), next) != routes.end();
}

QString categoryNoun(FindingCategory category)
{
    return category == FindingCategory::Medication ? QCoreApplication::translate("TranslationCheck", "drug") : QCoreApplication::translate("TranslationCheck", "diagnosis");
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
            std::vector<TermIndex::NearMiss> candidates =
                context.terms.nearMisses(word, side.languageIndex());
            if (!candidates.empty())
                misses.push_back(
                    {translationSide, t, beadOf(pair, translationSide, t), std::move(candidates), {}, false});
        }
    }
    // Keep the misses something vouches for: the other text names that drug or diagnosis near
    // there, or misspells it too; or, for a drug one letter off, the word sits where drugs go.
    const auto vouched = [&](const Miss& miss, const TermIndex::NearMiss& nearMiss) {
        if (namedNear(pair, !miss.translationSide, nearMiss.conceptId, miss.bead))
            return true;
        // Disease names have more unlisted relatives ("hemitórax" / "hemotórax", "hiperlipemia")
        // than drugs: only the other text naming the disease vouches for a misspelling.
        if (nearMiss.category != FindingCategory::Medication)
            return false;
        if (cognateNear(pair, !miss.translationSide, findings::TextFolder::folded(nearMiss.term),
                        pair.side(miss.translationSide).foldedToken(miss.token), miss.bead))
            return true;
        for (const Miss& twin : misses)
            if (twin.translationSide != miss.translationSide && nearBeads(twin.bead, miss.bead))
                for (const TermIndex::NearMiss& other : twin.candidates)
                    if (other.conceptId == nearMiss.conceptId)
                        return true;
        return nearMiss.distance == 1 &&
               pair.side(miss.translationSide).tokens()[static_cast<std::size_t>(miss.token)].length() >= 8 &&
               inDrugPosition(pair.side(miss.translationSide), miss.token);
    };
    std::vector<Miss> kept;
    for (Miss& miss : misses) {
        for (const TermIndex::NearMiss& candidate : miss.candidates) {
            if (vouched(miss, candidate)) {
                miss.nearMiss = candidate;
                kept.push_back(miss);
                break;
            }
        }
    }
    misses = std::move(kept);
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
            issue.message = QCoreApplication::translate("TranslationCheck", "“%1” and “%2” are not known %3 names; did you mean “%4”?")
                                .arg(issue.original.text, issue.translation.text,
                                     categoryNoun(miss.nearMiss.category), suggestions);
        } else {
            other = counterpartFinding(pair, !miss.translationSide, miss.nearMiss.conceptId, miss.bead);
            issue.message =
                QCoreApplication::translate("TranslationCheck", "“%1” is not a known %2 name; did you mean “%3”?")
                    .arg(own.text, categoryNoun(miss.nearMiss.category), miss.nearMiss.term.toLower());
        }
        issues.append(issue);
    }
}

// A capitalised word inside a sentence names something ("Hospital de Clínicas", "Rio Grande").
bool isProperNoun(const SideView& side, int token)
{
    if (!side.tokenText(token).front().isUpper())
        return false;
    const int sentence = side.sentenceOfToken(token);
    const int first = sentence >= 0 ? side.sentences()[static_cast<std::size_t>(sentence)].firstToken : 0;
    for (int t = first; t < token; ++t)
        if (side.tokens()[static_cast<std::size_t>(t)].kind == TokenKind::Word)
            return true;
    return false;
}

// A word of the translation that is a term of the original's language only, with another name
// in the translation's language, copied from the original: "mixoma" for "myxoma".
bool isUntranslatedTerm(const CheckContext& context, std::u16string_view word, int source, int target)
{
    // A word of any target-language term ("abdominal" in "abdominal pain") is a target word too.
    if (context.terms.termLanguages(word) & (1 << target))
        return false;
    const QStringList concepts = context.terms.conceptsOfWord(word, source);
    if (concepts.isEmpty())
        return false;
    const QString targetCode = findings::CompiledLexicons::languageCode(target);
    for (const QString& conceptId : concepts) {
        const auto description = context.lexicons.describeConcept(conceptId);
        if (!description)
            continue;
        const QStringList names =
            description->names.value(targetCode) + description->names.value(QStringLiteral("*"));
        if (names.isEmpty())
            continue;
        const bool same = std::any_of(names.begin(), names.end(), [&](const QString& name) {
            return findings::TextFolder::folded(name) == word;
        });
        if (!same)
            return true;
    }
    return false;
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
        if (copied == originalWords.constEnd() || reported.contains(token.hash) ||
            isProperNoun(translation, t) ||
            !isUntranslatedTerm(context, translation.foldedToken(t), source, target))
            continue;
        reported.insert(token.hash);
        QaIssue issue;
        issue.type = IssueType::Untranslated;
        issue.severity = Severity::Minor;
        issue.original = original.tokenSpan(*copied, *copied + 1);
        issue.translation = translation.tokenSpan(t, t + 1);
        issue.message = QCoreApplication::translate("TranslationCheck", "“%1” is left in the language of the original.").arg(issue.translation.text);
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
