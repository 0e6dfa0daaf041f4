#include "DocumentTextView.h"

#include "LayoutAhead.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>

#include <algorithm>

namespace caselens::ui {

DocumentTextView::DocumentTextView(QWidget* parent)
    : QTextEdit(parent)
    , m_layoutAhead(new LayoutAhead(this))
{}

void DocumentTextView::restartLayout()
{
    m_layoutAhead->restart();
}

std::pair<QTextBlock, int> DocumentTextView::blocksInView() const
{
    const QTextDocument* text = document();
    const QAbstractTextDocumentLayout* layout = text->documentLayout();
    const qreal top = verticalScrollBar()->value();
    const qreal bottom = top + viewport()->height();
    // Every block before the last laid-out one has its place; LayoutAhead has laid out past the
    // view before it paints.
    const int laidOut = m_layoutAhead->isComplete() ? text->blockCount()
                                                    : text->findBlock(m_layoutAhead->frontier()).blockNumber();
    int low = 0;
    int high = std::max(0, laidOut - 1);
    while (low < high) { // the first block whose bottom is below the view's top
        const int middle = (low + high) / 2;
        if (layout->blockBoundingRect(text->findBlockByNumber(middle)).bottom() < top)
            low = middle + 1;
        else
            high = middle;
    }
    const QTextBlock first = text->findBlockByNumber(low);
    int end = first.position();
    for (QTextBlock block = first; block.isValid() && block.blockNumber() < laidOut &&
                                   layout->blockBoundingRect(block).top() <= bottom;
         block = block.next())
        end = block.position() + block.length();
    return {first, end};
}

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
    const auto [firstBlock, endVisible] = blocksInView();
    const int firstVisible = firstBlock.position();
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
