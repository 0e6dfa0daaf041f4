#pragma once

#include <QList>
#include <QString>

namespace caselens::qaharness {

// An original and its translation from one of the development corpora.
struct CorpusPair {
    QString corpus; // "seed", "multinel", "codiesp"
    QString id;
    QString part; // "tuning" or "held-out" ("seed" for the seed case)
    QString originalLanguage;
    QString translationLanguage;
    QString original;
    QString translation;
};

// Reads the pairs the translation check is measured on (docs/quality.md, "Translation check"):
//  - the seed case (resources/demo/septic-shock-47m, pt -> en);
//  - MultiNEL (human translations): pt -> en and es -> en of each abstract, split into halves by
//    sha256("caselens-half:" + id) like tools/evaluation/make_splits.py: A tunes, B is held out;
//  - CodiEsp (machine translations): es -> en, train tunes, dev is held out.
class PairCorpus {
public:
    static QList<CorpusPair> seed(const QString& sourceDir);
    static QList<CorpusPair> multinel(const QString& dataDir);
    static QList<CorpusPair> codiesp(const QString& dataDir);
    // "A" or "B", as tools/evaluation/make_splits.py computes it.
    static QString half(const QString& id);
};

} // namespace caselens::qaharness
