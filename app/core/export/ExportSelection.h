#pragma once

#include "model/Case.h"
#include "model/Result.h"
#include "storage/Library.h"

#include <QList>

#include <optional>

namespace caselens {

// Which cases an export takes: some by id, those with a review status, or all of them.
struct ExportSelection {
    QList<CaseId> ids; // when neither of the others is set
    std::optional<ReviewStatus> status;
    bool all = false;

    // The case ids, in id order for a status or all; an id that is not in the library is an
    // error naming it, before anything is exported.
    Result<QList<CaseId>> resolve(storage::Library& library) const;
};

} // namespace caselens
