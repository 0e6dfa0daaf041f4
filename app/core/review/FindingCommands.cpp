#include "FindingCommands.h"

#include "storage/FindingRepository.h"

#include <QCoreApplication>

namespace caselens {

ChangeFindingCommand::ChangeFindingCommand(ReviewSession& session, const QString& text, const Finding& before,
                                           const Finding& after)
    : ReviewCommand(session, text, ReviewSession::Part::Findings)
    , m_before(before)
    , m_after(after)
{}

Status ChangeFindingCommand::apply()
{
    return storage::FindingRepository(session().library()).restore(m_after);
}

Status ChangeFindingCommand::revert()
{
    return storage::FindingRepository(session().library()).restore(m_before);
}

AddFindingCommand::AddFindingCommand(ReviewSession& session, const Finding& finding)
    : ReviewCommand(session,
                    QCoreApplication::translate("ReviewCommands", "Add finding “%1”").arg(finding.text),
                    ReviewSession::Part::Findings)
    , m_finding(finding)
{}

Status AddFindingCommand::apply()
{
    storage::FindingRepository findings(session().library());
    if (m_finding.id != 0)
        return findings.reinstate(session().currentCase().id, m_finding);
    const auto id = findings.addClinicianFinding(session().currentCase().id, m_finding);
    if (!id)
        return Error{id.error()};
    const auto stored = findings.load(*id);
    if (stored)
        m_finding = *stored;
    return {};
}

Status AddFindingCommand::revert()
{
    return storage::FindingRepository(session().library()).remove(m_finding.id);
}

} // namespace caselens
