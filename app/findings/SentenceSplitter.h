#pragma once

#include "CompiledLexicons.h"
#include "Tokenizer.h"

#include <QStringView>

#include <span>
#include <vector>

namespace caselens::findings {

// A sentence as a token range [firstToken, endToken) and UTF-16 offsets [start, end).
struct SentenceBounds {
    int firstToken = 0;
    int endToken = 0;
    int start = 0;
    int end = 0;
};

// Splits a text into sentences at '.', '!', '?' and line breaks, and survives what case
// reports are full of: decimals ("37.5"), genus initials ("E. coli", "S. aureus"), titles and
// initials ("Dr. J. R. Smith"), abbreviations from sentence_abbreviations.tsv ("p. ej.",
// "i.v.", "et al."), and units or levels that end a sentence ("9,9 g/dl.", "L5-S1.").
// A line break ends a sentence unless the next line goes on in lower case (a wrapped line).
class SentenceSplitter {
public:
    static void split(QStringView text, std::span<const Token> tokens, const LanguageLexicon& lexicon,
                      std::vector<SentenceBounds>& out);
};

} // namespace caselens::findings
