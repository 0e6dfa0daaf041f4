#pragma once

#include "findings/ExtractionResult.h"

#include <functional>
#include <optional>

namespace caselens::findings {

// Pairs each finding of an original with its counterpart in the translation: the same concept
// (and, for values, ages and durations, the same value once converted to a canonical unit), in
// the aligned sentence or near it. Pairs are taken best first (score, then closeness of
// relative position), each finding at most once; the rest are reported unpaired.
class FindingLinker {
public:
    // The canonical value of a finding (FindingsEngine::canonicalQuantity's value).
    using CanonicalValue = std::function<std::optional<double>(const Finding&)>;

    static void link(PairResult& pair, const CanonicalValue& canonicalValue);
};

} // namespace caselens::findings
