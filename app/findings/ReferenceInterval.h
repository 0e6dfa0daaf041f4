#pragma once

#include "LanguageRules.h"
#include "Tokenizer.h"

#include <QStringView>

#include <span>

namespace caselens::findings {

// The reference interval a laboratory prints next to a result is not the patient's value:
// "ALT 247 U/L (normal < 33 U/L)", "lactate 1.3 mmol/L (normal range 0.5–2.2 mmol/L)",
// "amylase 249 U/L [reference up to 100 U/L]", "LDH 547 U/L (106–211 U/L)",
// "VR: 0,5-2,2 mmol/L". Its numbers must not become findings of their own.
class ReferenceInterval {
public:
    // True when the number at tokens[valueToken] lies in a reference interval of the sentence
    // that starts at tokens[sentenceFirst]. `previousValueEnd` is the end token of the value
    // found last in the sentence (-1 if none): a bracketed range right after a value is its
    // interval even without a word saying so.
    static bool contains(QStringView text, std::span<const Token> tokens, int sentenceFirst, int valueToken,
                         int previousValueEnd, const LanguageRules& rules);
};

} // namespace caselens::findings
