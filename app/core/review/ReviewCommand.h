#pragma once

#include "ReviewSession.h"

#include <QUndoCommand>

namespace caselens {

// One reviewer edit. apply() makes it in the library, revert() takes it back. The session runs
// apply() before pushing the command, so the first redo() the stack makes is skipped.
class ReviewCommand : public QUndoCommand {
public:
    ReviewCommand(ReviewSession& session, const QString& text, ReviewSession::Part part);

    Status applyFirstTime();
    void redo() final;
    void undo() final;

protected:
    virtual Status apply() = 0;
    virtual Status revert() = 0;
    ReviewSession& session() { return m_session; }

private:
    void finish(const Status& status);

    ReviewSession& m_session;
    ReviewSession::Part m_part;
    bool m_applied = false;
};

} // namespace caselens
