#pragma once

#include "AnnotationListModel.h"

#include <QWidget>

class QListView;
class QPushButton;

namespace caselens::ui {

// The Annotations tab (span annotations) or the Notes tab (whole-case notes): a list with
// Edit (F2) and Delete, double-click or Enter to go to the annotated text.
class AnnotationsPanel final : public QWidget {
    Q_OBJECT
public:
    AnnotationsPanel(AnnotationListModel::Kind kind, QWidget* parent = nullptr);

    void setSession(ReviewSession* session);
    AnnotationListModel* model() const { return m_model; }
    QListView* view() const { return m_view; }
    qint64 currentAnnotationId() const;

signals:
    void activated(qint64 annotationId);
    void editRequested(qint64 annotationId);
    void addNoteRequested();

private:
    void updateButtons();

    AnnotationListModel* m_model = nullptr;
    QListView* m_view = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_delete = nullptr;
    ReviewSession* m_session = nullptr;
};

} // namespace caselens::ui
