#include "FindingsEngine.h"

#include "CodePointMap.h"
#include "CompiledLexicons.h"
#include "ContextAnalyzer.h"
#include "FindingLinker.h"
#include "LanguageGuesser.h"
#include "SectionDetector.h"
#include "SentenceAligner.h"
#include "SentenceSplitter.h"
#include "TermExtractor.h"
#include "TextFolder.h"
#include "TimeExpressionExtractor.h"
#include "UserLexicon.h"
#include "ValueExtractor.h"
#include "VertebralLevelExtractor.h"
#include "model/Language.h"

#include <algorithm>
#include <mutex>

namespace caselens {

using namespace findings;

namespace {

// Working buffers of one thread, kept between calls so that extraction reuses their capacity.
struct Scratch {
    std::u16string folded;
    std::vector<Token> tokens;
    std::vector<SentenceBounds> sentences;
    std::vector<SectionBounds> sections;
    std::vector<int> sentenceSections;
    std::vector<std::uint8_t> claimed;
    std::vector<CandidateFinding> candidates;
    std::vector<TriggerHit> hits;
    std::vector<ContextTarget> targets;
    std::vector<ContextAttributes> attributes;
    std::vector<int> targetOwners;
    CodePointMap codePoints;
};

Scratch& scratch()
{
    thread_local Scratch instance;
    return instance;
}

bool takesContext(FindingCategory category)
{
    return category != FindingCategory::Age && category != FindingCategory::Sex &&
           category != FindingCategory::Time;
}

bool isValue(FindingCategory category)
{
    return category == FindingCategory::VitalSign || category == FindingCategory::LabResult;
}

} // namespace

std::shared_ptr<const FindingsEngine> FindingsEngine::shared()
{
    static std::once_flag once;
    static std::shared_ptr<const FindingsEngine> instance;
    std::call_once(once,
                   [] { instance = std::make_shared<const FindingsEngine>(CompiledLexicons::shared()); });
    return instance;
}

FindingsEngine::FindingsEngine(std::shared_ptr<const CompiledLexicons> lexicons,
                               std::shared_ptr<const UserLexicon> userTerms)
    : m_lexicons(std::move(lexicons))
    , m_userTerms(std::move(userTerms))
    , m_values(std::make_unique<const ValueExtractor>(*m_lexicons))
    , m_context(std::make_unique<const ContextAnalyzer>(m_lexicons))
{}

FindingsEngine::~FindingsEngine() = default;

std::shared_ptr<const FindingsEngine> FindingsEngine::withUserTerms(const QList<UserTerm>& terms) const
{
    return std::make_shared<const FindingsEngine>(m_lexicons, std::make_shared<const UserLexicon>(terms));
}

QStringList FindingsEngine::lexiconProblems() const
{
    return m_lexicons->problems();
}

std::optional<ConceptDescription> FindingsEngine::describeConcept(const QString& conceptId) const
{
    auto description = m_lexicons->describeConcept(conceptId);
    if (m_userTerms) {
        for (const UserTerm& term : m_userTerms->terms()) {
            const QString id = term.conceptId.isEmpty()
                                   ? QStringLiteral("user:") + term.term.simplified().toLower()
                                   : term.conceptId;
            if (id != conceptId)
                continue;
            if (!description)
                description = ConceptDescription{{id, term.category, term.code}, {}};
            description->names[term.language].append(term.term.simplified());
        }
    }
    return description;
}

QStringList FindingsEngine::conceptsOf(const QString& term, const QString& language) const
{
    const int languageIndex = CompiledLexicons::languageIndex(language::normalizeCode(language));
    const QString trimmed = term.simplified();
    QStringList concepts;
    if (languageIndex < 0 || trimmed.isEmpty())
        return concepts;
    const std::vector<Token> tokens = Tokenizer::tokenize(trimmed);
    const int count = static_cast<int>(tokens.size());
    const LanguageLexicon& lexicon = m_lexicons->language(languageIndex);
    auto add = [&](const QString& conceptId) {
        if (!concepts.contains(conceptId))
            concepts.append(conceptId);
    };
    // Whole-term matches only, among the user's terms, the terms and the analyte names.
    PhraseMatcher::Candidates candidates;
    auto matchWhole = [&](const PhraseMatcher& matcher, auto&& onPayload) {
        const int found = matcher.candidatesAt(tokens, 0, count, candidates);
        for (int c = 0; c < found; ++c)
            if (candidates[static_cast<std::size_t>(c)].tokenCount == count)
                for (const std::uint32_t payload : matcher.payloads(candidates[static_cast<std::size_t>(c)]))
                    onPayload(payload);
    };
    auto addTerm = [&](const TermEntry& entry) {
        if (!entry.caseSensitive || TextFolder::sameIgnoringSpaces(trimmed, entry.written))
            add(entry.conceptId);
    };
    if (m_userTerms)
        matchWhole(m_userTerms->matcher(languageIndex),
                   [&](std::uint32_t p) { addTerm(m_userTerms->entries()[p]); });
    matchWhole(lexicon.terms, [&](std::uint32_t p) { addTerm(m_lexicons->terms()[p]); });
    matchWhole(lexicon.analyteNames, [&](std::uint32_t p) {
        const AnalyteNameEntry& entry = m_lexicons->analyteNames()[p];
        if (!entry.caseSensitive || TextFolder::sameIgnoringSpaces(trimmed, entry.written))
            add(m_lexicons->analytes().at(entry.analyte).conceptId);
    });
    return concepts;
}

std::optional<CanonicalQuantity> FindingsEngine::canonicalQuantity(const Finding& finding) const
{
    if (!finding.value)
        return std::nullopt;
    if (finding.category == FindingCategory::Age)
        return CanonicalQuantity{*finding.value, QStringLiteral("age"), QStringLiteral("a")};
    if (finding.category == FindingCategory::Time) {
        static const std::array<std::pair<const char*, double>, 6> days{
            {{"min", 1.0 / 1440}, {"h", 1.0 / 24}, {"d", 1}, {"wk", 7}, {"mo", 30.4375}, {"a", 365.25}}};
        for (const auto& [unit, factor] : days)
            if (finding.unit == QLatin1String(unit))
                return CanonicalQuantity{*finding.value * factor, QStringLiteral("duration"),
                                         QStringLiteral("d")};
        return std::nullopt;
    }
    return m_lexicons->units().toCanonical(*finding.value, finding.unit);
}

std::optional<double> canonicalValue(const Finding& finding)
{
    const auto quantity = FindingsEngine::shared()->canonicalQuantity(finding);
    return quantity ? std::optional<double>(quantity->value) : std::nullopt;
}

ExtractionResult FindingsEngine::extract(const QString& text, const QString& language) const
{
    ExtractionResult result;
    QString code = language::normalizeCode(language);
    if (code.isEmpty())
        code = guessLanguage(text);
    if (code.isEmpty())
        code = QStringLiteral("en");
    result.language = code;
    const int languageIndex = CompiledLexicons::languageIndex(code);
    const LanguageLexicon& lexicon = m_lexicons->language(languageIndex);

    Scratch& s = scratch();
    TextFolder::foldInto(text, s.folded);
    Tokenizer::tokenize(text, s.folded, s.tokens);
    SentenceSplitter::split(text, s.tokens, lexicon, s.sentences);
    SectionDetector::detect(text, s.tokens, s.sentences, lexicon, s.sections, s.sentenceSections);
    s.claimed.assign(s.tokens.size(), 0);
    s.candidates.clear();

    // Values, levels, ages and durations first: they claim their words, so that "Hg" in "mm Hg"
    // or "glucose" in "glucose 110 mg/dL" is not also a term.
    const TermExtractor terms(*m_lexicons, m_userTerms.get());
    for (const SentenceBounds& sentence : s.sentences) {
        m_values->extract(text, s.tokens, sentence, languageIndex, s.claimed, s.candidates);
        VertebralLevelExtractor::extract(text, s.tokens, sentence, s.claimed, s.candidates);
        TimeExpressionExtractor::extract(text, s.tokens, sentence, languageIndex, s.claimed, s.candidates);
        terms.extract(text, s.tokens, sentence, languageIndex, s.claimed, s.candidates);
    }
    std::sort(s.candidates.begin(), s.candidates.end(),
              [](const CandidateFinding& a, const CandidateFinding& b) {
                  return a.finding.start != b.finding.start ? a.finding.start < b.finding.start
                                                            : a.finding.end > b.finding.end;
              });

    // ConText, one sentence at a time.
    std::size_t next = 0;
    for (const SentenceBounds& sentence : s.sentences) {
        s.targets.clear();
        s.targetOwners.clear();
        while (next < s.candidates.size() && s.candidates[next].firstToken < sentence.endToken) {
            const CandidateFinding& candidate = s.candidates[next];
            if (takesContext(candidate.finding.category) && candidate.firstToken >= sentence.firstToken) {
                s.targets.push_back({candidate.firstToken, candidate.endToken});
                s.targetOwners.push_back(static_cast<int>(next));
            }
            ++next;
        }
        if (s.targets.empty())
            continue;
        s.attributes.assign(s.targets.size(), {});
        m_context->analyzeSentence(text, s.tokens, sentence, languageIndex, s.targets, s.attributes, s.hits);
        for (std::size_t t = 0; t < s.targets.size(); ++t) {
            Finding& finding = s.candidates[static_cast<std::size_t>(s.targetOwners[t])].finding;
            const ContextAttributes& attributes = s.attributes[t];
            // A measured value or a body part exists: negation and doubt belong to what they
            // are evidence of or the site of ("no liver lesions" negates the lesions).
            const bool factual = isValue(finding.category) || finding.category == FindingCategory::Anatomy;
            finding.negated = attributes.negated && !factual;
            finding.uncertain = attributes.uncertain && !factual;
            finding.historical = attributes.historical;
            finding.hypothetical = attributes.hypothetical;
            finding.experiencer = attributes.experiencer;
        }
    }

    // The patient's sex picks sex-specific reference ranges.
    PatientSex sex = PatientSex::Unknown;
    for (const CandidateFinding& candidate : s.candidates) {
        if (candidate.finding.category == FindingCategory::Sex &&
            candidate.finding.experiencer == Experiencer::Patient) {
            if (candidate.finding.conceptId == QLatin1String("cl:male"))
                sex = PatientSex::Male;
            else if (candidate.finding.conceptId == QLatin1String("cl:female"))
                sex = PatientSex::Female;
            if (sex != PatientSex::Unknown)
                break;
        }
    }

    s.codePoints.reset(text);
    const QStringList& sectionKeys = m_lexicons->sectionKeys();
    auto sectionKeyOfSentence = [&](std::size_t sentence) {
        const int section = s.sentenceSections[sentence];
        return section < 0 ? QString() : sectionKeys[s.sections[static_cast<std::size_t>(section)].key];
    };
    result.sentences.reserve(static_cast<qsizetype>(s.sentences.size()));
    for (std::size_t i = 0; i < s.sentences.size(); ++i)
        result.sentences.append({s.codePoints.toCodePoint(s.sentences[i].start),
                                 s.codePoints.toCodePoint(s.sentences[i].end), sectionKeyOfSentence(i)});
    result.sections.reserve(static_cast<qsizetype>(s.sections.size()));
    for (const SectionBounds& section : s.sections)
        result.sections.append({s.codePoints.toCodePoint(section.start),
                                s.codePoints.toCodePoint(section.end), sectionKeys[section.key],
                                s.codePoints.toCodePoint(section.headingStart),
                                s.codePoints.toCodePoint(section.headingEnd)});

    result.findings.reserve(static_cast<qsizetype>(s.candidates.size()));
    std::size_t sentence = 0;
    for (CandidateFinding& candidate : s.candidates) {
        Finding& finding = candidate.finding;
        if (candidate.analyte >= 0)
            finding.flag = m_values->flag(candidate, sex);
        while (sentence + 1 < s.sentences.size() &&
               s.sentences[sentence + 1].firstToken <= candidate.firstToken)
            ++sentence;
        if (!s.sentences.empty())
            finding.section = sectionKeyOfSentence(sentence);
        finding.text = text.mid(finding.start, finding.end - finding.start);
        finding.start = s.codePoints.toCodePoint(finding.start);
        finding.end = s.codePoints.toCodePoint(finding.end);
        result.findings.append(std::move(finding));
    }
    return result;
}

PairResult FindingsEngine::extractPair(const QString& original, const QString& originalLanguage,
                                       const QString& translation, const QString& translationLanguage) const
{
    PairResult pair;
    pair.original = extract(original, originalLanguage);
    pair.translation = extract(translation, translationLanguage);
    pair.alignment = SentenceAligner::align(original, pair.original, translation, pair.translation);
    FindingLinker::link(pair, [this](const Finding& finding) {
        const auto quantity = canonicalQuantity(finding);
        return quantity ? std::optional<double>(quantity->value) : std::nullopt;
    });
    return pair;
}

} // namespace caselens
