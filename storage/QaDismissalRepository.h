#pragma once

#include "Library.h"
#include "model/QaDismissal.h"
#include "model/Result.h"

#include <QList>
#include <QSet>

namespace caselens::storage {

// Translation-check issues dismissed by reviewers, per case. Dismissing and restoring are
// recorded in the audit log with the change, like every edit to a case.
class QaDismissalRepository {
public:
    explicit QaDismissalRepository(Library& library);

    // Remembers that the issue with `issueKey` is not an error, as the library's current author;
    // returns the dismissal's id. Dismissing an issue again changes nothing and returns the same id.
    Result<qint64> dismiss(CaseId caseId, const QString& issueKey, const QString& issueType);
    // Forgets a dismissal: the check reports the issue again.
    Status restore(CaseId caseId, const QString& issueKey);
    Result<QList<QaDismissal>> forCase(CaseId caseId) const;
    // The keys of a case's dismissed issues, to filter a check's report.
    Result<QSet<QString>> keys(CaseId caseId) const;

private:
    Result<std::optional<QaDismissal>> find(CaseId caseId, const QString& issueKey) const;

    Library& m_library;
};

} // namespace caselens::storage
