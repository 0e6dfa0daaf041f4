#include "CompiledLexicons.h"

#include "LexiconReader.h"
#include "TextFolder.h"
#include "model/MessageContexts.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <mutex>
#include <spdlog/spdlog.h>

namespace caselens::findings {
namespace {

// Calls `add(languageIndex)` for the language of a row ("*" = all three).
template <typename Add>
bool forLanguages(QStringView language, Add&& add)
{
    if (language == QLatin1String("*")) {
        for (int i = 0; i < CompiledLexicons::kLanguageCount; ++i)
            add(i);
        return true;
    }
    const int index = CompiledLexicons::languageIndex(language);
    if (index < 0)
        return false;
    add(index);
    return true;
}

// Short all-capital terms ("AS", "TB", "IECA", "5-FU") are abbreviations whose lower-case
// spelling is an ordinary word; they match only as written.
bool looksLikeAbbreviation(QStringView term)
{
    if (term.size() > 5)
        return false;
    bool upper = false;
    for (const QChar c : term) {
        if (c.isLower())
            return false;
        upper = upper || c.isUpper();
    }
    return upper;
}

std::optional<ContextCategory> contextCategory(QStringView key)
{
    static const std::array<std::pair<const char*, ContextCategory>, 7> keys{{
        {"NEGATED_EXISTENCE", ContextCategory::Negated},
        {"POSSIBLE_EXISTENCE", ContextCategory::Possible},
        {"HISTORICAL", ContextCategory::Historical},
        {"HYPOTHETICAL", ContextCategory::Hypothetical},
        {"FAMILY", ContextCategory::Family},
        {"PSEUDO", ContextCategory::Pseudo},
        {"TERMINATE", ContextCategory::Terminate},
    }};
    for (const auto& [name, category] : keys)
        if (key == QLatin1String(name))
            return category;
    return std::nullopt;
}

std::optional<TriggerDirection> triggerDirection(QStringView key)
{
    if (key == QLatin1String("forward"))
        return TriggerDirection::Forward;
    if (key == QLatin1String("backward"))
        return TriggerDirection::Backward;
    if (key == QLatin1String("bidirectional"))
        return TriggerDirection::Bidirectional;
    if (key == QLatin1String("none") || key.isEmpty())
        return TriggerDirection::None;
    return std::nullopt;
}

// Collects the problems of one file in one line: "terms.tsv: 3 malformed rows (first: line ...)".
class RowProblems {
public:
    RowProblems(QStringList& problems, QString file)
        : m_problems(problems)
        , m_file(std::move(file))
    {}
    ~RowProblems()
    {
        if (m_count > 0)
            m_problems.append(FindingsText::tr("%1: %2 rows ignored (first: \"%3\")")
                                  .arg(m_file)
                                  .arg(m_count)
                                  .arg(m_first));
    }
    RowProblems(const RowProblems&) = delete;
    RowProblems& operator=(const RowProblems&) = delete;
    void add(std::span<const QStringView> fields)
    {
        if (m_count++ == 0) {
            QStringList parts;
            for (const QStringView field : fields)
                parts.append(field.toString());
            m_first = parts.join(QLatin1Char('|'));
        }
    }

private:
    QStringList& m_problems;
    QString m_file;
    int m_count = 0;
    QString m_first;
};

} // namespace

int CompiledLexicons::languageIndex(QStringView code)
{
    if (code == QLatin1String("pt"))
        return 0;
    if (code == QLatin1String("es"))
        return 1;
    if (code == QLatin1String("en"))
        return 2;
    return -1;
}

QString CompiledLexicons::languageCode(int index)
{
    static const std::array<const char*, kLanguageCount> codes{"pt", "es", "en"};
    return index >= 0 && index < kLanguageCount ? QString::fromLatin1(codes[static_cast<std::size_t>(index)])
                                                : QString();
}

std::shared_ptr<const CompiledLexicons> CompiledLexicons::shared()
{
    static std::once_flag once;
    static std::shared_ptr<const CompiledLexicons> instance;
    std::call_once(once, [] {
        instance = load(LexiconReader::defaultFolder());
        spdlog::info("findings: lexicons loaded in {:.1f} ms: {} terms, {} analyte names, {} triggers, {} "
                     "problems",
                     instance->loadMilliseconds(), instance->terms().size(), instance->analyteNames().size(),
                     instance->triggers().size(), instance->problems().size());
        for (const QString& problem : instance->problems())
            spdlog::warn("findings: {}", problem.toStdString());
    });
    return instance;
}

std::shared_ptr<const CompiledLexicons> CompiledLexicons::load(const QString& folder)
{
    QElapsedTimer timer;
    timer.start();
    auto lexicons = std::make_shared<CompiledLexicons>();
    lexicons->loadUnits(folder); // analytes need the units
    lexicons->loadAnalytes(folder);
    lexicons->loadTerms(folder);
    lexicons->loadTriggers(folder);
    lexicons->loadSections(folder);
    lexicons->loadAbbreviations(folder);
    std::stable_sort(
        lexicons->m_conceptNames.begin(), lexicons->m_conceptNames.end(),
        [](const ConceptName& a, const ConceptName& b) { return a.conceptIndex < b.conceptIndex; });
    lexicons->m_loadMilliseconds = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    return lexicons;
}

int CompiledLexicons::conceptIndex(QStringView conceptId) const
{
    // Keys are hashes of the id; a collision (never seen) moves to the next key, so the id
    // comparison below keeps lookups exact.
    std::uint64_t key =
        Tokenizer::hashOf(std::u16string_view(conceptId.utf16(), static_cast<std::size_t>(conceptId.size())));
    while (const std::uint32_t* index = m_conceptIndex.find(key)) {
        if (m_concepts[*index].id == conceptId)
            return static_cast<int>(*index);
        key = Tokenizer::mix(key + 1);
    }
    return -1;
}

int CompiledLexicons::addConcept(QStringView conceptId, FindingCategory category, QStringView code)
{
    std::uint64_t key =
        Tokenizer::hashOf(std::u16string_view(conceptId.utf16(), static_cast<std::size_t>(conceptId.size())));
    while (const std::uint32_t* index = m_conceptIndex.find(key)) {
        ConceptInfo& info = m_concepts[*index];
        if (info.id == conceptId) {
            if (info.code.isEmpty() && !code.isEmpty())
                info.code = code.toString();
            return static_cast<int>(*index);
        }
        key = Tokenizer::mix(key + 1);
    }
    const auto index = static_cast<std::uint32_t>(m_concepts.size());
    m_concepts.push_back({conceptId.toString(), category, code.toString()});
    m_conceptIndex.insert(key, index);
    return static_cast<int>(index);
}

const ConceptInfo* CompiledLexicons::conceptInfo(QStringView conceptId) const
{
    const int index = conceptIndex(conceptId);
    return index < 0 ? nullptr : &m_concepts[static_cast<std::size_t>(index)];
}

std::optional<ConceptDescription> CompiledLexicons::describeConcept(QStringView conceptId) const
{
    const int index = conceptIndex(conceptId);
    if (index < 0)
        return std::nullopt;
    ConceptDescription description{m_concepts[static_cast<std::size_t>(index)], {}};
    const auto range = std::equal_range(
        m_conceptNames.begin(), m_conceptNames.end(), ConceptName{index, 0, 0, false},
        [](const ConceptName& a, const ConceptName& b) { return a.conceptIndex < b.conceptIndex; });
    for (auto it = range.first; it != range.second; ++it) {
        const QString language = it->language < 0 ? QStringLiteral("*") : languageCode(it->language);
        description.names[language].append(it->fromAnalyteNames
                                               ? m_analyteNames[static_cast<std::size_t>(it->index)].written
                                               : m_terms[static_cast<std::size_t>(it->index)].written);
    }
    return description;
}

void CompiledLexicons::loadUnits(const QString& folder)
{
    const QString file = QStringLiteral("units.tsv");
    RowProblems problems(m_problems, file);
    const auto rows = LexiconReader::forEachRow(folder, file, 4, [&](std::span<const QStringView> f) {
        if (!m_units.addRow(f[0], f[1], f[2], f[3]))
            problems.add(f);
    });
    if (!rows)
        m_problems.append(rows.error());
    m_units.finish();
}

void CompiledLexicons::loadAnalytes(const QString& folder)
{
    const QString rangesFile = QStringLiteral("analytes.tsv");
    {
        RowProblems problems(m_problems, rangesFile);
        const auto rows =
            LexiconReader::forEachRow(folder, rangesFile, 9, [&](std::span<const QStringView> f) {
                if (!m_analytes.addRow(f, m_units))
                    problems.add(f);
            });
        if (!rows)
            m_problems.append(rows.error());
    }
    for (int i = 0; i < m_analytes.size(); ++i) {
        const int conceptNumber = addConcept(m_analytes.at(i).conceptId, m_analytes.at(i).category, {});
        TermEntry test;
        test.category = FindingCategory::Procedure;
        test.conceptId = m_concepts[static_cast<std::size_t>(conceptNumber)].id;
        m_analyteTests.push_back(std::move(test));
    }

    const QString namesFile = QStringLiteral("analyte_names.tsv");
    std::array<PhraseMatcher::Builder, kLanguageCount> builders;
    std::vector<Token> tokens;
    std::u16string folded;
    RowProblems problems(m_problems, namesFile);
    const auto rows = LexiconReader::forEachRow(folder, namesFile, 4, [&](std::span<const QStringView> f) {
        const int analyte = m_analytes.indexOf(f[2].toString());
        const auto payload = static_cast<std::uint32_t>(m_analyteNames.size());
        Tokenizer::tokenize(f[1], folded, tokens);
        if (analyte < 0 || tokens.empty() || !forLanguages(f[0], [&](int language) {
                builders[static_cast<std::size_t>(language)].add(tokens, payload);
            })) {
            problems.add(f);
            return;
        }
        m_analyteNames.push_back({analyte, f[1].toString(), f[3] == QLatin1String("1")});
        m_conceptNames.push_back({conceptIndex(m_analytes.at(analyte).conceptId), languageIndex(f[0]),
                                  static_cast<int>(payload), true});
    });
    if (!rows)
        m_problems.append(rows.error());
    for (int i = 0; i < kLanguageCount; ++i)
        m_languages[static_cast<std::size_t>(i)].analyteNames = builders[static_cast<std::size_t>(i)].build();
}

void CompiledLexicons::loadTerms(const QString& folder)
{
    const QString file = QStringLiteral("terms.tsv");
    std::array<PhraseMatcher::Builder, kLanguageCount> builders;
    for (auto& builder : builders)
        builder.reserve(20000);
    std::vector<Token> tokens;
    std::u16string folded;
    RowProblems problems(m_problems, file);
    m_terms.reserve(32768);
    m_conceptNames.reserve(32768);
    const auto rows = LexiconReader::forEachRow(folder, file, 5, [&](std::span<const QStringView> f) {
        const auto category = findingCategoryFromKey(f[2].toString());
        Tokenizer::tokenize(f[1], folded, tokens);
        if (!category || tokens.empty() || f[3].isEmpty()) {
            problems.add(f);
            return;
        }
        const auto payload = static_cast<std::uint32_t>(m_terms.size());
        if (!forLanguages(f[0], [&](int language) {
                builders[static_cast<std::size_t>(language)].add(tokens, payload);
            })) {
            problems.add(f);
            return;
        }
        const int conceptNumber = addConcept(f[3], *category, f[4]);
        const ConceptInfo& info = m_concepts[static_cast<std::size_t>(conceptNumber)];
        TermEntry entry;
        entry.category = *category;
        entry.written = f[1].toString();
        entry.caseSensitive = looksLikeAbbreviation(f[1]);
        entry.conceptId = info.id; // shares the concept's strings
        entry.code = info.code == f[4] ? info.code : f[4].toString();
        m_terms.push_back(std::move(entry));
        m_termLanguages.push_back(static_cast<std::int8_t>(languageIndex(f[0])));
        m_conceptNames.push_back({conceptNumber, languageIndex(f[0]), static_cast<int>(payload), false});
    });
    if (!rows)
        m_problems.append(rows.error());
    for (int i = 0; i < kLanguageCount; ++i)
        m_languages[static_cast<std::size_t>(i)].terms = builders[static_cast<std::size_t>(i)].build();
}

void CompiledLexicons::loadTriggers(const QString& folder)
{
    const QString file = QStringLiteral("context_triggers.tsv");
    std::array<PhraseMatcher::Builder, kLanguageCount> builders;
    std::vector<Token> tokens;
    std::u16string folded;
    RowProblems problems(m_problems, file);
    const auto rows = LexiconReader::forEachRow(folder, file, 4, [&](std::span<const QStringView> f) {
        const auto category = contextCategory(f[2]);
        const auto direction = triggerDirection(f[3]);
        Tokenizer::tokenize(f[1], folded, tokens);
        const auto payload = static_cast<std::uint32_t>(m_triggers.size());
        if (!category || !direction || tokens.empty() || !forLanguages(f[0], [&](int language) {
                builders[static_cast<std::size_t>(language)].add(tokens, payload);
            })) {
            problems.add(f);
            return;
        }
        m_triggers.push_back({*category, *direction});
    });
    if (!rows)
        m_problems.append(rows.error());
    for (int i = 0; i < kLanguageCount; ++i)
        m_languages[static_cast<std::size_t>(i)].triggers = builders[static_cast<std::size_t>(i)].build();
}

void CompiledLexicons::loadSections(const QString& folder)
{
    const QString file = QStringLiteral("sections.tsv");
    std::array<PhraseMatcher::Builder, kLanguageCount> builders;
    RowProblems problems(m_problems, file);
    const auto rows = LexiconReader::forEachRow(folder, file, 3, [&](std::span<const QStringView> f) {
        const QString key = f[2].toString();
        if (key.isEmpty()) {
            problems.add(f);
            return;
        }
        auto index = m_sectionKeys.indexOf(key);
        if (index < 0) {
            index = m_sectionKeys.size();
            m_sectionKeys.append(key);
        }
        const std::vector<Token> tokens = Tokenizer::tokenize(f[1]);
        if (tokens.empty() || !forLanguages(f[0], [&](int language) {
                builders[static_cast<std::size_t>(language)].add(tokens, static_cast<std::uint32_t>(index));
            }))
            problems.add(f);
    });
    if (!rows)
        m_problems.append(rows.error());
    for (int i = 0; i < kLanguageCount; ++i)
        m_languages[static_cast<std::size_t>(i)].headings = builders[static_cast<std::size_t>(i)].build();
}

void CompiledLexicons::loadAbbreviations(const QString& folder)
{
    const QString file = QStringLiteral("sentence_abbreviations.tsv");
    RowProblems problems(m_problems, file);
    const auto rows = LexiconReader::forEachRow(folder, file, 2, [&](std::span<const QStringView> f) {
        std::u16string key;
        for (const QChar c : f[1])
            if (!c.isSpace())
                key.push_back(TextFolder::fold(c.unicode()));
        if (key.size() < 2) {
            problems.add(f);
            return;
        }
        if (key.back() != u'.')
            return; // "n.º" cannot end a sentence: nothing for the splitter to know
        const std::uint32_t flags = kAbbreviation | (f[1].front().isUpper() ? kTitle : 0);
        const std::uint64_t hash = Tokenizer::hashOf(key);
        if (!forLanguages(f[0], [&](int language) {
                FlatHashMap& map = m_languages[static_cast<std::size_t>(language)].abbreviations;
                const std::uint32_t* existing = map.find(hash);
                map.insert(hash, existing ? (*existing | flags) : flags);
            }))
            problems.add(f);
    });
    if (!rows)
        m_problems.append(rows.error());
}

} // namespace caselens::findings
