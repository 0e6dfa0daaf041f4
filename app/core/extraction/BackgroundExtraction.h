#pragma once

#include "model/Case.h"
#include "model/Result.h"

#include <QString>

#include <atomic>
#include <functional>

namespace caselens {

// Brings every case of a library up to the current extractor: cases imported without findings
// (the demo library, imports from the app) and cases extracted with older lexicons or before the
// user added terms. Clinician decisions are kept (FindingRepository::replaceExtracted).
// Opens its own connection, so it runs on a worker thread while the app stays responsive.
class BackgroundExtraction {
public:
    struct Report {
        int updated = 0;
        int failed = 0;
        bool cancelled = false;
        QString error; // why it stopped early, if it did
    };
    // After each case; `total` is how many were out of date when the run began.
    using Progress = std::function<void(CaseId updatedCase, int done, int total)>;

    static Report run(const QString& libraryPath, const QString& authorName, const Progress& progress = {},
                      const std::atomic<bool>* cancel = nullptr);
};

} // namespace caselens
