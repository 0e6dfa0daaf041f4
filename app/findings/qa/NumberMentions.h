#pragma once

#include "PairView.h"

#include <QString>

#include <optional>
#include <vector>

namespace caselens::findings {
class CompiledLexicons;
}

namespace caselens::qa {

// A number written in a text, read in that text's language, with the unit that follows it.
struct NumberMention {
    int firstToken = 0;
    int endToken = 0;     // end of the number's tokens
    int unitEndToken = 0; // end of the unit's tokens (== endToken without a unit)
    int sentence = -1;
    double value = 0;                 // the reading taken: the language's, or plausibility's
    std::optional<double> otherValue; // the reading not taken, when the grouping is ambiguous
    bool againstConvention = false;   // plausibility took the reading the language's format does not give
    bool word = false;                // a number word ("duas", "two")
    QString written;                  // the number as written ("27,400")
    QString unit;                     // UCUM ("mg/dL"), or a time unit ("d", "wk", "a"); empty: none
    QString unitWritten;              // the unit as written ("mg/dl", "semanas")
    bool unitInferred = false;        // no unit written; the value finding's usual unit
    std::optional<double> canonical;  // value in the unit's dimension's canonical unit
    QString dimension;                // "mass_concentration", "time", ...
    bool clinical = false;            // a vital sign, lab value or dose: errors here can harm
    bool measured = false;            // inside a vital sign or lab result the engine found
    int finding = -1;                 // the value finding (vital sign, lab, age, time) around it
};

// Finds every number of a text: digits read per language ("27.400", "0,80"), number words
// ("duas", "two"), each with its unit. Digits glued to letters before them ("SpO2", "L5",
// "B12") name things rather than count them and are left out.
class NumberMentions {
public:
    static std::vector<NumberMention> find(const SideView& side, const findings::CompiledLexicons& lexicons);
    // Equal as numbers (relative tolerance, for values read from decimals).
    static bool sameNumber(double a, double b);
};

} // namespace caselens::qa
