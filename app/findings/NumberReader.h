#pragma once

#include "Tokenizer.h"

#include <QStringView>

#include <optional>
#include <span>

namespace caselens::findings {

// A number as written, read in the text's language. When the grouping is ambiguous ("27,400"
// in Portuguese: 27.4 or 27400?) `alternative` holds the other reading, for the caller to
// choose by plausibility.
struct NumberReading {
    double value = 0;
    std::optional<double> alternative;
    int tokenCount = 0; // tokens the number spans
};

// Reads numbers written with decimal and grouping separators: pt/es write "27.400" and "0,80",
// en writes "27,400" and "0.80"; "1.234,5" and "1,234.5" are unambiguous in any language.
class NumberReader {
public:
    // The number starting at tokens[first] (a Number token), within [first, limit).
    static std::optional<NumberReading> read(std::span<const Token> tokens, int first, int limit,
                                             QStringView text, int languageIndex);
    // The same for a number on its own ("27,400"), for tests and tools.
    static std::optional<NumberReading> read(QStringView written, int languageIndex);
};

} // namespace caselens::findings
