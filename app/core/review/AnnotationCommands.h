#pragma once

#include "ReviewCommand.h"

namespace caselens {

class AddAnnotationCommand final : public ReviewCommand {
public:
    AddAnnotationCommand(ReviewSession& session, const Annotation& annotation);
    qint64 annotationId() const { return m_annotation.id; }

protected:
    Status apply() override;
    Status revert() override;

private:
    Annotation m_annotation;
};

class EditAnnotationCommand final : public ReviewCommand {
public:
    EditAnnotationCommand(ReviewSession& session, const Annotation& before, const Annotation& after);

protected:
    Status apply() override;
    Status revert() override;

private:
    Annotation m_before;
    Annotation m_after;
};

class RemoveAnnotationCommand final : public ReviewCommand {
public:
    RemoveAnnotationCommand(ReviewSession& session, const Annotation& annotation);

protected:
    Status apply() override;
    Status revert() override;

private:
    Annotation m_annotation;
};

} // namespace caselens
