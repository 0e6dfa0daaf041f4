#pragma once

#include "ReviewCommand.h"

namespace caselens {

class SetStatusCommand final : public ReviewCommand {
public:
    SetStatusCommand(ReviewSession& session, ReviewStatus before, ReviewStatus after);

protected:
    Status apply() override;
    Status revert() override;

private:
    ReviewStatus m_before;
    ReviewStatus m_after;
};

class SetTagsCommand final : public ReviewCommand {
public:
    SetTagsCommand(ReviewSession& session, const QStringList& before, const QStringList& after);

protected:
    Status apply() override;
    Status revert() override;

private:
    QStringList m_before;
    QStringList m_after;
};

} // namespace caselens
