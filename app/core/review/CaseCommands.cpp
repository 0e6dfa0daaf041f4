#include "CaseCommands.h"

#include "storage/CaseRepository.h"

#include <QCoreApplication>

namespace caselens {

SetStatusCommand::SetStatusCommand(ReviewSession& session, ReviewStatus before, ReviewStatus after)
    : ReviewCommand(session,
                    QCoreApplication::translate("ReviewCommands", "Set status to %1").arg(displayName(after)),
                    ReviewSession::Part::Case)
    , m_before(before)
    , m_after(after)
{}

Status SetStatusCommand::apply()
{
    return storage::CaseRepository(session().library()).setStatus(session().currentCase().id, m_after);
}

Status SetStatusCommand::revert()
{
    return storage::CaseRepository(session().library()).setStatus(session().currentCase().id, m_before);
}

SetTagsCommand::SetTagsCommand(ReviewSession& session, const QStringList& before, const QStringList& after)
    : ReviewCommand(session, QCoreApplication::translate("ReviewCommands", "Change tags"),
                    ReviewSession::Part::Case)
    , m_before(before)
    , m_after(after)
{}

Status SetTagsCommand::apply()
{
    return storage::CaseRepository(session().library()).setTags(session().currentCase().id, m_after);
}

Status SetTagsCommand::revert()
{
    return storage::CaseRepository(session().library()).setTags(session().currentCase().id, m_before);
}

} // namespace caselens
