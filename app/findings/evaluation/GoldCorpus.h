#pragma once

#include "model/Result.h"

#include <QList>
#include <QSet>
#include <QString>

namespace caselens::evaluation {

// An annotated span of a gold-standard corpus, already mapped to one of the evaluation
// categories (docs/quality.md lists the mappings). Offsets count code points; a discontinuous
// span is kept as its extent [start, end).
struct GoldSpan {
    QString category; // "age", "medication", ..., "value" (vital sign or lab value), "condition", "time"
    int start = 0;
    int end = 0;
    QString label;    // the corpus's own label, for reports
    int polarity = 0; // 1 negated, -1 affirmed, 0 not annotated
};

struct GoldDocument {
    QString id;
    QString text;
    QList<GoldSpan> spans;
};

enum class GoldFormat { Brat, E3c, Codiesp };

// Reads the development corpora in ../shared/data: MACCROBAT (brat), E3C (UIMA XMI) and CodiEsp
// (X.tsv evidence spans), mapping their labels to CaseLens categories. `onlyIds`, when not
// empty, keeps those documents (for tuning/held-out halves).
class GoldCorpus {
public:
    static Result<QList<GoldDocument>> read(GoldFormat format, const QString& folder,
                                            const QSet<QString>& onlyIds = {});
    static std::optional<GoldFormat> formatFromKey(const QString& key);

    static Result<QList<GoldDocument>> readBrat(const QString& folder, const QSet<QString>& onlyIds);
    static Result<QList<GoldDocument>> readE3c(const QString& folder, const QSet<QString>& onlyIds);
    static Result<QList<GoldDocument>> readCodiesp(const QString& folder, const QSet<QString>& onlyIds);
};

} // namespace caselens::evaluation
