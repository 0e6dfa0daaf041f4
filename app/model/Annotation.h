#pragma once

#include "Case.h"

#include <QDateTime>
#include <QString>

namespace caselens {

// A clinician's note: on a span of one document, or on the whole case (documentId == 0).
// Offsets count code points of the document's text, like findings.
struct Annotation {
    qint64 id = 0; // 0 until stored
    CaseId caseId = 0;
    qint64 documentId = 0;
    int start = 0;
    int end = 0;
    QString
        label; // "Key finding", "Red flag", "Teaching point", "Question", "Translation error", "Note", ...
    QString subtype; // e.g. the kind of translation error: "omission", "number/unit"
    QString comment;
    QString author;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isWholeCase() const { return documentId == 0; }
};

// One line of a case's history: who changed what, when, from what to what (JSON text).
struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    QString author;
    CaseId caseId = 0;
    QString entity; // "case", "status", "tags", "finding", "annotation", "findings", "qa_dismissal"
    qint64 entityId = 0;
    QString action; // "create", "update", "delete"
    QString oldValue;
    QString newValue;
};

} // namespace caselens
