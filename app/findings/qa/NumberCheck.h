#pragma once

#include "CheckContext.h"

namespace caselens::qa {

// Values and units. Every number of an aligned sentence pair must have its counterpart on the
// other side, read in that side's language ("27.400" in Portuguese = "27,400" in English;
// "27.400" ≠ "27.4"), or in an equivalent unit (27,400/mm3 = 27.4 ×10⁹/L). Reports:
//  - value: numbers that differ (critical for vital signs, lab values and doses, else major);
//  - unit: the same number with units that are not equivalent (mg/dL vs g/dL);
//  - locale convention (minor): a number written in another language's format, read by
//    plausibility ("leucócitos 27,400/mm3" in Portuguese is 27 400), or copied as written
//    into a language that reads it otherwise;
//  - omission / addition: a number with no counterpart at all.
// Sentences the alignment leaves unmatched are the sentence check's; their numbers may still
// match numbers of the neighbouring sentences, which the alignment may have cut differently.
void checkNumbers(const PairView& pair, const CheckContext& context, QList<QaIssue>& issues);

} // namespace caselens::qa
