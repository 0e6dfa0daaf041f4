#include "BackgroundExtraction.h"

#include "CaseExtractor.h"
#include "storage/CaseRepository.h"
#include "storage/FindingRepository.h"

#include <spdlog/spdlog.h>

namespace caselens {

BackgroundExtraction::Report BackgroundExtraction::run(const QString& libraryPath, const QString& authorName,
                                                       const Progress& progress,
                                                       const std::atomic<bool>* cancel)
{
    Report report;
    auto library = storage::Library::open(libraryPath, storage::Library::Options{false});
    if (!library) {
        report.error = library.error();
        return report;
    }
    (*library)->setAuthorName(authorName);
    const auto extractor = CaseExtractor::forLibrary(**library);
    if (!extractor) {
        report.error = extractor.error();
        return report;
    }
    storage::FindingRepository findings(**library);
    const auto pending = findings.casesNeedingExtraction(extractor->version(), 1'000'000);
    if (!pending) {
        report.error = pending.error();
        return report;
    }
    const int total = int(pending->size());
    for (const CaseId id : *pending) {
        if (cancel && cancel->load()) {
            report.cancelled = true;
            break;
        }
        if (const Status stored = extractor->extractAndStore(**library, id); !stored) {
            ++report.failed;
            spdlog::warn("extraction: case {} could not be updated", id);
            if (report.error.isEmpty())
                report.error = stored.error();
        } else {
            ++report.updated;
        }
        if (progress)
            progress(id, report.updated + report.failed, total);
    }
    if (total > 0)
        spdlog::info("extraction: {} cases brought up to date, {} failed", report.updated, report.failed);
    return report;
}

} // namespace caselens
