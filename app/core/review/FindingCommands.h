#pragma once

#include "ReviewCommand.h"

namespace caselens {

// Accept, reject or correct: the finding as it was and as it becomes.
class ChangeFindingCommand final : public ReviewCommand {
public:
    ChangeFindingCommand(ReviewSession& session, const QString& text, const Finding& before,
                         const Finding& after);

protected:
    Status apply() override;
    Status revert() override;

private:
    Finding m_before;
    Finding m_after;
};

// A finding the extractor missed, added by the reviewer.
class AddFindingCommand final : public ReviewCommand {
public:
    AddFindingCommand(ReviewSession& session, const Finding& finding);
    qint64 findingId() const { return m_finding.id; }

protected:
    Status apply() override;
    Status revert() override;

private:
    Finding m_finding;
};

} // namespace caselens
