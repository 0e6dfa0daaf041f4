#pragma once

#include "CheckContext.h"

namespace caselens::qa {

// Left and right: each aligned sentence pair must say "left" (esquerdo/a, izquierdo/a) and
// "right" (direito/a, derecho/a) as often on both sides. A swap shows as the same number of
// side words with a different share of each; "left" as a verb ("the patient left") or a side
// named on one side only changes the total and is not taken for a swap.
void checkLaterality(const PairView& pair, const CheckContext& context, QList<QaIssue>& issues);

// Whether a folded word names a side in a language (0 pt, 1 es, 2 en): -1 left, 1 right, 0 no.
int lateralityOf(std::u16string_view foldedWord, int languageIndex);

} // namespace caselens::qa
