#pragma once

#include "PairView.h"

#include <vector>

namespace caselens::qa {

// The sentence alignment the translation check works on. The engine's SentenceAligner (Gale &
// Church with number and concept anchors) serves linking findings, and like Gale & Church it
// holds a lost sentence so unlikely that it rather merges it with a neighbour (a 2-1 bead) or
// shifts every pair after it by one. A check looking for lost sentences needs the opposite bias:
//  - a sentence left out costs a fixed price, whatever its length;
//  - sentences that correspond share more than findings and numbers: medical Portuguese,
//    Spanish and English share word stems ("anestesia" / "anesthesia", "hemodinâmica" /
//    "hemodynamic"), so the first four letters of the longer words are anchors too;
//  - the length ratio is the median of the one-to-one pairs' ratios, which a lost sentence does
//    not skew (the ratio of the whole texts would hide the loss).
// Dynamic programming over 1-1, 1-0, 0-1, 2-1 and 1-2 beads, as the engine's aligner.
class QaAligner {
public:
    // What sharing every anchor and stem (Jaccard 1) takes off a sentence pair's cost.
    static constexpr double kAnchorWeight = 12.0;

    static std::vector<Bead> align(const SideView& original, const SideView& translation);
    // -log P(lengths) under Gale & Church's normal model of length ratios (as the engine's aligner).
    static double lengthCost(double originalLength, double translationLength, double ratio);
};

} // namespace caselens::qa
