#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QTextEdit;

namespace caselens::ui {

// Keeps two texts at the same place while either one scrolls. With sentence anchors (pairs of
// positions that say the same thing in both texts) the follower shows the sentence aligned with
// the one at the leader's top; without them, the same proportion of the text.
class ScrollSynchronizer final : public QObject {
    Q_OBJECT
public:
    ScrollSynchronizer(QTextEdit* first, QTextEdit* second, QObject* parent = nullptr);

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    // UTF-16 positions: {position in first, position in second}, in increasing order.
    void setAnchors(const QList<std::pair<int, int>>& anchors);

private:
    void follow(QTextEdit* leader, QTextEdit* follower);
    int mapped(QTextEdit* leader, QTextEdit* follower, int leaderY) const;

    QPointer<QTextEdit> m_first;
    QPointer<QTextEdit> m_second;
    QList<std::pair<int, int>> m_anchors;
    bool m_enabled = true;
    bool m_following = false; // the follower's own scroll must not echo back to the leader
};

} // namespace caselens::ui
