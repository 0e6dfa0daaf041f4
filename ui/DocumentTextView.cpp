#include "DocumentTextView.h"

#include <QPainter>
#include <QScrollBar>

namespace caselens::ui {

DocumentTextView::DocumentTextView(QWidget* parent)
    : QTextEdit(parent)
{}

void DocumentTextView::setBadges(const QList<Badge>& badges, const QColor& colour)
{
    m_badges = badges;
    m_badgeColour = colour;
    viewport()->update();
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
    QTextCursor cursor(document());
    for (const Badge& badge : m_badges) {
        cursor.setPosition(badge.position);
        const QRect caret = cursorRect(cursor);
        if (!visible.intersects(caret.adjusted(0, 0, 12, 0)))
            continue;
        // Raised like an exponent, tucked after the value's last character.
        painter.drawText(QPoint(caret.left() - 9, caret.top() + painter.fontMetrics().ascent() - 1),
                         badge.glyph);
    }
}

} // namespace caselens::ui
