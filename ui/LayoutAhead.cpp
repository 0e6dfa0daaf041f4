#include "LayoutAhead.h"

#include <QAbstractTextDocumentLayout>
#include <QElapsedTimer>
#include <QEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextEdit>
#include <QTimer>

namespace caselens::ui {

LayoutAhead::LayoutAhead(QTextEdit* view)
    : QObject(view)
    , m_view(view)
{
    view->viewport()->installEventFilter(this);
}

void LayoutAhead::restart()
{
    const QTextDocument* document = m_view ? m_view->document() : nullptr;
    m_frontier = 0;
    m_complete = !document || document->characterCount() < kLongText;
    if (!m_complete)
        scheduleIdleSteps();
}

bool LayoutAhead::step()
{
    QTextDocument* document = m_view->document();
    // A change of nothing at the very start: Qt's layout starts its next steps small again
    // (1,000 characters), and the block asked for below is laid out in such steps, not in one of
    // 200,000. At the start, and nowhere else: an empty change further down has Qt flow the
    // blocks after it, laid out or not, and those not laid out yet came out with no height.
    document->markContentsDirty(0, 0);
    QTextBlock target = document->findBlock(m_frontier + kStep);
    if (!target.isValid())
        target = document->lastBlock();
    (void)document->documentLayout()->blockBoundingRect(target);
    m_frontier = target.position() + target.length();
    m_complete = !target.next().isValid();
    return !m_complete;
}

void LayoutAhead::coverView()
{
    if (m_complete || !m_view)
        return;
    const QTextDocument* document = m_view->document();
    const QAbstractTextDocumentLayout* layout = document->documentLayout();
    const qreal wanted = m_view->verticalScrollBar()->value() + 2.0 * m_view->viewport()->height();
    while (!m_complete &&
           layout->blockBoundingRect(document->findBlock(std::max(0, m_frontier - 1))).bottom() < wanted)
        step();
}

void LayoutAhead::scheduleIdleSteps()
{
    if (m_idleScheduled)
        return;
    m_idleScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_idleScheduled = false;
        if (!m_view || m_complete)
            return;
        QElapsedTimer slice;
        slice.start();
        while (slice.elapsed() < 8 && step()) {
        }
        // Qt reports a size grown by small changes only once their layout is finished, so the
        // scroll bar would cover the first screens until the whole text is laid out; the view
        // asks the layout for what it has laid out so far when told the size changed.
        QAbstractTextDocumentLayout* layout = m_view->document()->documentLayout();
        const QRectF laidOut =
            layout->blockBoundingRect(m_view->document()->findBlock(std::max(0, m_frontier - 1)));
        emit layout->documentSizeChanged(QSizeF(laidOut.right(), laidOut.bottom()));
        if (!m_complete)
            scheduleIdleSteps();
    });
}

bool LayoutAhead::eventFilter(QObject* watched, QEvent* event)
{
    if (m_view && watched == m_view->viewport()) {
        if (event->type() == QEvent::Resize && m_view->viewport()->width() != m_lastWidth) {
            // A new width lays the whole text out again, from the top.
            m_lastWidth = m_view->viewport()->width();
            restart();
        } else if (event->type() == QEvent::Paint) {
            coverView();
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace caselens::ui
