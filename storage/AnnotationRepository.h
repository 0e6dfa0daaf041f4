#pragma once

#include "Library.h"
#include "model/Annotation.h"
#include "model/Result.h"

#include <QList>

namespace caselens::storage {

// Clinicians' annotations: span comments and whole-case notes. Every change is audited.
class AnnotationRepository {
public:
    explicit AnnotationRepository(Library& library);

    // Stores a new annotation by the library's current author; returns its id.
    Result<qint64> add(const Annotation& annotation);
    // Puts back an annotation with its own id (redo of an add, undo of a delete).
    Status reinstate(const Annotation& annotation);
    // Stores an annotation from a case file as written: its author and times are kept.
    Result<qint64> importAnnotation(const Annotation& annotation);
    // Changes label, subtype and comment (span and case stay).
    Status update(const Annotation& annotation);
    Status remove(qint64 annotationId);
    Result<Annotation> load(qint64 annotationId) const;
    Result<QList<Annotation>> forCase(CaseId caseId) const;

private:
    Status validate(const Annotation& annotation) const;
    Result<qint64> write(const Annotation& annotation, bool keepId, qint64 authorId, bool keepTimes);

    Library& m_library;
};

} // namespace caselens::storage
