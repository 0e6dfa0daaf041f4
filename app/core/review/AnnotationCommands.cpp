#include "AnnotationCommands.h"

#include "model/MessageContexts.h"
#include "storage/AnnotationRepository.h"

#include <QCoreApplication>

namespace caselens {
namespace {

} // namespace

AddAnnotationCommand::AddAnnotationCommand(ReviewSession& session, const Annotation& annotation)
    : ReviewCommand(session, ReviewText::tr("Add annotation “%1”").arg(annotation.label),
                    ReviewSession::Part::Annotations)
    , m_annotation(annotation)
{}

Status AddAnnotationCommand::apply()
{
    storage::AnnotationRepository annotations(session().library());
    if (m_annotation.id != 0) // redo: the same annotation, with the same id, comes back
        return annotations.reinstate(m_annotation);
    const auto id = annotations.add(m_annotation);
    if (!id)
        return Error{id.error()};
    const auto stored = annotations.load(*id);
    if (stored)
        m_annotation = *stored;
    return {};
}

Status AddAnnotationCommand::revert()
{
    return storage::AnnotationRepository(session().library()).remove(m_annotation.id);
}

EditAnnotationCommand::EditAnnotationCommand(ReviewSession& session, const Annotation& before,
                                             const Annotation& after)
    : ReviewCommand(session, ReviewText::tr("Edit annotation “%1”").arg(after.label),
                    ReviewSession::Part::Annotations)
    , m_before(before)
    , m_after(after)
{}

Status EditAnnotationCommand::apply()
{
    return storage::AnnotationRepository(session().library()).update(m_after);
}

Status EditAnnotationCommand::revert()
{
    return storage::AnnotationRepository(session().library()).update(m_before);
}

RemoveAnnotationCommand::RemoveAnnotationCommand(ReviewSession& session, const Annotation& annotation)
    : ReviewCommand(session, ReviewText::tr("Delete annotation “%1”").arg(annotation.label),
                    ReviewSession::Part::Annotations)
    , m_annotation(annotation)
{}

Status RemoveAnnotationCommand::apply()
{
    return storage::AnnotationRepository(session().library()).remove(m_annotation.id);
}

Status RemoveAnnotationCommand::revert()
{
    return storage::AnnotationRepository(session().library()).reinstate(m_annotation);
}

} // namespace caselens
