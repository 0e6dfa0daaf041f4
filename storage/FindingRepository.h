#pragma once

#include "Library.h"
#include "model/Case.h"
#include "model/Finding.h"
#include "model/Result.h"

#include <QList>
#include <QVariantMap>

namespace caselens::storage {

// Findings of a case's documents, their links across languages, and the clinician's decisions.
class FindingRepository {
public:
    explicit FindingRepository(Library& library);

    Result<QList<Finding>> forDocument(qint64 documentId) const;
    Result<QList<Finding>> forCase(CaseId caseId) const;
    Result<Finding> load(qint64 findingId) const;

    // Replaces what the extractor proposed for a document with a new extraction, keeping every
    // clinician decision: findings a clinician added, accepted, rejected or corrected stay, and a
    // new proposal on the same span and category as a kept finding is dropped. Records the
    // extractor's version on the document. Returns the findings' ids in input order; for a
    // dropped proposal, the id of the kept finding it matched.
    Result<QList<qint64>> replaceExtracted(qint64 documentId, const QList<Finding>& findings,
                                           const QString& extractorVersion);
    Result<QString> extractorVersion(qint64 documentId) const;
    // Cases with a document whose findings were made by another extractor version (or never).
    Result<QList<CaseId>> casesNeedingExtraction(const QString& extractorVersion, int limit) const;
    // Stores findings exactly as given (source and state kept): imports of annotated corpora and
    // of CaseLens's own case files. Returns their ids in input order.
    Result<QList<qint64>> insertAsIs(qint64 documentId, const QList<Finding>& findings);

    // Links between an original's and a translation's findings (ids), replacing the case's links.
    Status replaceLinks(CaseId caseId, const QList<FindingLink>& links);
    Result<QList<FindingLink>> links(CaseId caseId) const;

    // Clinician edits; each is recorded in the audit log with the old and new values.
    Result<qint64> addClinicianFinding(CaseId caseId, const Finding& finding);
    Status setState(qint64 findingId, FindingState state);
    // Replaces category, span and value of a finding and marks it corrected.
    Status correct(qint64 findingId, const Finding& corrected);
    // Restores a finding exactly as given (undo of a state change or correction).
    Status restore(const Finding& finding);
    Status remove(qint64 findingId);
    // Puts back a removed finding with its own id (undo of a delete, redo of an add).
    Status reinstate(CaseId caseId, const Finding& finding);

private:
    Result<CaseId> caseOfFinding(qint64 findingId) const;
    Result<qint64> insert(const Finding& finding);
    // The findings selected by a query's FROM, WHERE and ORDER BY clauses (on findings f).
    Result<QList<Finding>> read(const QString& fromWhereOrder, const QVariantMap& parameters) const;

    Library& m_library;
};

} // namespace caselens::storage
