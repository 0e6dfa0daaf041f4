#include "QaAnnotation.h"

namespace caselens::qa {

QString translationErrorLabel()
{
    // Stored in libraries and matched by filters: the same in every interface language.
    return QStringLiteral("Translation error");
}

Annotation translationErrorAnnotation(const QaIssue& issue, CaseId caseId, qint64 originalDocumentId,
                                      qint64 translationDocumentId)
{
    const bool onTranslation = !issue.translation.isEmpty();
    const IssueSpan& span = onTranslation ? issue.translation : issue.original;
    Annotation annotation;
    annotation.caseId = caseId;
    annotation.documentId = onTranslation ? translationDocumentId : originalDocumentId;
    annotation.start = span.start;
    annotation.end = span.end;
    annotation.label = translationErrorLabel();
    annotation.subtype = annotationSubtype(issue.type);
    annotation.comment = issue.message;
    return annotation;
}

} // namespace caselens::qa
