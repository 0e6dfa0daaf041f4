#include "NumberCheck.h"

#include "NumberMentions.h"

#include <QCoreApplication>

#include <cmath>

namespace caselens::qa {
namespace {

QString formatNumber(double value)
{
    return QString::number(value, 'g', 12);
}

// Equal after conversion: units.tsv's factors are exact, a rounded equivalent ("27.4 ×10⁹/L"
// for 27,412/mm3) is within half a percent.
bool closeEnough(double a, double b)
{
    const double scale = std::max({std::fabs(a), std::fabs(b), 1e-12});
    return std::fabs(a - b) / scale < 0.005;
}

bool equivalentUnits(const NumberMention& a, const NumberMention& b)
{
    if (a.unit.isEmpty() || b.unit.isEmpty() || a.unit == b.unit)
        return true;
    return a.canonical && b.canonical && a.dimension == b.dimension &&
           closeEnough(*a.canonical, *b.canonical);
}

// Units of different kinds compare only when both are unmistakable: "24 meses" / "24m" is a
// month written short, not a length; "5 mg" / "5 ml" is a real error.
bool comparableUnits(const NumberMention& a, const NumberMention& b)
{
    if (a.dimension == b.dimension)
        return true;
    const auto shortUnit = [](const NumberMention& m) {
        return !m.unitInferred && m.unitWritten.size() < 2;
    };
    return !shortUnit(a) && !shortUnit(b);
}

enum class How { Same, SameNumberOtherUnit, Converted, SameWriting, TranslationFormat, ShortYear, Word };

struct Side {
    const SideView& view;
    std::vector<NumberMention> mentions;
    std::vector<int> match;              // index of the counterpart on the other side, or -1
    std::vector<std::vector<int>> beads; // mention indices per bead
};

struct Match {
    int original = 0;
    int translation = 0;
    How how = How::Same;
};

bool matches(const NumberMention& a, const NumberMention& b, How how)
{
    switch (how) {
    case How::Same:
        return !a.word && !b.word && NumberMentions::sameNumber(a.value, b.value) && equivalentUnits(a, b);
    case How::SameNumberOtherUnit:
        // Number words too when both have a unit: "duas semanas" / "two months".
        return ((!a.word && !b.word) || (!a.unit.isEmpty() && !b.unit.isEmpty())) &&
               NumberMentions::sameNumber(a.value, b.value);
    case How::Converted:
        return !a.word && !b.word && a.canonical && b.canonical && a.dimension == b.dimension &&
               closeEnough(*a.canonical, *b.canonical);
    case How::SameWriting:
        return !a.word && !b.word && a.written == b.written;
    case How::TranslationFormat:
        // "250 000" / "250.000" in English (which reads 250): the translation kept the original's
        // digit grouping. The reverse ("27.400" in Portuguese / "27.4") is a wrong value: the
        // original follows its own format, the translation misread it.
        return !a.word && !b.word && b.otherValue && NumberMentions::sameNumber(a.value, *b.otherValue);
    case How::ShortYear: {
        // "1999" on one side, "99" on the other: a year written short, the same year.
        const auto fullYear = [](const NumberMention& m) {
            return m.written.size() == 4 && m.value >= 1900 && m.value < 2100;
        };
        const auto shortYear = [](const NumberMention& m) { return m.written.size() == 2; };
        const auto sameYear = [&](const NumberMention& full, const NumberMention& brief) {
            return fullYear(full) && shortYear(brief) && full.unit.isEmpty() && brief.unit.isEmpty() &&
                   NumberMentions::sameNumber(std::fmod(full.value, 100), brief.value);
        };
        return !a.word && !b.word && (sameYear(a, b) || sameYear(b, a));
    }
    case How::Word:
        // "one" is also "a"/"um"/"una": as an article it counts only before a unit ("uma semana").
        return (a.word || b.word) && NumberMentions::sameNumber(a.value, b.value) &&
               (a.value != 1 || (!a.unit.isEmpty() && !b.unit.isEmpty())) && equivalentUnits(a, b);
    }
    return false;
}

void matchLists(Side& original, const std::vector<int>& originals, Side& translation,
                const std::vector<int>& translations, std::vector<Match>& out)
{
    // Of several equal numbers, the one at the closest relative place: "0,5 ml ... 0,2 ml" and
    // "0.2 ml ... 0.2 ml" leave the first 0.2 unmatched, where the error is.
    const auto place = [](std::size_t index, std::size_t count) {
        return count > 1 ? static_cast<double>(index) / static_cast<double>(count - 1) : 0.5;
    };
    for (const How how : {How::Same, How::SameNumberOtherUnit, How::Converted, How::SameWriting,
                          How::TranslationFormat, How::ShortYear, How::Word}) {
        for (std::size_t i = 0; i < originals.size(); ++i) {
            const int o = originals[i];
            if (original.match[static_cast<std::size_t>(o)] >= 0)
                continue;
            int best = -1;
            double bestGap = 2;
            for (std::size_t j = 0; j < translations.size(); ++j) {
                const int t = translations[j];
                if (translation.match[static_cast<std::size_t>(t)] >= 0 ||
                    !matches(original.mentions[static_cast<std::size_t>(o)],
                             translation.mentions[static_cast<std::size_t>(t)], how))
                    continue;
                const double gap = std::fabs(place(i, originals.size()) - place(j, translations.size()));
                if (gap < bestGap) {
                    best = t;
                    bestGap = gap;
                }
            }
            if (best < 0)
                continue;
            original.match[static_cast<std::size_t>(o)] = best;
            translation.match[static_cast<std::size_t>(best)] = o;
            out.push_back({o, best, how});
        }
    }
}

Side sideOf(const PairView& pair, bool translationSide, const CheckContext& context)
{
    const SideView& view = pair.side(translationSide);
    Side side{view, NumberMentions::find(view, context.lexicons), {}, {}};
    side.match.assign(side.mentions.size(), -1);
    side.beads.resize(pair.beads().size());
    for (std::size_t m = 0; m < side.mentions.size(); ++m) {
        const int sentence = side.mentions[m].sentence;
        const int bead = translationSide ? pair.beadOfTranslationSentence(sentence)
                                         : pair.beadOfOriginalSentence(sentence);
        if (bead >= 0)
            side.beads[static_cast<std::size_t>(bead)].push_back(static_cast<int>(m));
    }
    return side;
}

IssueSpan spanOf(const Side& side, int mention)
{
    const NumberMention& m = side.mentions[static_cast<std::size_t>(mention)];
    return side.view.tokenSpan(m.firstToken, m.unitEndToken);
}

int conceptRank(const Side& a, int ma, const Side& b, int mb)
{
    const NumberMention& x = a.mentions[static_cast<std::size_t>(ma)];
    const NumberMention& y = b.mentions[static_cast<std::size_t>(mb)];
    if (x.finding >= 0 && y.finding >= 0 &&
        a.view.result().findings[x.finding].conceptId == b.view.result().findings[y.finding].conceptId)
        return 0;
    if (!x.dimension.isEmpty() && x.dimension == y.dimension)
        return 1;
    return 2;
}

// Numbers of one bead that found no counterpart. Number words join only to be paired with a
// digit of the same kind of unit ("dos días" / "8 days"), never on their own.
std::vector<int> lonely(const Side& side, std::size_t bead)
{
    std::vector<int> out;
    for (const int m : side.beads[bead]) {
        const NumberMention& mention = side.mentions[static_cast<std::size_t>(m)];
        if (side.match[static_cast<std::size_t>(m)] < 0 && (!mention.word || mention.value >= 2))
            out.push_back(m);
    }
    return out;
}

void pairLonely(const Side& original, std::vector<int>& originals, const Side& translation,
                std::vector<int>& translations, QList<QaIssue>& issues)
{
    // The same analyte first, then the same kind of unit, then in order.
    for (int rank = 0; rank <= 2; ++rank) {
        for (int& o : originals) {
            if (o < 0)
                continue;
            for (int& t : translations) {
                if (t < 0 || conceptRank(original, o, translation, t) > rank)
                    continue;
                const NumberMention& a = original.mentions[static_cast<std::size_t>(o)];
                const NumberMention& b = translation.mentions[static_cast<std::size_t>(t)];
                if ((a.word || b.word) && (rank > 1 || (a.word && b.word)))
                    continue;
                QaIssue issue;
                issue.type = IssueType::Value;
                issue.severity = a.clinical || b.clinical ? Severity::Critical : Severity::Major;
                issue.original = spanOf(original, o);
                issue.translation = spanOf(translation, t);
                issue.message = QCoreApplication::translate("TranslationCheck", "The value differs: “%1” in the original, “%2” in the translation.")
                                    .arg(issue.original.text, issue.translation.text);
                issues.append(issue);
                o = -1;
                t = -1;
                break;
            }
        }
    }
}

// A measured value (vital sign, lab result) on one side only. Other lone numbers are not
// reported: authors' versions of an abstract drop and add counts, years and durations freely,
// and a changed one shows as a pair of lone numbers, which pairLonely reports.
void reportAlone(const Side& side, const std::vector<int>& mentions, bool translationSide,
                 QList<QaIssue>& issues)
{
    for (const int m : mentions) {
        if (m < 0 || !side.mentions[static_cast<std::size_t>(m)].measured)
            continue;
        QaIssue issue;
        issue.type = translationSide ? IssueType::Addition : IssueType::Omission;
        issue.severity = Severity::Major;
        (translationSide ? issue.translation : issue.original) = spanOf(side, m);
        issue.message =
            translationSide
                ? QCoreApplication::translate("TranslationCheck", "The value “%1” of the translation is not in the original.").arg(issue.translation.text)
                : QCoreApplication::translate("TranslationCheck", "The value “%1” of the original is missing from the translation.")
                      .arg(issue.original.text);
        issues.append(issue);
    }
}

void reportMatch(const Side& original, const Side& translation, const Match& match, QList<QaIssue>& issues)
{
    const NumberMention& a = original.mentions[static_cast<std::size_t>(match.original)];
    const NumberMention& b = translation.mentions[static_cast<std::size_t>(match.translation)];
    QaIssue issue;
    issue.original = spanOf(original, match.original);
    issue.translation = spanOf(translation, match.translation);
    if (match.how == How::SameNumberOtherUnit && !equivalentUnits(a, b) && comparableUnits(a, b)) {
        issue.type = IssueType::Unit;
        // An inferred unit is our guess at what the original meant: a disagreement is less sure.
        issue.severity = (a.clinical || b.clinical) && !a.unitInferred && !b.unitInferred ? Severity::Critical
                                                                                          : Severity::Major;
        issue.message = a.unitInferred
                            ? QCoreApplication::translate("TranslationCheck", "The translation gives “%2” a unit (%3) that is not the usual unit of the "
                                 "original's “%1” (%4).")
                                  .arg(issue.original.text, issue.translation.text, b.unit, a.unit)
                            : QCoreApplication::translate("TranslationCheck", "The unit differs: “%1” in the original, “%2” in the translation, and the "
                                 "values are not equivalent.")
                                  .arg(issue.original.text, issue.translation.text);
        issues.append(issue);
        return;
    }
    issue.type = IssueType::LocaleConvention;
    issue.severity = Severity::Minor;
    if (match.how == How::SameWriting) {
        issue.message = QCoreApplication::translate("TranslationCheck", "“%1” is written alike in both texts but reads as %2 in the original and %3 in "
                           "the translation.")
                            .arg(a.written, formatNumber(a.value), formatNumber(b.value));
        issues.append(issue);
    } else if (match.how == How::TranslationFormat) {
        issue.severity = Severity::Major;
        issue.message =
            QCoreApplication::translate("TranslationCheck", "“%1” in the translation reads as %2 there; the original says %3 (the translation kept "
               "the original's digit grouping).")
                .arg(b.written, formatNumber(b.value), formatNumber(a.value));
        issues.append(issue);
    } else if (a.againstConvention || b.againstConvention) {
        const NumberMention& odd = a.againstConvention ? a : b;
        issue.message =
            QCoreApplication::translate("TranslationCheck", "“%1” is written in another language's number format; it was read as %2 because "
               "%3 is implausible here.")
                .arg(odd.written, formatNumber(odd.value), formatNumber(odd.otherValue.value_or(odd.value)));
        issues.append(issue);
    }
}

// Vertebral levels ("L5-S1") are values too, but digits glued to letters are no numbers to the
// number pass: compare the engine's level findings (concept cl:spine_...) that no link pairs.
void checkLevels(const PairView& pair, QList<QaIssue>& issues)
{
    const auto unlinkedLevels = [&pair](bool translationSide) {
        const SideView& side = pair.side(translationSide);
        std::vector<std::vector<int>> byBead(pair.beads().size());
        const QList<Finding>& findings = side.result().findings;
        for (qsizetype f = 0; f < findings.size(); ++f) {
            const int index = static_cast<int>(f);
            if (!findings[f].conceptId.startsWith(QLatin1String("cl:spine_")) ||
                (translationSide ? pair.linkOfTranslation(index) : pair.linkOfOriginal(index)) >= 0)
                continue;
            const int sentence = side.sentenceOfFinding(index);
            const int bead = translationSide ? pair.beadOfTranslationSentence(sentence)
                                             : pair.beadOfOriginalSentence(sentence);
            if (bead >= 0)
                byBead[static_cast<std::size_t>(bead)].push_back(index);
        }
        return byBead;
    };
    const std::vector<std::vector<int>> original = unlinkedLevels(false);
    const std::vector<std::vector<int>> translation = unlinkedLevels(true);
    for (std::size_t b = 0; b < pair.beads().size(); ++b) {
        for (std::size_t i = 0; i < original[b].size() && i < translation[b].size(); ++i) {
            QaIssue issue;
            issue.type = IssueType::Value;
            issue.severity = Severity::Critical;
            issue.original = pair.original().findingSpan(original[b][i]);
            issue.translation = pair.translation().findingSpan(translation[b][i]);
            issue.message = QCoreApplication::translate("TranslationCheck", "The vertebral level differs: “%1” in the original, “%2” in the translation.")
                                .arg(issue.original.text, issue.translation.text);
            issues.append(issue);
        }
    }
}

} // namespace

void checkNumbers(const PairView& pair, const CheckContext& context, QList<QaIssue>& issues)
{
    Side original = sideOf(pair, false, context);
    Side translation = sideOf(pair, true, context);
    const std::size_t beadCount = pair.beads().size();
    std::vector<Match> matched;
    for (std::size_t b = 0; b < beadCount; ++b)
        matchLists(original, original.beads[b], translation, translation.beads[b], matched);
    // Numbers the alignment put one sentence away: sentence boundaries differ between
    // languages more often than numbers do.
    for (std::size_t b = 0; b + 1 < beadCount; ++b) {
        matchLists(original, original.beads[b], translation, translation.beads[b + 1], matched);
        matchLists(original, original.beads[b + 1], translation, translation.beads[b], matched);
    }
    for (const Match& match : matched)
        reportMatch(original, translation, match, issues);
    // Lone numbers of beads with both sides (the others are the sentence check's): paired in
    // their bead, then with the neighbouring bead's, then reported alone when measured.
    std::vector<std::vector<int>> lonelyOriginal(beadCount);
    std::vector<std::vector<int>> lonelyTranslation(beadCount);
    for (std::size_t b = 0; b < beadCount; ++b) {
        const Bead& bead = pair.beads()[b];
        if (bead.originalCount == 0 || bead.translationCount == 0)
            continue;
        lonelyOriginal[b] = lonely(original, b);
        lonelyTranslation[b] = lonely(translation, b);
        pairLonely(original, lonelyOriginal[b], translation, lonelyTranslation[b], issues);
    }
    for (std::size_t b = 0; b + 1 < beadCount; ++b) {
        pairLonely(original, lonelyOriginal[b], translation, lonelyTranslation[b + 1], issues);
        pairLonely(original, lonelyOriginal[b + 1], translation, lonelyTranslation[b], issues);
    }
    for (std::size_t b = 0; b < beadCount; ++b) {
        reportAlone(original, lonelyOriginal[b], false, issues);
        reportAlone(translation, lonelyTranslation[b], true, issues);
    }
    checkLevels(pair, issues);
}

} // namespace caselens::qa
