#pragma once

#include "findings/FindingsEngine.h"
#include "model/Result.h"

#include <QMap>
#include <QSet>
#include <QString>

namespace caselens::evaluation {

// How consistently findings are found and linked across human translations: for each document
// in `originalLanguage` and its `translationLanguage` version (MultiNEL: "<id>-<coll>.<lang>.txt"),
// the share of findings of each side that extractPair links. There is no gold link to score
// against; a high link rate says the lexicons and the linker agree across the languages.
struct LinkCounts {
    int original = 0;
    int translation = 0;
    int links = 0;
    double originalLinkRate() const { return original > 0 ? double(links) / original : 0; }
    double translationLinkRate() const { return translation > 0 ? double(links) / translation : 0; }
};

struct PairConsistencyResult {
    int pairs = 0;
    LinkCounts all;
    QMap<QString, LinkCounts> byCategory; // by the original finding's category
};

class PairConsistency {
public:
    static Result<PairConsistencyResult> run(const FindingsEngine& engine, const QString& folder,
                                             const QString& originalLanguage,
                                             const QString& translationLanguage,
                                             const QSet<QString>& onlyIds = {});
};

} // namespace caselens::evaluation
