#include "DocumentTextView.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>

#include <algorithm>

namespace caselens::ui {

DocumentTextView::DocumentTextView(QWidget* parent)
    : QTextEdit(parent)
{}

void DocumentTextView::setBadges(const QList<Badge>& badges, const QColor& colour)
{
    m_badges = badges;
    std::stable_sort(m_badges.begin(), m_badges.end(),
                     [](const Badge& a, const Badge& b) { return a.position < b.position; });
    m_badgeColour = colour;
    viewport()->update();
}

int DocumentTextView::positionAt(const QPoint& viewportPoint) const
{
    // Into the text column first: in the document's margins the hit test of a text laid out
    // only in part answers with a position far down it.
    const qreal margin = document()->documentMargin();
    const QPointF inDocument(std::max<qreal>(margin, viewportPoint.x() + horizontalScrollBar()->value()),
                             std::max<qreal>(margin, viewportPoint.y() + verticalScrollBar()->value()));
    return document()->documentLayout()->hitTest(inDocument, Qt::FuzzyHit);
}

void DocumentTextView::paintEvent(QPaintEvent* event)
{
    QTextEdit::paintEvent(event);
    if (m_badges.isEmpty())
        return;
    QPainter painter(viewport());
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 0.72);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(m_badgeColour);
    const QRect visible = viewport()->rect();
    // Only the badges of the text in view: asking where a badge is lays its paragraph out, and
    // a long report has thousands of them (laying out the whole 1 MB text on every paint).
    const QTextBlock firstBlock = document()->findBlock(std::max(0, positionAt(visible.topLeft())));
    const int firstVisible = firstBlock.position();
    int endVisible = firstVisible;
    const qreal bottom = verticalScrollBar()->value() + visible.height();
    for (QTextBlock block = firstBlock;
         block.isValid() && document()->documentLayout()->blockBoundingRect(block).top() <= bottom; block = block.next())
        endVisible = block.position() + block.length();
    const auto byPosition = [](const Badge& badge, int position) { return badge.position < position; };
    auto first = std::lower_bound(m_badges.cbegin(), m_badges.cend(), firstVisible, byPosition);
    QTextCursor cursor(document());
    for (auto badge = first; badge != m_badges.cend() && badge->position <= endVisible; ++badge) {
        cursor.setPosition(badge->position);
        const QRect caret = cursorRect(cursor);
        if (!visible.intersects(caret.adjusted(0, 0, 12, 0)))
            continue;
        // Raised like an exponent, tucked after the value's last character.
        painter.drawText(QPoint(caret.left() - 9, caret.top() + painter.fontMetrics().ascent() - 1),
                         badge->glyph);
    }
}

} // namespace caselens::ui
