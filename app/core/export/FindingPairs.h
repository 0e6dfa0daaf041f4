#pragma once

#include "model/CaseBundle.h"

#include <QList>

#include <functional>

namespace caselens {

// The rows of a findings table: a finding of the original with its linked counterpart in the
// translation on one row, every other finding on a row of its own; original findings first,
// in text order. Indices into bundle.findings, -1 for an empty side.
struct FindingPair {
    qsizetype original = -1;
    qsizetype translation = -1;
    qsizetype main() const { return original >= 0 ? original : translation; }
};

QList<FindingPair> pairFindings(const CaseBundle& bundle, const std::function<bool(qsizetype)>& include);

} // namespace caselens
