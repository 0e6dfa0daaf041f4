#pragma once

#include "Library.h"
#include "model/Case.h"
#include "model/Result.h"

#include <optional>

namespace caselens::storage {

class SqlStatement;

// The last translation-check score of each case (table qa_scores), kept so that the case list
// can show every case's score without checking it again.
class QaScoreRepository {
public:
    explicit QaScoreRepository(Library& library);

    // Replaces the case's score; a case that no longer exists is ignored (it was deleted while
    // the check ran).
    Status save(CaseId caseId, const TranslationCheckSummary& summary);
    Result<std::optional<TranslationCheckSummary>> find(CaseId caseId) const;

private:
    Library& m_library;
};

// The columns CaseSearch and CaseRepository add to a case summary's query (c is the cases
// table): score, critical, major, minor; NULL when the case was never checked.
QString translationCheckColumns();
// Reads those four columns, starting at `column`, into the summary.
void readTranslationCheck(const SqlStatement& row, int column, CaseSummary& summary);

} // namespace caselens::storage
