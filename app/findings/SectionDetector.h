#pragma once

#include "CompiledLexicons.h"
#include "SentenceSplitter.h"

#include <QStringView>

#include <span>
#include <vector>

namespace caselens::findings {

// A section in UTF-16 offsets; `key` indexes CompiledLexicons::sectionKeys().
struct SectionBounds {
    int key = -1;
    int start = 0;
    int end = 0;
    int headingStart = 0;
    int headingEnd = 0;
};

// Finds section headings (sections.tsv) where a sentence or a line starts: "Diagnóstico:",
// "EXAMEN FÍSICO", "Exame complementar: leucócitos ...", and inline ones followed by a comma
// when they have two words or more ("Ao exame, ...", "On examination, ..."). A heading must be
// followed by ':', '.', '-', the end of its line, or such a comma, so "History of diabetes" is
// not a heading. A section runs to the next heading.
class SectionDetector {
public:
    // `sentenceSections` receives each sentence's section (index into `sections`, or -1).
    static void detect(QStringView text, std::span<const Token> tokens,
                       std::span<const SentenceBounds> sentences, const LanguageLexicon& lexicon,
                       std::vector<SectionBounds>& sections, std::vector<int>& sentenceSections);
};

} // namespace caselens::findings
