#pragma once

#include "model/Finding.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace caselens::findings {
class CompiledLexicons;
}

namespace caselens::qa {

// The lexicons seen as words, for the terminology checks:
//  - which languages' terms use a word ("cloxacilina" is a pt and es word, "the" none);
//  - the known drug (and diagnosis) name a misspelt word nearly is ("cloxaciclina" ->
//    "cloxacilina"), by Damerau-Levenshtein distance over the single-word names of the word's
//    language. Candidates come from a symmetric-deletion index (one deletion on each side finds
//    every name within one edit, and substitutions and transpositions) and, for long words, from
//    names sharing the first six letters, where a wrong suffix family hides ("cloxacycline").
// Built once per lexicon set (about 20 ms); immutable, shared by all threads.
class TermIndex {
public:
    explicit TermIndex(const findings::CompiledLexicons& lexicons);

    // The index of the lexicons compiled into the program, built on first use.
    static std::shared_ptr<const TermIndex> shared();

    // Bit i set: a term of language i (0 pt, 1 es, 2 en) has this folded word; 7 for "*" terms.
    int termLanguages(std::u16string_view foldedWord) const;
    // The word is in some lexicon phrase of any language (terms or analyte names).
    bool isLexiconWord(std::u16string_view foldedWord) const { return termLanguages(foldedWord) != 0; }

    // The concepts of the single-word terms of `languageIndex` written as `foldedWord`
    // ("mixoma" in pt: icd10:D21.9), "*" terms included.
    QStringList conceptsOfWord(std::u16string_view foldedWord, int languageIndex) const;

    struct NearMiss {
        QString term; // the known name as the lexicon writes it
        QString conceptId;
        FindingCategory category = FindingCategory::Medication;
        int distance = 0;
    };
    // The closest known medication or diagnosis name of `languageIndex` to `foldedWord`, when
    // it is close enough to be a misspelling of it (and not the word itself).
    std::optional<NearMiss> nearMiss(std::u16string_view foldedWord, int languageIndex) const;
    // Every such name, closest first (a word can be one letter from two drugs: "hepadin" from
    // "heparin" and "Bepadin"; the text around decides).
    std::vector<NearMiss> nearMisses(std::u16string_view foldedWord, int languageIndex) const;

    // A folded word spelt the way cognates and spelling variants are compared: "ph" as "f", no
    // "h", "y" as "i", "k" as "c", "z" as "c", no doubled letters ("prothrombin" and "protrombina"
    // both start "protrombin"; "carbamacepina" is "carbamazepina").
    static std::u16string cognateForm(std::u16string_view folded);

    // Optimal string alignment distance (Damerau-Levenshtein without repeated edits of a
    // substring), or `limit + 1` as soon as it exceeds `limit`.
    static int editDistance(std::u16string_view a, std::u16string_view b, int limit);

private:
    struct Name {
        std::u16string folded;
        QString written;
        QString conceptId;
        FindingCategory category = FindingCategory::Medication;
        int language = -1; // -1: every language
    };
    struct Key {
        std::uint64_t hash = 0;
        std::uint32_t name = 0;
        bool operator<(const Key& other) const
        {
            return hash < other.hash || (hash == other.hash && name < other.name);
        }
    };
    bool acceptable(const Name& name, std::u16string_view word, int distance, int languageIndex) const;

    std::vector<std::pair<std::uint64_t, int>> m_words; // folded word hash -> language bits, sorted
    struct WordTerm {
        std::uint64_t hash = 0;
        int language = -1;
        QString conceptId;
        bool operator<(const WordTerm& other) const { return hash < other.hash; }
    };
    std::vector<WordTerm> m_wordTerms; // single-word terms, sorted by hash
    std::vector<Name> m_names;
    std::vector<Key> m_deletions; // hash of a name or of the name less one letter
    std::vector<Key> m_prefixes;  // hash of a long name's first six letters
};

} // namespace caselens::qa
