#include "ScrollSynchronizer.h"

#include <QAbstractScrollArea>
#include <QScrollBar>

#include <cmath>

namespace caselens::ui {

ScrollSynchronizer::ScrollSynchronizer(QAbstractScrollArea* first, QAbstractScrollArea* second,
                                       QObject* parent)
    : QObject(parent)
    , m_first(first)
    , m_second(second)
{
    connect(first->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this] { follow(m_first, m_second); });
    connect(second->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this] { follow(m_second, m_first); });
}

void ScrollSynchronizer::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (enabled)
        follow(m_first, m_second);
}

void ScrollSynchronizer::follow(QAbstractScrollArea* leader, QAbstractScrollArea* follower)
{
    if (!m_enabled || m_following || !leader || !follower)
        return;
    const QScrollBar* from = leader->verticalScrollBar();
    QScrollBar* to = follower->verticalScrollBar();
    const double fraction = from->maximum() > 0 ? double(from->value()) / from->maximum() : 0.0;
    m_following = true;
    to->setValue(static_cast<int>(std::lround(fraction * to->maximum())));
    m_following = false;
}

} // namespace caselens::ui
