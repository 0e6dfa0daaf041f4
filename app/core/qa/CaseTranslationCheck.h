#pragma once

#include "findings/qa/TranslationChecker.h"
#include "model/Case.h"
#include "model/Result.h"
#include "storage/Library.h"

#include <QList>

#include <memory>

namespace caselens {

// The translation check of a case in the library, less the issues reviewers dismissed.
struct CaseQaReport {
    qa::QaReport report;          // the open issues, and the score they give
    QList<qa::QaIssue> dismissed; // issues found again but dismissed before
    qint64 originalDocumentId = 0;
    qint64 translationDocumentId = 0;
};

// The score and counts the library keeps for the case list.
TranslationCheckSummary toSummary(const qa::QaScore& score);

// Runs the translation check on a stored case and remembers dismissals (storage's
// QaDismissalRepository), so the app's QA panel and `caselens-cli check` agree on what is open.
class CaseTranslationCheck {
public:
    explicit CaseTranslationCheck(
        storage::Library& library,
        std::shared_ptr<const qa::TranslationChecker> checker = qa::TranslationChecker::shared());

    Result<CaseQaReport> check(CaseId caseId) const;
    // Keeps the report's score for the case list (check() itself only reads the library).
    Status rememberScore(CaseId caseId, const CaseQaReport& report);
    // Remembers that `issue` is not an error; the check stops reporting it for this case.
    Status dismiss(CaseId caseId, const qa::QaIssue& issue);
    // Reports a dismissed issue again.
    Status restore(CaseId caseId, const QString& issueKey);

private:
    storage::Library& m_library;
    std::shared_ptr<const qa::TranslationChecker> m_checker;
};

} // namespace caselens
