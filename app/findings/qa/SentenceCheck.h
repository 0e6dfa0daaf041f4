#pragma once

#include "CheckContext.h"

namespace caselens::qa {

// Whole sentences on one side only: a 1-0 bead of the alignment is an omitted sentence, a 0-1
// bead an added one. A sentence counts when it says something: three words or more; major
// when it holds a clinical finding or a number, minor otherwise.
void checkSentences(const PairView& pair, const CheckContext& context, QList<QaIssue>& issues);

} // namespace caselens::qa
