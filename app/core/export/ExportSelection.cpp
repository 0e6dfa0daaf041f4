#include "ExportSelection.h"

#include "storage/CaseRepository.h"
#include "storage/CaseSearch.h"

#include <algorithm>

namespace caselens {
namespace {

constexpr int kPage = 1000;

} // namespace

Result<QList<CaseId>> ExportSelection::resolve(storage::Library& library) const
{
    QList<CaseId> result;
    if (all) {
        const storage::CaseRepository cases(library);
        for (int offset = 0;; offset += kPage) {
            const auto page = cases.list(offset, kPage);
            if (!page)
                return Error{page.error()};
            for (const CaseSummary& summary : *page)
                result << summary.id;
            if (page->size() < kPage)
                break;
        }
        std::sort(result.begin(), result.end());
        return result;
    }
    if (status) {
        const storage::CaseSearch search(library);
        storage::SearchQuery query;
        query.status = status;
        query.limit = kPage;
        for (query.offset = 0;; query.offset += kPage) {
            const auto page = search.search(query);
            if (!page)
                return Error{page.error()};
            for (const storage::SearchHit& hit : page->hits)
                result << hit.summary.id;
            if (page->hits.size() < kPage)
                break;
        }
        return result;
    }
    const storage::CaseRepository cases(library);
    for (const CaseId id : ids) {
        const auto found = cases.load(id);
        if (!found)
            return Error{found.error()};
        result << id;
    }
    return result;
}

} // namespace caselens
