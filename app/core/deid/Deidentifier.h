#pragma once

#include "DeidReplacement.h"
#include "model/CaseBundle.h"

#include <QList>

namespace caselens {

// De-identifies a whole case before it leaves the building (docs/export.md): the same rules on
// the original, the translation, the title, the source and every annotation's comment, with
// one numbering of placeholders for the case, so "Dr. García" is [NAME-1] in both languages and
// in a note. Dates move by one number of days per case, derived from its texts, so the original
// and its translation (and two exports of the same case) agree. Findings and annotations are
// moved to the words that replaced theirs. The history is dropped: the audit trail quotes the
// original titles and comments.
class Deidentifier {
public:
    struct Outcome {
        CaseBundle bundle;
        QList<DeidReplacement> replacements; // in text order: original, translation, title, source, comments
        int shiftDays = 0;
    };

    static Outcome apply(const CaseBundle& bundle);
    // Days every date of the case moves: 30 to 365, earlier or later, fixed by its texts.
    static int shiftDaysFor(const Case& aCase);
};

} // namespace caselens
