#pragma once

#include "CheckContext.h"

namespace caselens::qa {

// Polarity and certainty drift: a finding linked to its counterpart, negated (or uncertain) on
// one side only. ConText's scope differs between languages ("sem febre, tosse ou dispneia" and
// "no fever, cough or dyspnoea" need not reach the same words), so a drift is reported only
// when the two aligned passages also hold a different number of negation (or uncertainty)
// triggers: a negation really was lost or added, not just read differently.
void checkContextDrift(const PairView& pair, const CheckContext& context, QList<QaIssue>& issues);

} // namespace caselens::qa
