#include "ReviewSession.h"

#include "AnnotationCommands.h"
#include "CaseCommands.h"
#include "FindingCommands.h"
#include "model/MessageContexts.h"
#include "storage/AlignmentRepository.h"
#include "storage/AnnotationRepository.h"
#include "storage/CaseRepository.h"
#include "storage/FindingRepository.h"

#include <QCoreApplication>

namespace caselens {
namespace {

QString stateVerb(FindingState state)
{
    switch (state) {
    case FindingState::Accepted:
        return ReviewText::tr("Accept “%1”");
    case FindingState::Rejected:
        return ReviewText::tr("Reject “%1”");
    case FindingState::Corrected:
        return ReviewText::tr("Correct “%1”");
    case FindingState::Proposed:
        return ReviewText::tr("Reset “%1”");
    }
    return ReviewText::tr("Change “%1”");
}

} // namespace

ReviewSession::ReviewSession(storage::Library& library, CaseId caseId, QObject* parent)
    : QObject(parent)
    , m_library(library)
    , m_caseId(caseId)
{}

ReviewSession::~ReviewSession()
{
    // Commands reference the session; clear them while it is still whole.
    m_undoStack.clear();
}

Status ReviewSession::load()
{
    const auto aCase = storage::CaseRepository(m_library).load(m_caseId);
    if (!aCase)
        return Error{aCase.error()};
    m_case = *aCase;
    storage::FindingRepository findingRepository(m_library);
    const auto findings = findingRepository.forCase(m_caseId);
    if (!findings)
        return Error{findings.error()};
    m_findings = *findings;
    const auto links = findingRepository.links(m_caseId);
    if (!links)
        return Error{links.error()};
    setLinks(*links);
    const auto annotations = storage::AnnotationRepository(m_library).forCase(m_caseId);
    if (!annotations)
        return Error{annotations.error()};
    m_annotations = *annotations;
    const auto alignment = storage::AlignmentRepository(m_library).find(m_caseId);
    if (!alignment)
        return Error{alignment.error()};
    m_alignment = *alignment;
    return {};
}

const Document* ReviewSession::document(DocumentRole role) const
{
    return role == DocumentRole::Original ? m_case.original() : m_case.translation();
}

const Finding* ReviewSession::finding(qint64 id) const
{
    for (const Finding& candidate : m_findings)
        if (candidate.id == id)
            return &candidate;
    return nullptr;
}

qint64 ReviewSession::counterpartOf(qint64 findingId) const
{
    return m_counterparts.value(findingId, 0);
}

void ReviewSession::setLinks(QList<FindingLink> links)
{
    m_links = std::move(links);
    // Every finding of a long report asks for its counterpart when the text is painted.
    m_counterparts.clear();
    m_counterparts.reserve(m_links.size() * 2);
    for (const FindingLink& link : m_links) {
        m_counterparts.insert(link.originalFinding, link.translationFinding);
        m_counterparts.insert(link.translationFinding, link.originalFinding);
    }
}

void ReviewSession::refresh(Part part, bool edited)
{
    switch (part) {
    case Part::Case:
        if (const auto aCase = storage::CaseRepository(m_library).load(m_caseId))
            m_case = *aCase;
        break;
    case Part::Findings:
        if (const auto findings = storage::FindingRepository(m_library).forCase(m_caseId))
            m_findings = *findings;
        if (const auto links = storage::FindingRepository(m_library).links(m_caseId))
            setLinks(*links);
        // A reviewer's edit leaves the sentences as they were; a new extraction may not.
        if (!edited)
            if (const auto alignment = storage::AlignmentRepository(m_library).find(m_caseId))
                m_alignment = *alignment;
        break;
    case Part::Annotations:
        if (const auto annotations = storage::AnnotationRepository(m_library).forCase(m_caseId))
            m_annotations = *annotations;
        break;
    }
    emit changed(part);
    if (edited)
        emit saved();
}

void ReviewSession::reportFailure(const QString& message)
{
    emit failed(message);
}

Status ReviewSession::execute(std::unique_ptr<ReviewCommand> command)
{
    if (auto applied = command->applyFirstTime(); !applied)
        return applied;
    m_undoStack.push(command.release());
    return {};
}

Result<qint64> ReviewSession::addAnnotation(const Annotation& annotation)
{
    Annotation adding = annotation;
    adding.caseId = m_caseId;
    adding.id = 0;
    auto command = std::make_unique<AddAnnotationCommand>(*this, adding);
    auto* raw = command.get();
    if (auto done = execute(std::move(command)); !done)
        return Error{done.error()};
    return raw->annotationId();
}

Status ReviewSession::editAnnotation(qint64 annotationId, const QString& label, const QString& subtype,
                                     const QString& comment)
{
    for (const Annotation& annotation : m_annotations) {
        if (annotation.id != annotationId)
            continue;
        Annotation after = annotation;
        after.label = label;
        after.subtype = subtype;
        after.comment = comment;
        return execute(std::make_unique<EditAnnotationCommand>(*this, annotation, after));
    }
    return Error{ReviewText::tr("There is no annotation %1 in this case.").arg(annotationId)};
}

Status ReviewSession::removeAnnotation(qint64 annotationId)
{
    for (const Annotation& annotation : m_annotations)
        if (annotation.id == annotationId)
            return execute(std::make_unique<RemoveAnnotationCommand>(*this, annotation));
    return Error{ReviewText::tr("There is no annotation %1 in this case.").arg(annotationId)};
}

Status ReviewSession::setFindingState(qint64 findingId, FindingState state)
{
    const Finding* current = finding(findingId);
    if (!current)
        return Error{ReviewText::tr("There is no finding %1 in this case.").arg(findingId)};
    if (current->state == state)
        return {};
    Finding after = *current;
    after.state = state;
    return execute(
        std::make_unique<ChangeFindingCommand>(*this, stateVerb(state).arg(current->text), *current, after));
}

Status ReviewSession::correctFinding(qint64 findingId, const Finding& corrected)
{
    const Finding* current = finding(findingId);
    if (!current)
        return Error{ReviewText::tr("There is no finding %1 in this case.").arg(findingId)};
    Finding after = corrected;
    after.id = current->id;
    after.documentId = current->documentId;
    after.source = current->source;
    after.state = FindingState::Corrected;
    return execute(std::make_unique<ChangeFindingCommand>(
        *this, stateVerb(FindingState::Corrected).arg(current->text), *current, after));
}

Result<qint64> ReviewSession::addFinding(const Finding& finding)
{
    auto command = std::make_unique<AddFindingCommand>(*this, finding);
    auto* raw = command.get();
    if (auto done = execute(std::move(command)); !done)
        return Error{done.error()};
    return raw->findingId();
}

Status ReviewSession::setStatus(ReviewStatus status)
{
    if (m_case.status == status)
        return {};
    return execute(std::make_unique<SetStatusCommand>(*this, m_case.status, status));
}

Status ReviewSession::setTags(const QStringList& tags)
{
    return execute(std::make_unique<SetTagsCommand>(*this, m_case.tags, tags));
}

} // namespace caselens
