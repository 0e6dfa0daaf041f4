#pragma once

#include "findings/ExtractionResult.h"

#include <QList>
#include <QString>

namespace caselens::findings {

// Aligns the sentences of an original and its translation: Gale & Church's length-based
// dynamic programme (1993) — 1-1, 1-0, 0-1, 2-1 and 1-2 beads, costed by how unlikely the
// length ratio is — with anchors: sentences that share numbers ("27,400", "0,80") or finding
// concepts are cheaper to pair. Numbers and concepts are what translations keep, so the anchors
// hold even when lengths drift (machine translations, dropped sentences).
class SentenceAligner {
public:
    static QList<SentenceAlignment> align(const QString& originalText, const ExtractionResult& original,
                                          const QString& translationText,
                                          const ExtractionResult& translation);
};

} // namespace caselens::findings
