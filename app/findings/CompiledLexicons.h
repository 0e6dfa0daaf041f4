#pragma once

#include "AnalyteTable.h"
#include "PhraseMatcher.h"
#include "UnitTable.h"
#include "model/Finding.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace caselens::findings {

enum class ContextCategory : std::uint8_t {
    Negated,
    Possible,
    Historical,
    Hypothetical,
    Family,
    Pseudo,
    Terminate
};
enum class TriggerDirection : std::uint8_t { Forward, Backward, Bidirectional, None };

struct TriggerEntry {
    ContextCategory category = ContextCategory::Negated;
    TriggerDirection direction = TriggerDirection::Forward;
};

// A term of terms.tsv (or a user's term). QStrings are implicitly shared: copying them into a
// Finding costs a reference count, not an allocation.
struct TermEntry {
    FindingCategory category = FindingCategory::Symptom;
    QString conceptId;
    QString code;
    QString written;            // as in the lexicon, for case-sensitive entries
    bool caseSensitive = false; // abbreviations: "AS" must not match "as"
};

struct AnalyteNameEntry {
    int analyte = -1; // index in the AnalyteTable
    QString written;
    bool caseSensitive = false; // "Ta", "T", "FC": case matters
};

// A concept: what a language-independent id stands for.
struct ConceptInfo {
    QString id; // "drugbank:DB01212", "icd10:M46.4", "cl:crp"
    FindingCategory category = FindingCategory::Symptom;
    QString code; // ICD-10 or DrugBank id, when the lexicon gives one
};

// A concept with its names in every language ("pt", "es", "en"; "*" = written alike in all).
struct ConceptDescription {
    ConceptInfo info;
    QHash<QString, QStringList> names; // first = the lexicon's first (preferred) name
};

// Matchers and tables of one language.
struct LanguageLexicon {
    PhraseMatcher terms;        // payload: index into CompiledLexicons::terms()
    PhraseMatcher analyteNames; // payload: index into analyteNames()
    PhraseMatcher triggers;     // payload: index into triggers()
    PhraseMatcher headings;     // payload: index into sectionKeys()
    // Folded abbreviation without spaces ("e.g.", "etal.") -> kAbbreviation | kTitle bits.
    FlatHashMap abbreviations;
};

// Every lexicon, compiled once into immutable matchers and tables. Immutable after load, so one
// instance is shared by all threads without locks.
class CompiledLexicons {
public:
    static constexpr std::uint32_t kAbbreviation = 1;
    static constexpr std::uint32_t kTitle = 2; // written capitalised ("Dr.", "Fig."): no split before a name

    // The lexicons compiled into the program (":/caselens/lexicons"), loaded on first use.
    static std::shared_ptr<const CompiledLexicons> shared();
    // Lexicons from another folder (tests, or a development copy). Never fails: what is
    // missing or malformed is listed in problems().
    static std::shared_ptr<const CompiledLexicons> load(const QString& folder);

    // 0 = pt, 1 = es, 2 = en; -1 for anything else.
    static int languageIndex(QStringView code);
    static QString languageCode(int index);
    static constexpr int kLanguageCount = 3;

    const LanguageLexicon& language(int index) const { return m_languages[static_cast<std::size_t>(index)]; }
    const std::vector<TermEntry>& terms() const { return m_terms; }
    // The language of terms()[index]: 0 pt, 1 es, 2 en, -1 for a term written alike in all ("*").
    int termLanguage(std::size_t index) const { return m_termLanguages[index]; }
    const std::vector<AnalyteNameEntry>& analyteNames() const { return m_analyteNames; }
    // Each analyte as the name of its test ("CRP was normal"): a procedure with the analyte's
    // concept, indexed like analytes().
    const std::vector<TermEntry>& analyteTests() const { return m_analyteTests; }
    const std::vector<TriggerEntry>& triggers() const { return m_triggers; }
    const QStringList& sectionKeys() const { return m_sectionKeys; }
    const UnitTable& units() const { return m_units; }
    const AnalyteTable& analytes() const { return m_analytes; }
    const ConceptInfo* conceptInfo(QStringView conceptId) const;
    std::optional<ConceptDescription> describeConcept(QStringView conceptId) const;

    // Missing files and malformed rows, for the log and for `caselens-cli extract --verbose`.
    const QStringList& problems() const { return m_problems; }
    double loadMilliseconds() const { return m_loadMilliseconds; }

private:
    void loadTerms(const QString& folder);
    void loadAnalytes(const QString& folder);
    void loadTriggers(const QString& folder);
    void loadSections(const QString& folder);
    void loadAbbreviations(const QString& folder);
    void loadUnits(const QString& folder);
    int conceptIndex(QStringView conceptId) const;
    int addConcept(QStringView conceptId, FindingCategory category, QStringView code);

    std::array<LanguageLexicon, kLanguageCount> m_languages;
    std::vector<TermEntry> m_terms;
    std::vector<std::int8_t> m_termLanguages; // parallel to m_terms
    std::vector<AnalyteNameEntry> m_analyteNames;
    std::vector<TermEntry> m_analyteTests;
    std::vector<TriggerEntry> m_triggers;
    QStringList m_sectionKeys;
    UnitTable m_units;
    AnalyteTable m_analytes;
    std::vector<ConceptInfo> m_concepts;
    FlatHashMap m_conceptIndex; // hash of the id -> index in m_concepts
    // Which names each concept has, sorted by concept once loaded.
    struct ConceptName {
        int conceptIndex = 0;
        int language = -1; // -1: "*"
        int index = 0;     // into m_terms, or into m_analyteNames when fromAnalyteNames
        bool fromAnalyteNames = false;
    };
    std::vector<ConceptName> m_conceptNames;
    QStringList m_problems;
    double m_loadMilliseconds = 0;
};

} // namespace caselens::findings
