#include "ScrollSynchronizer.h"

#include <QAbstractTextDocumentLayout>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextEdit>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace caselens::ui {
namespace {

// The document y coordinate of a text position (the top of its line).
double documentY(const QTextEdit* view, int position)
{
    const QTextDocument* document = view->document();
    const QTextBlock block = document->findBlock(position);
    if (!block.isValid())
        return 0;
    const QRectF blockRect = document->documentLayout()->blockBoundingRect(block);
    const QTextLayout* layout = block.layout();
    if (!layout || layout->lineCount() == 0)
        return blockRect.top();
    const QTextLine line = layout->lineForTextPosition(position - block.position());
    return blockRect.top() + (line.isValid() ? line.y() : 0);
}

} // namespace

ScrollSynchronizer::ScrollSynchronizer(QTextEdit* first, QTextEdit* second, QObject* parent)
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

void ScrollSynchronizer::setAnchors(const QList<std::pair<int, int>>& anchors)
{
    m_anchors = anchors;
}

int ScrollSynchronizer::mapped(QTextEdit* leader, QTextEdit* follower, int leaderY) const
{
    // Piecewise linear between the aligned sentences around the leader's top line.
    const bool leaderIsFirst = leader == m_first;
    double previousLeader = 0, previousFollower = 0;
    for (const auto& [firstPosition, secondPosition] : m_anchors) {
        const double leaderAnchor = documentY(leader, leaderIsFirst ? firstPosition : secondPosition);
        const double followerAnchor = documentY(follower, leaderIsFirst ? secondPosition : firstPosition);
        if (leaderAnchor >= leaderY) {
            const double span = leaderAnchor - previousLeader;
            const double fraction = span > 0 ? (leaderY - previousLeader) / span : 0;
            return int(std::lround(previousFollower + fraction * (followerAnchor - previousFollower)));
        }
        previousLeader = leaderAnchor;
        previousFollower = followerAnchor;
    }
    const double leaderEnd = leader->document()->size().height();
    const double followerEnd = follower->document()->size().height();
    const double span = leaderEnd - previousLeader;
    const double fraction = span > 0 ? (leaderY - previousLeader) / span : 0;
    return int(std::lround(previousFollower + fraction * (followerEnd - previousFollower)));
}

void ScrollSynchronizer::follow(QTextEdit* leader, QTextEdit* follower)
{
    if (!m_enabled || m_following || !leader || !follower)
        return;
    const QScrollBar* from = leader->verticalScrollBar();
    QScrollBar* to = follower->verticalScrollBar();
    int target = 0;
    if (from->value() >= from->maximum() && from->maximum() > 0) {
        target = to->maximum(); // both ends meet, whatever the texts' lengths
    } else if (m_anchors.isEmpty()) {
        const double fraction = from->maximum() > 0 ? double(from->value()) / from->maximum() : 0.0;
        target = int(std::lround(fraction * to->maximum()));
    } else {
        target = mapped(leader, follower, from->value());
    }
    m_following = true;
    to->setValue(std::clamp(target, 0, to->maximum()));
    m_following = false;
}

} // namespace caselens::ui
