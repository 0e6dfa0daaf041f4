#pragma once

#include "Annotation.h"
#include "Case.h"
#include "Finding.h"

#include <QList>

#include <optional>

namespace caselens {

// Everything about one case, for moving it whole between a library and a file: texts,
// findings (with the clinician's decisions), links, annotations and history.
struct CaseBundle {
    Case aCase;
    // Findings of each document. documentId refers to aCase.documents[i].id when loaded from a
    // library; in a file, findingDocumentRoles says which document each finding belongs to.
    QList<Finding> findings;
    QList<DocumentRole> findingDocumentRoles; // parallel to findings
    // Links as indices into `findings` (original side, translation side).
    QList<FindingLink> links;
    QList<Annotation> annotations;
    QList<DocumentRole> annotationDocumentRoles; // parallel to annotations; ignored for whole-case notes
    QList<AuditEntry> history;
    // The last translation check's score (derived: the library recomputes it on import).
    std::optional<TranslationCheckSummary> translationCheck;
};

} // namespace caselens
