#pragma once

#include <QObject>
#include <QPointer>

class QTextEdit;

namespace caselens::ui {

// Lays a long text out ahead of the reader in steps of a few thousand characters: between
// events, and before the view paints text it has not laid out. Left to itself, a QTextDocument's
// lazy layout doubles its step each time it is asked for text further down, up to 200,000
// characters (0.1–0.5 s of a stalled window in a 1 MB report); every step here is short.
class LayoutAhead final : public QObject {
    Q_OBJECT
public:
    explicit LayoutAhead(QTextEdit* view);
    // A new text, a new width or a new font: the layout starts again from the top.
    void restart();
    // Whether the whole text has been laid out since the last restart, and, until it has, the
    // position before which every block is.
    bool isComplete() const { return m_complete; }
    int frontier() const { return m_frontier; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Characters laid out per step, about 5 ms of layout.
    static constexpr int kStep = 8000;
    // Texts shorter than this are laid out whole by Qt as they are shown.
    static constexpr int kLongText = 60000;

    bool step();
    void coverView();
    void scheduleIdleSteps();

    QPointer<QTextEdit> m_view;
    int m_frontier = 0; // every block before this position is laid out
    bool m_complete = true;
    bool m_idleScheduled = false;
    int m_lastWidth = -1;
};

} // namespace caselens::ui
