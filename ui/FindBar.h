#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTextEdit;
class QToolButton;

namespace caselens::ui {

// An inline find bar (Ctrl+F) for the text pane the user was last in; Esc closes it.
class FindBar final : public QWidget {
    Q_OBJECT
public:
    explicit FindBar(QWidget* parent = nullptr);

    void setTarget(QTextEdit* target);
    void activate(); // show, focus, select what was typed before
    void findNext();
    void findPrevious();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void find(bool backwards);

    QPointer<QTextEdit> m_target;
    QLineEdit* m_query = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace caselens::ui
