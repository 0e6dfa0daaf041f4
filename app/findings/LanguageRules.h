#pragma once

#include "FlatHashMap.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace caselens::findings {

// A unit of time as written in a duration ("semanas", "days", "h").
struct TimeUnit {
    const char* ucum = ""; // "min", "h", "d", "wk", "mo", "a"
    double days = 0;
};

// The small closed word classes the pattern extractors need in each language: number words,
// time units, the words around ages and values. These are grammar, not vocabulary (which lives
// in the lexicon files), so they are kept here next to the code that reads them.
// Lookups take the hash of a folded token (Token::hash).
class LanguageRules {
public:
    static const LanguageRules& forLanguage(int languageIndex); // CompiledLexicons::languageIndex

    std::optional<int> numberWord(std::uint64_t token) const;    // "duas", "two", "tres"
    std::optional<TimeUnit> timeUnit(std::uint64_t token) const; // "semanas", "days"
    bool isAgeUnit(std::uint64_t token) const;                   // "anos", "years", "yo"
    bool isRelativeAfter(std::uint64_t token) const;             // "antes", "ago", "later"
    bool isRelativeBefore(std::uint64_t token) const;            // "há", "hace" (= ago)
    bool isPersonNoun(std::uint64_t token) const;                // "homem", "paciente", "boy"
    bool isAgeIntroducer(std::uint64_t token) const;             // "aged", "idade", "edad"
    bool isValueFiller(std::uint64_t token) const;               // "of", "was", "de", "sérica"
    // Words that open a laboratory's reference interval: "(normal 0-20)", "(VR: 0,5-2,2)".
    bool isReferenceWord(std::uint64_t token) const;   // "normal", "reference", "vr"
    bool isRespectively(std::uint64_t token) const;    // "respectively", "respectivamente"
    bool isListConjunction(std::uint64_t token) const; // "and", "e", "y" (not "or": a doubt)
    bool isMonth(std::uint64_t token) const;           // "março", "january"
    bool isDatePreposition(std::uint64_t token) const; // "in", "em", "en"
    // Words before an age that make it the age at an event ("at 42 years of age", "aos 42
    // anos", "a los 42 años", "since age 5"), not the patient's age now.
    bool isEventAgePreposition(std::uint64_t token) const; // "at", "since", "aos", "los"

private:
    LanguageRules() = default;
    static LanguageRules build(int languageIndex);
    void add(FlatHashMap& map, const char* words, std::uint32_t value = 1);

    FlatHashMap m_numberWords;
    FlatHashMap m_timeUnits; // value: index into kTimeUnits
    FlatHashMap m_ageUnits;
    FlatHashMap m_relativeAfter;
    FlatHashMap m_relativeBefore;
    FlatHashMap m_personNouns;
    FlatHashMap m_ageIntroducers;
    FlatHashMap m_valueFillers;
    FlatHashMap m_referenceWords;
    FlatHashMap m_respectively;
    FlatHashMap m_listConjunctions;
    FlatHashMap m_months;
    FlatHashMap m_datePrepositions;
    FlatHashMap m_eventAgePrepositions;
};

} // namespace caselens::findings
