#pragma once

#include "CandidateFinding.h"
#include "SentenceSplitter.h"

#include <QStringView>

#include <span>
#include <vector>

namespace caselens::findings {

// Ages, durations and dates, from numbers (or number words) and time units:
//  - age: "47-year-old", "47 years old", "aged 47", "47 yo"; "homem de 47 anos", "varón de
//    76 años", "paciente de 13 años", "Mulher, 47 anos", "47 anos de idade" — a "de N anos"
//    counts as an age only next to a person ("homem", "paciente", "varón"...), since "dor de 2
//    anos de evolução" is a duration. Value in years (months and days converted), unit "a".
//    An age at an event ("diagnosed at 42 years of age", "since age 5", "aos 42 anos", "a los
//    42 años") is a time (concept "cl:age_at_event"), not the patient's age.
//  - time: "duas semanas", "10 días antes", "two weeks", "3 days", "há 3 meses"; value and
//    UCUM unit ("d", "wk", "mo", "a", "h", "min"), concept "cl:duration".
//  - days of the course: "day 5", "dia 3", "día 2"; concept "cl:day_of_course", value the day.
//  - dates: "12/03/2009", "março de 2010", "in 2005"; concept "cl:date", no value.
class TimeExpressionExtractor {
public:
    static void extract(QStringView text, std::span<const Token> tokens, const SentenceBounds& sentence,
                        int languageIndex, std::vector<std::uint8_t>& claimed,
                        std::vector<CandidateFinding>& out);
};

} // namespace caselens::findings
