#include "ReviewCommand.h"

namespace caselens {

ReviewCommand::ReviewCommand(ReviewSession& session, const QString& text, ReviewSession::Part part)
    : QUndoCommand(text)
    , m_session(session)
    , m_part(part)
{}

Status ReviewCommand::applyFirstTime()
{
    const Status status = apply();
    m_applied = status.ok();
    if (m_applied)
        finish(status);
    return status;
}

void ReviewCommand::redo()
{
    if (m_applied) { // QUndoStack::push calls redo(): the edit is already in the library
        m_applied = false;
        return;
    }
    finish(apply());
}

void ReviewCommand::undo()
{
    finish(revert());
}

void ReviewCommand::finish(const Status& status)
{
    if (!status)
        m_session.reportFailure(status.error());
    // Re-read either way: after a failure the workspace must show what the library holds.
    m_session.refresh(m_part, status.ok());
}

} // namespace caselens
