#pragma once

#include "QaIssue.h"
#include "model/Annotation.h"

namespace caselens::qa {

// The label of the annotations a translation issue becomes.
QString translationErrorLabel(); // "Translation error"

// The "Translation error" annotation for an issue: on its translation span, or, when the
// translation has nothing to point at (an omission), on the original's span. The subtype says
// what kind of error it is (annotationSubtype(type)); the comment is the issue's message. The
// caller adds it through ReviewSession::addAnnotation, which saves and audits it.
Annotation translationErrorAnnotation(const QaIssue& issue, CaseId caseId, qint64 originalDocumentId,
                                      qint64 translationDocumentId);

} // namespace caselens::qa
