#pragma once

#include "model/Finding.h"
#include "model/Result.h"

#include <QList>
#include <QMap>
#include <QString>

namespace caselens {

// Reads brat standoff annotations (.ann, https://brat.nlplab.org/standoff.html) as findings.
// Text-bound annotations (T) whose label maps to a CaseLens category become findings;
// attributes on them or their events (A ... NEG, Negated, Uncertain, ...) set ConText flags.
// Offsets are code points of the .txt exactly as written; callers map them if they normalise it.
class BratReader {
public:
    struct Parsed {
        QList<Finding> findings;
        QMap<QString, int> skippedLabels; // labels with no CaseLens category, and how often
        int discontinuousSpans = 0;       // fragments joined into one covering span
    };

    // `text` is the .txt's text as read (not normalised), to check every span against it.
    static Result<Parsed> parse(const QString& annotations, const QString& text, const QString& fileName);
    // MACCROBAT, our own export and common corpus labels -> category, case-insensitive.
    static std::optional<FindingCategory> categoryForLabel(const QString& label);
};

} // namespace caselens
