#include "ui/DocumentTextView.h"
#include "ui/LayoutAhead.h"

#include <QAbstractTextDocumentLayout>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace caselens;

namespace {

// A long report: many paragraphs, so that Qt lays it out lazily.
QString longText(int paragraphs)
{
    QStringList lines;
    for (int i = 0; i < paragraphs; ++i)
        lines << QStringLiteral("Parágrafo %1: febre há três dias, PCR 115 mg/L, leucócitos 27.400/mm3, sem "
                                "sopros, abdómen doloroso na fossa ilíaca direita.")
                     .arg(i);
    return lines.join(QLatin1Char('\n'));
}

// A shown view with a long report (about 400,000 characters) just put in it.
void showLongText(ui::DocumentTextView& view)
{
    view.resize(600, 400);
    view.show();
    view.setPlainText(longText(3000));
    view.restartLayout();
}

} // namespace

class TestLayoutAhead : public QObject {
    Q_OBJECT
private slots:
    void aLongTextIsLaidOutBetweenEventsAndTheScrollBarFollows()
    {
        ui::DocumentTextView view;
        showLongText(view);
        const auto* ahead = view.findChild<ui::LayoutAhead*>();
        QVERIFY(ahead);
        QVERIFY(!ahead->isComplete());
        const QTextBlock last = view.document()->lastBlock();
        QCOMPARE(last.layout()->lineCount(), 0); // not laid out yet: the open did not wait for it
        QTRY_VERIFY_WITH_TIMEOUT(ahead->isComplete(), 20000);
        QVERIFY(last.layout()->lineCount() > 0);
        // The scroll bar covers the whole text, not the first screens the open laid out.
        const qreal bottom = view.document()->documentLayout()->blockBoundingRect(last).bottom();
        QTRY_VERIFY(view.verticalScrollBar()->maximum() >= bottom - view.viewport()->height() - 50);
    }

    void theTextInViewIsLaidOutBeforeItIsPainted()
    {
        // Reading deep in a long text, the reader makes the window narrower: Qt lays the text out
        // again from the top, and the view's next paint must not wait for Qt's own big steps.
        ui::DocumentTextView view;
        showLongText(view);
        const auto* ahead = view.findChild<ui::LayoutAhead*>();
        QTRY_VERIFY_WITH_TIMEOUT(ahead->isComplete(), 20000);
        QScrollBar* bar = view.verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 20 * bar->pageStep());
        bar->setValue(bar->maximum() / 2);
        view.resize(500, 400); // no event loop from here on: a reader faster than the idle time
        QVERIFY(!ahead->isComplete());
        view.viewport()->repaint();
        const QTextBlock frontierBlock = view.document()->findBlock(ahead->frontier() - 1);
        QVERIFY(frontierBlock.layout()->lineCount() > 0);
        QVERIFY(view.document()->documentLayout()->blockBoundingRect(frontierBlock).bottom() >=
                bar->value() + view.viewport()->height());
    }

    void aNewWidthStartsAgainAndAShortTextNeedsNoHelp()
    {
        ui::DocumentTextView view;
        showLongText(view);
        const auto* ahead = view.findChild<ui::LayoutAhead*>();
        QTRY_VERIFY_WITH_TIMEOUT(ahead->isComplete(), 20000);
        view.resize(420, 400); // narrower: Qt lays the whole text out again, lazily
        QTRY_VERIFY(!ahead->isComplete() || ahead->frontier() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(ahead->isComplete(), 20000);
        QVERIFY(view.document()->lastBlock().layout()->lineCount() > 0);

        view.setPlainText(longText(20)); // a case report of ordinary length
        view.restartLayout();
        QVERIFY(ahead->isComplete());
    }
};

QTEST_MAIN(TestLayoutAhead)
#include "tst_layoutahead.moc"
