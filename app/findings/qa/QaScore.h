#pragma once

#include "QaIssue.h"

#include <QList>

namespace caselens::qa {

// A per-case score in the manner of MQM (Multidimensional Quality Metrics): each issue costs
// penalty points by severity — critical 10, major 5, minor 1 — and the points are normalised
// per 100 words of the translation:
//
//     score = max(0, 100 − (10·critical + 5·major + 1·minor) × 100 / words)
//
// A clean translation scores 100; one critical issue in a 200-word text scores 95; a text
// without words scores 100 when clean and 0 otherwise.
struct QaScore {
    static constexpr int kCriticalPoints = 10;
    static constexpr int kMajorPoints = 5;
    static constexpr int kMinorPoints = 1;

    int critical = 0;
    int major = 0;
    int minor = 0;
    int words = 0;      // words of the translation
    int penalty = 0;    // points
    double score = 100; // 0..100

    int issueCount() const { return critical + major + minor; }
    static QaScore of(const QList<QaIssue>& issues, int words);
};

} // namespace caselens::qa
