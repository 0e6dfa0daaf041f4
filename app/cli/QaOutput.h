#pragma once

#include "findings/qa/TranslationChecker.h"

#include <QString>

namespace caselens::cli {

// A translation-check report for `check-pair` and `check`, as JSON (keys in a documented order:
// languages, score, words, counts, dismissed, issues) or as text for a terminal.
class QaOutput {
public:
    // `dismissed` < 0: no library, so no "dismissed" key.
    static QString json(const qa::QaReport& report, int dismissed = -1);
    static QString text(const qa::QaReport& report, int dismissed = -1);
};

} // namespace caselens::cli
