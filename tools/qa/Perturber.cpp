#include "Perturber.h"

#include "findings/CompiledLexicons.h"
#include "findings/TextFolder.h"
#include "findings/qa/LateralityCheck.h"
#include "findings/qa/NumberMentions.h"
#include "findings/qa/PairView.h"
#include "findings/qa/TermIndex.h"

#include <QHash>

#include <algorithm>
#include <array>

namespace caselens::qaharness {

using findings::Token;
using findings::TokenKind;
using qa::NumberMention;
using qa::NumberMentions;

namespace {

constexpr std::array kClasses{ErrorClass::Value,         ErrorClass::Unit,
                              ErrorClass::Laterality,    ErrorClass::NegationDropped,
                              ErrorClass::NegationAdded, ErrorClass::SentenceDeleted,
                              ErrorClass::DrugMisspelt};

QString replaced(const QString& text, int start, int end, const QString& with)
{
    return text.left(start) + with + text.mid(end);
}

// Units and the non-equivalent unit an error puts in their place (keys folded to lower case).
const QHash<QString, QString>& unitSwaps()
{
    static const QHash<QString, QString> swaps{
        {QStringLiteral("mg"), QStringLiteral("g")},
        {QStringLiteral("g"), QStringLiteral("mg")},
        {QStringLiteral("kg"), QStringLiteral("g")},
        {QStringLiteral("mcg"), QStringLiteral("mg")},
        {QStringLiteral("µg"), QStringLiteral("mg")},
        {QStringLiteral("ml"), QStringLiteral("L")},
        {QStringLiteral("l"), QStringLiteral("mL")},
        {QStringLiteral("mg/dl"), QStringLiteral("g/dL")},
        {QStringLiteral("g/dl"), QStringLiteral("mg/dL")},
        {QStringLiteral("mg/l"), QStringLiteral("g/L")},
        {QStringLiteral("g/l"), QStringLiteral("mg/L")},
        {QStringLiteral("ng/ml"), QStringLiteral("mg/mL")},
        {QStringLiteral("pg/ml"), QStringLiteral("ng/mL")},
        {QStringLiteral("mmol/l"), QStringLiteral("µmol/L")},
        {QStringLiteral("meq/l"), QStringLiteral("mg/dL")},
        {QStringLiteral("u/l"), QStringLiteral("U/mL")},
        {QStringLiteral("ui/l"), QStringLiteral("UI/mL")},
        {QStringLiteral("iu/l"), QStringLiteral("IU/mL")},
        {QStringLiteral("cm"), QStringLiteral("mm")},
        {QStringLiteral("mm"), QStringLiteral("cm")},
        {QStringLiteral("m"), QStringLiteral("cm")},
        {QStringLiteral("mmhg"), QStringLiteral("cmH2O")},
        {QStringLiteral("mm hg"), QStringLiteral("cmH2O")},
        {QStringLiteral("/mm3"), QStringLiteral("/L")},
        {QStringLiteral("/mm³"), QStringLiteral("/L")},
        {QStringLiteral("/µl"), QStringLiteral("/mL")},
        {QStringLiteral("h"), QStringLiteral("min")},
        {QStringLiteral("min"), QStringLiteral("h")},
        {QStringLiteral("hours"), QStringLiteral("days")},
        {QStringLiteral("days"), QStringLiteral("weeks")},
        {QStringLiteral("day"), QStringLiteral("week")},
        {QStringLiteral("weeks"), QStringLiteral("months")},
        {QStringLiteral("week"), QStringLiteral("month")},
        {QStringLiteral("months"), QStringLiteral("years")},
        {QStringLiteral("month"), QStringLiteral("year")},
        {QStringLiteral("years"), QStringLiteral("months")},
        {QStringLiteral("year"), QStringLiteral("month")},
        {QStringLiteral("horas"), QStringLiteral("dias")},
        {QStringLiteral("dias"), QStringLiteral("semanas")},
        {QStringLiteral("días"), QStringLiteral("semanas")},
        {QStringLiteral("semanas"), QStringLiteral("meses")},
        {QStringLiteral("meses"), QStringLiteral("anos")},
        {QStringLiteral("anos"), QStringLiteral("meses")},
        {QStringLiteral("años"), QStringLiteral("meses")},
    };
    return swaps;
}

// The other side, same gender, number and capitalisation.
QString otherSide(const QString& word)
{
    static const QHash<QString, QString> swaps{
        {QStringLiteral("left"), QStringLiteral("right")},
        {QStringLiteral("right"), QStringLiteral("left")},
        {QStringLiteral("esquerdo"), QStringLiteral("direito")},
        {QStringLiteral("direito"), QStringLiteral("esquerdo")},
        {QStringLiteral("esquerda"), QStringLiteral("direita")},
        {QStringLiteral("direita"), QStringLiteral("esquerda")},
        {QStringLiteral("esquerdos"), QStringLiteral("direitos")},
        {QStringLiteral("direitos"), QStringLiteral("esquerdos")},
        {QStringLiteral("esquerdas"), QStringLiteral("direitas")},
        {QStringLiteral("direitas"), QStringLiteral("esquerdas")},
        {QStringLiteral("izquierdo"), QStringLiteral("derecho")},
        {QStringLiteral("derecho"), QStringLiteral("izquierdo")},
        {QStringLiteral("izquierda"), QStringLiteral("derecha")},
        {QStringLiteral("derecha"), QStringLiteral("izquierda")},
        {QStringLiteral("izquierdos"), QStringLiteral("derechos")},
        {QStringLiteral("derechos"), QStringLiteral("izquierdos")},
        {QStringLiteral("izquierdas"), QStringLiteral("derechas")},
        {QStringLiteral("derechas"), QStringLiteral("izquierdas")},
    };
    const QString other = swaps.value(word.toLower());
    if (other.isEmpty() || word.isEmpty())
        return {};
    if (word == word.toUpper())
        return other.toUpper();
    return word[0].isUpper() ? other[0].toUpper() + other.mid(1) : other;
}

// Anything that reads as a negation in a sentence (stems included): a sentence with one of these
// besides the cue removed would still negate, and the injected error would not be one.
bool looksNegative(std::u16string_view folded, int language)
{
    static const std::array<std::array<const char16_t*, 8>, 3> stems{{
        {u"ausen", u"negat", u"descart", u"exclu", u"livre", u"afast", u"nega", u"nenhu"},
        {u"ausen", u"negat", u"descart", u"exclu", u"libre", u"niega", u"nego", u"ningu"},
        {u"absen", u"negat", u"exclu", u"ruled", u"free", u"denie", u"neither", u"nothing"},
    }};
    for (const char16_t* stem : stems[static_cast<std::size_t>(language)]) {
        const std::u16string_view s(stem);
        if (folded.substr(0, s.size()) == s)
            return true;
    }
    return false;
}

// Single-word negation cues, per language (0 pt, 1 es, 2 en).
bool isNegationCue(std::u16string_view folded, int language)
{
    static const std::array<std::array<const char16_t*, 6>, 3> cues{{
        {u"nao", u"sem", u"nem", u"nunca", u"nenhum", u"nenhuma"},
        {u"no", u"sin", u"ni", u"nunca", u"ningun", u"ninguna"},
        {u"no", u"not", u"without", u"nor", u"never", u"none"},
    }};
    for (const char16_t* cue : cues[static_cast<std::size_t>(language)])
        if (folded == std::u16string_view(cue))
            return true;
    return false;
}

// Words after which a negation reads naturally ("had no fever", "with no pain", ", no rash"):
// a cue put inside a noun phrase ("glomus no tumor") is not an error a translator makes.
bool takesNegationAfter(std::u16string_view folded, int language)
{
    static const std::array<std::array<const char16_t*, 14>, 3> words{{
        {u"com", u"de", u"e", u"ou", u"teve", u"tinha", u"apresentava", u"apresentou", u"havia", u"foi",
         u"era", u"por", u"para", u"sem"},
        {u"con", u"de", u"y", u"o", u"tuvo", u"tenia", u"presentaba", u"presento", u"habia", u"fue", u"era",
         u"por", u"para", u"sin"},
        {u"with", u"of", u"and", u"or", u"had", u"has", u"have", u"presented", u"showed", u"revealed", u"was",
         u"were", u"for", u"by"},
    }};
    for (const char16_t* word : words[static_cast<std::size_t>(language)])
        if (folded == std::u16string_view(word))
            return true;
    return false;
}

QString negationCue(int language)
{
    return language == 0   ? QStringLiteral("sem")
           : language == 1 ? QStringLiteral("sin")
                           : QStringLiteral("no");
}

// Suffix families a translator or a machine confuses ("cloxacillin" -> "cloxacycline").
QString swapSuffixFamily(const QString& word)
{
    static const std::array<std::pair<const char*, const char*>, 10> families{{
        {"cillin", "cycline"},
        {"cilina", "ciclina"},
        {"mycin", "micin"},
        {"micina", "mixina"},
        {"azole", "azine"},
        {"azol", "azina"},
        {"olol", "olam"},
        {"pril", "pram"},
        {"sartan", "statin"},
        {"floxacin", "floxacine"},
    }};
    for (const auto& [from, to] : families) {
        const QString suffix = QString::fromLatin1(from);
        if (word.endsWith(suffix, Qt::CaseInsensitive) && word.size() > suffix.size() + 3)
            return word.left(word.size() - suffix.size()) + QString::fromLatin1(to);
    }
    return {};
}

QString misspell(const QString& word, std::mt19937_64& random)
{
    std::uniform_int_distribution<int> pick(0, 4);
    const int operation = pick(random);
    if (operation == 0) {
        const QString swapped = swapSuffixFamily(word);
        if (!swapped.isEmpty())
            return swapped;
    }
    static const QString letters = QStringLiteral("abcdefghilmnoprstuvxyz");
    std::uniform_int_distribution<int> letter(0, static_cast<int>(letters.size()) - 1);
    // Anywhere but the first letter: a misspelt initial is rare, and changes the word entirely.
    std::uniform_int_distribution<int> at(1, static_cast<int>(word.size()) - 2);
    const int i = at(random);
    QString out = word;
    switch (operation % 4) {
    case 0: // substitution
    case 1: {
        QChar c = letters[letter(random)];
        while (c == word[i].toLower())
            c = letters[letter(random)];
        out[i] = c;
        break;
    }
    case 2: // insertion or deletion
        if (random() % 2)
            out.insert(i, letters[letter(random)]);
        else
            out.remove(i, 1);
        break;
    default: // transposition
        if (word[i] == word[i + 1])
            out.remove(i, 1);
        else
            std::swap(out[i], out[i + 1]);
        break;
    }
    return out;
}

struct Collected {
    QList<Injection> list;
    void add(Injection injection) { list.append(std::move(injection)); }
};

} // namespace

QList<ErrorClass> allErrorClasses()
{
    return QList<ErrorClass>(kClasses.begin(), kClasses.end());
}

QString toKey(ErrorClass kind)
{
    switch (kind) {
    case ErrorClass::Value:
        return QStringLiteral("value");
    case ErrorClass::Unit:
        return QStringLiteral("unit");
    case ErrorClass::Laterality:
        return QStringLiteral("laterality");
    case ErrorClass::NegationDropped:
        return QStringLiteral("negation-dropped");
    case ErrorClass::NegationAdded:
        return QStringLiteral("negation-added");
    case ErrorClass::SentenceDeleted:
        return QStringLiteral("sentence-deleted");
    case ErrorClass::DrugMisspelt:
        return QStringLiteral("drug-misspelt");
    }
    return {};
}

QList<qa::IssueType> expectedTypes(ErrorClass kind)
{
    switch (kind) {
    case ErrorClass::Value:
        return {qa::IssueType::Value};
    case ErrorClass::Unit:
        return {qa::IssueType::Unit};
    case ErrorClass::Laterality:
        return {qa::IssueType::Laterality};
    case ErrorClass::NegationDropped:
    case ErrorClass::NegationAdded:
        return {qa::IssueType::Polarity};
    case ErrorClass::SentenceDeleted:
        return {qa::IssueType::Omission};
    case ErrorClass::DrugMisspelt:
        return {qa::IssueType::Terminology};
    }
    return {};
}

Perturber::Perturber(const qa::TermIndex& terms)
    : m_terms(terms)
{}

QList<Injection> Perturber::candidates(ErrorClass kind, const QString& original, const QString& translation,
                                       const PairResult& pair, std::mt19937_64& random) const
{
    const qa::PairView view(original, translation, pair);
    const qa::SideView& target = view.translation();
    const std::vector<Token>& tokens = target.tokens();
    const findings::CompiledLexicons& lexicons = *findings::CompiledLexicons::shared();
    Collected out;
    switch (kind) {
    case ErrorClass::Value:
    case ErrorClass::Unit: {
        // The number must be stated by the original where the engine's sentence alignment (not
        // the check's own) puts the translation's sentence: a number with no counterpart there
        // ("1." list markers a machine translation adds) cannot be checked against anything.
        const std::vector<NumberMention> originals = NumberMentions::find(view.original(), lexicons);
        const auto alignedOriginal = [&](int translationSentence, int originalSentence) {
            for (const SentenceAlignment& bead : pair.alignment)
                if (translationSentence >= bead.translationFirst &&
                    translationSentence < bead.translationFirst + bead.translationCount)
                    return originalSentence >= bead.originalFirst &&
                           originalSentence < bead.originalFirst + bead.originalCount;
            return false;
        };
        for (const NumberMention& m : NumberMentions::find(target, lexicons)) {
            if (m.word)
                continue;
            const bool stated = std::any_of(originals.begin(), originals.end(), [&](const NumberMention& o) {
                return !o.word && NumberMentions::sameNumber(o.value, m.value) &&
                       alignedOriginal(m.sentence, o.sentence) &&
                       (kind == ErrorClass::Value || !o.unit.isEmpty());
            });
            if (!stated)
                continue;
            const int start = tokens[static_cast<std::size_t>(m.firstToken)].start;
            if (kind == ErrorClass::Value) {
                QList<int> digits;
                for (int i = 0; i < m.written.size(); ++i)
                    if (m.written[i].isDigit())
                        digits.append(i);
                const int i = digits[static_cast<int>(random() % static_cast<unsigned>(digits.size()))];
                const int old = m.written[i].digitValue();
                int digit = old;
                while (digit == old || (i == 0 && digit == 0 && m.written.size() > 1))
                    digit = static_cast<int>(random() % 10);
                QString changed = m.written;
                changed[i] = QChar(u'0' + digit);
                out.add({kind,
                         replaced(translation, start, start + static_cast<int>(m.written.size()), changed),
                         start, start + static_cast<int>(changed.size()), false, m.written, changed});
            } else {
                if (m.unit.isEmpty() || m.unitInferred || m.unitEndToken == m.endToken)
                    continue;
                const int unitStart = tokens[static_cast<std::size_t>(m.endToken)].start;
                const int unitEnd = tokens[static_cast<std::size_t>(m.unitEndToken - 1)].end;
                const QString unit = translation.mid(unitStart, unitEnd - unitStart);
                const QString swap = unitSwaps().value(unit.toLower());
                if (swap.isEmpty())
                    continue;
                out.add({kind, replaced(translation, unitStart, unitEnd, swap), start,
                         unitStart + static_cast<int>(swap.size()), false, unit, swap});
            }
        }
        break;
    }
    case ErrorClass::Laterality: {
        for (const qa::Bead& bead : view.beads()) {
            if (bead.originalCount == 0 || bead.translationCount == 0)
                continue;
            bool named = false;
            for (int s = bead.originalFirst; s < bead.originalFirst + bead.originalCount; ++s)
                for (int t = view.original().sentences()[static_cast<std::size_t>(s)].firstToken;
                     t < view.original().sentences()[static_cast<std::size_t>(s)].endToken; ++t)
                    named = named ||
                            qa::lateralityOf(view.original().foldedToken(t), view.original().languageIndex());
            if (!named)
                continue;
            for (int s = bead.translationFirst; s < bead.translationFirst + bead.translationCount; ++s) {
                for (int t = target.sentences()[static_cast<std::size_t>(s)].firstToken;
                     t < target.sentences()[static_cast<std::size_t>(s)].endToken; ++t) {
                    const QString word = target.tokenText(t).toString();
                    const QString swap = otherSide(word);
                    if (swap.isEmpty())
                        continue;
                    const int start = tokens[static_cast<std::size_t>(t)].start;
                    out.add({kind, replaced(translation, start, start + static_cast<int>(word.size()), swap),
                             start, start + static_cast<int>(swap.size()), false, word, swap});
                }
            }
        }
        break;
    }
    case ErrorClass::NegationDropped:
    case ErrorClass::NegationAdded: {
        const bool drop = kind == ErrorClass::NegationDropped;
        for (const FindingLink& link : pair.links) {
            const Finding& a = pair.original.findings[static_cast<qsizetype>(link.originalFinding)];
            const int b = static_cast<int>(link.translationFinding);
            const Finding& fb = pair.translation.findings[b];
            if (a.negated != drop || fb.negated != drop)
                continue;
            // Conditions and drugs: what the check reports polarity for (docs/quality.md).
            const bool condition =
                fb.category == FindingCategory::Symptom || fb.category == FindingCategory::Diagnosis;
            if (!condition && (!drop || (fb.category != FindingCategory::Organism &&
                                         fb.category != FindingCategory::Medication)))
                continue;
            const int sentence = target.sentenceOfFinding(b);
            if (sentence < 0)
                continue;
            const int findingStart = target.toUtf16(fb.start);
            QList<int> cues;
            bool negative = false;
            const findings::SentenceBounds& bounds = target.sentences()[static_cast<std::size_t>(sentence)];
            for (int t = bounds.firstToken; t < bounds.endToken; ++t) {
                if (tokens[static_cast<std::size_t>(t)].kind != TokenKind::Word)
                    continue;
                if (isNegationCue(target.foldedToken(t), target.languageIndex()))
                    cues.append(t);
                else if (looksNegative(target.foldedToken(t), target.languageIndex()))
                    negative = true;
            }
            if (negative)
                continue;
            if (drop) {
                // The only cue of the sentence, before the finding: without it, nothing negates.
                if (cues.size() != 1 || tokens[static_cast<std::size_t>(cues[0])].start >= findingStart)
                    continue;
                const Token& cue = tokens[static_cast<std::size_t>(cues[0])];
                int end = cue.end;
                while (end < translation.size() && translation[end] == QLatin1Char(' '))
                    ++end;
                const int findingEnd = target.toUtf16(fb.end);
                out.add({kind, replaced(translation, cue.start, end, {}), cue.start,
                         findingEnd - (end - cue.start), false,
                         translation.mid(cue.start, findingEnd - cue.start),
                         translation.mid(end, findingEnd - end)});
            } else {
                if (!cues.isEmpty())
                    continue;
                const bool opens = findingStart == bounds.start;
                const int before = target.tokenAt(findingStart) - 1;
                if (!opens && (before < bounds.firstToken ||
                               (tokens[static_cast<std::size_t>(before)].kind == TokenKind::Word
                                    ? !takesNegationAfter(target.foldedToken(before), target.languageIndex())
                                    : target.tokenText(before) != QLatin1String(",") &&
                                          target.tokenText(before) != QLatin1String(":") &&
                                          target.tokenText(before) != QLatin1String(";"))))
                    continue;
                QString cue = negationCue(target.languageIndex()) + QLatin1Char(' ');
                QString rest = fb.text;
                if (opens) {
                    cue[0] = cue[0].toUpper();
                    rest[0] = rest[0].toLower();
                }
                const int findingEnd = target.toUtf16(fb.end);
                out.add({kind, replaced(translation, findingStart, findingEnd, cue + rest), findingStart,
                         findingStart + static_cast<int>(cue.size() + rest.size()), false, fb.text,
                         cue + rest});
            }
        }
        break;
    }
    case ErrorClass::SentenceDeleted: {
        for (const qa::Bead& bead : view.beads()) {
            if (bead.originalCount != 1 || bead.translationCount != 1 ||
                target.wordsInSentence(bead.translationFirst) < 4)
                continue;
            const findings::SentenceBounds& gone =
                target.sentences()[static_cast<std::size_t>(bead.translationFirst)];
            const int end =
                bead.translationFirst + 1 < target.sentenceCount()
                    ? target.sentences()[static_cast<std::size_t>(bead.translationFirst + 1)].start
                    : static_cast<int>(translation.size());
            const findings::SentenceBounds& counterpart =
                view.original().sentences()[static_cast<std::size_t>(bead.originalFirst)];
            out.add({kind,
                     replaced(translation, gone.start, end, {}),
                     counterpart.start,
                     counterpart.end,
                     true,
                     translation.mid(gone.start, end - gone.start),
                     {}});
        }
        break;
    }
    case ErrorClass::DrugMisspelt: {
        for (const Finding& finding : pair.translation.findings) {
            // Named drugs (a DrugBank concept), not drug classes ("antibiotics").
            if (finding.category != FindingCategory::Medication || finding.text.size() < 6 ||
                !finding.conceptId.startsWith(QLatin1String("drugbank:")))
                continue;
            const std::u16string folded = findings::TextFolder::folded(finding.text);
            if (!std::all_of(folded.begin(), folded.end(), [](char16_t c) {
                    return findings::TextFolder::classOf(c) == findings::CharClass::Letter;
                }))
                continue;
            QString wrong;
            for (int attempt = 0; attempt < 5 && wrong.isEmpty(); ++attempt) {
                const QString candidate = misspell(finding.text, random);
                const std::u16string foldedCandidate = findings::TextFolder::folded(candidate);
                if (foldedCandidate != folded && !m_terms.isLexiconWord(foldedCandidate))
                    wrong = candidate;
            }
            if (wrong.isEmpty())
                continue;
            const int start = target.toUtf16(finding.start);
            const int end = target.toUtf16(finding.end);
            out.add({kind, replaced(translation, start, end, wrong), start,
                     start + static_cast<int>(wrong.size()), false, finding.text, wrong});
        }
        break;
    }
    }
    std::shuffle(out.list.begin(), out.list.end(), random);
    return out.list;
}

} // namespace caselens::qaharness
