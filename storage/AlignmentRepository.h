#pragma once

#include "Library.h"
#include "model/Case.h"
#include "model/Result.h"
#include "model/SentenceAlignment.h"

#include <optional>

namespace caselens::storage {

// The sentence alignment of each case's two texts (table sentence_alignments), written with the
// findings of every extraction and read when the case is opened.
class AlignmentRepository {
public:
    explicit AlignmentRepository(Library& library);

    // Replaces the case's alignment; a case that no longer exists is ignored.
    Status save(CaseId caseId, const CaseAlignment& alignment);
    // nullopt when the case has none, or when what is kept cannot be read (it is derived data:
    // the case is then aligned again, and the next extraction rewrites it).
    Result<std::optional<CaseAlignment>> find(CaseId caseId) const;

private:
    Library& m_library;
};

} // namespace caselens::storage
