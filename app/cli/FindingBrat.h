#pragma once

#include "findings/ExtractionResult.h"

#include <QString>

namespace caselens::cli {

// brat standoff (.ann) for findings: "T1<TAB>medication 120 131<TAB>ceftriaxona", then the
// ConText attributes ("A1<TAB>Negated T1", "A2<TAB>Experiencer T1 other") and the concept, code
// and value as an AnnotatorNotes comment. A span across a line break becomes fragments
// ("10 15;16 20"), as brat requires. Offsets are the findings' code points.
class FindingBrat {
public:
    static QString standoff(const QString& text, const ExtractionResult& result);
};

} // namespace caselens::cli
