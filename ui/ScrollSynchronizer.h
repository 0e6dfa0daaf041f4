#pragma once

#include <QObject>
#include <QPointer>

class QAbstractScrollArea;

namespace caselens::ui {

// Keeps two text views at the same relative position while either one scrolls.
// Proportional for now; sentence alignment will replace the mapping, not this class's wiring.
class ScrollSynchronizer final : public QObject {
    Q_OBJECT
public:
    ScrollSynchronizer(QAbstractScrollArea* first, QAbstractScrollArea* second, QObject* parent = nullptr);

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

private:
    void follow(QAbstractScrollArea* leader, QAbstractScrollArea* follower);

    QPointer<QAbstractScrollArea> m_first;
    QPointer<QAbstractScrollArea> m_second;
    bool m_enabled = true;
    bool m_following = false; // the follower's own scroll must not echo back to the leader
};

} // namespace caselens::ui
