#pragma once

#include <QList>
#include <QString>

namespace caselens {

// A sentence of an extracted text. Offsets count code points, like Finding's.
struct SentenceSpan {
    int start = 0;
    int end = 0;
    QString section; // the section key the sentence belongs to, or empty

    friend bool operator==(const SentenceSpan&, const SentenceSpan&) = default;
};

// Sentences of an original and its translation that say the same thing: original sentences
// [originalFirst, originalFirst + originalCount) match translation sentences
// [translationFirst, translationFirst + translationCount). A count of 0 means a sentence left
// out (or added) by the translation.
struct SentenceAlignment {
    int originalFirst = 0;
    int originalCount = 0;
    int translationFirst = 0;
    int translationCount = 0;
    double score = 0; // 0..1: how sure the alignment is

    friend bool operator==(const SentenceAlignment&, const SentenceAlignment&) = default;
};

// How a case's two texts correspond sentence by sentence, as the extraction found it: kept in
// the library so that opening a case (a long one above all) need not align it again.
struct CaseAlignment {
    QList<SentenceSpan> originalSentences;    // without their section (not kept)
    QList<SentenceSpan> translationSentences; // likewise
    QList<SentenceAlignment> beads;

    bool isEmpty() const { return beads.isEmpty(); }
    friend bool operator==(const CaseAlignment&, const CaseAlignment&) = default;
};

} // namespace caselens
