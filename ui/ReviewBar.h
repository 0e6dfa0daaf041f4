#pragma once

#include "core/review/ReviewSession.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace caselens::ui {

// Above the texts: the case's title, review status and tags, edited in place and saved at once.
class ReviewBar final : public QWidget {
    Q_OBJECT
public:
    explicit ReviewBar(QWidget* parent = nullptr);

    void setSession(ReviewSession* session);
    void focusStatus();
    void focusTags();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void showCase();
    void elideTitle();
    void commitTags();
    void reportIfFailed(const Status& status);

    QPointer<ReviewSession> m_session;
    QLabel* m_title = nullptr;
    QComboBox* m_status = nullptr;
    QLineEdit* m_tags = nullptr;
};

} // namespace caselens::ui
