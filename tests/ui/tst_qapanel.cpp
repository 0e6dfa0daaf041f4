// The QA panel on the seed case: the summary, the model (checked by QAbstractItemModelTester),
// jumping to an issue, A to annotate it as a translation error, D to dismiss it (remembered in
// the library) and to restore it.

#include "TestSupport.h"
#include "core/review/ReviewSession.h"
#include "storage/CaseRepository.h"
#include "ui/QaPanel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace caselens;

namespace {

QString demoText(const QString& name)
{
    return QString::fromUtf8(
        testsupport::readAll(testsupport::sourcePath(QStringLiteral("resources/demo/") + name)));
}

} // namespace

class TestQaPanel : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Library> m_library;
    CaseId m_case = 0;
    int m_counter = 0;

    int rowOfType(const ui::QaPanel& panel, const QString& type)
    {
        for (int row = 0; row < panel.model()->rowCount(); ++row)
            if (panel.model()->index(row).data(ui::QaIssueListModel::TypeRole).toString() == type)
                return row;
        return -1;
    }

private slots:
    void init()
    {
        auto opened = storage::Library::open(m_dir.filePath(QStringLiteral("qa%1.sqlite").arg(++m_counter)));
        QVERIFY(opened.ok());
        m_library = std::move(opened).value();
        m_library->setAuthorName(QStringLiteral("Dr. Test"));
        Case aCase;
        aCase.title = QStringLiteral("Septic shock");
        aCase.documents << Document{0,
                                    DocumentRole::Original,
                                    QStringLiteral("pt"),
                                    demoText(QStringLiteral("septic-shock-47m.pt.txt")),
                                    {}}
                        << Document{0,
                                    DocumentRole::Translation,
                                    QStringLiteral("en"),
                                    demoText(QStringLiteral("septic-shock-47m.en.txt")),
                                    {}};
        const auto added = storage::CaseRepository(*m_library).add(aCase);
        QVERIFY(added.ok());
        m_case = added->id;
    }

    void showsTheIssuesAndTheScore()
    {
        ReviewSession session(*m_library, m_case);
        QVERIFY(session.load().ok());
        ui::QaPanel panel;
        panel.show(); // it checks only when on screen
        QAbstractItemModelTester tester(panel.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reports(&panel, &ui::QaPanel::reportChanged);
        panel.setSession(&session);
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reports.first().at(1).toInt(), 2);
        QVERIFY(reports.first().at(0).toDouble() > 95);
        QCOMPARE(panel.model()->rowCount(), 2);
        QVERIFY2(panel.summary().startsWith(QStringLiteral("Score 98.4 · 0 critical · 1 major · 1 minor")),
                 qPrintable(panel.summary()));
        const int drug = rowOfType(panel, QStringLiteral("terminology"));
        QVERIFY(drug >= 0);
        const QModelIndex index = panel.model()->index(drug);
        QVERIFY(index.data().toString().contains(QStringLiteral("cloxacycline")));
        QCOMPARE(index.data(ui::QaIssueListModel::SeverityRole).toString(), QStringLiteral("major"));
        QVERIFY(!index.data(Qt::DecorationRole).isNull());
        panel.setSession(nullptr);
        QCOMPARE(panel.model()->rowCount(), 0);
        QCOMPARE(panel.summary(), QStringLiteral("No case open."));
    }

    void jumpsToTheSelectedIssue()
    {
        ReviewSession session(*m_library, m_case);
        QVERIFY(session.load().ok());
        ui::QaPanel panel;
        panel.show(); // it checks only when on screen
        panel.setSession(&session);
        QSignalSpy jumps(&panel, &ui::QaPanel::jumpRequested);
        const int drug = rowOfType(panel, QStringLiteral("terminology"));
        panel.view()->setCurrentIndex(panel.model()->index(drug));
        emit panel.view()->activated(panel.view()->currentIndex());
        QCOMPARE(jumps.size(), 1);
        const QList<QVariant> spans = jumps.first();
        const QString original = session.document(DocumentRole::Original)->text;
        const QString translation = session.document(DocumentRole::Translation)->text;
        QCOMPARE(original.mid(spans[0].toInt(), spans[1].toInt() - spans[0].toInt()),
                 QStringLiteral("cloxaciclina"));
        QCOMPARE(translation.mid(spans[2].toInt(), spans[3].toInt() - spans[2].toInt()),
                 QStringLiteral("cloxacycline"));
    }

    void keyAAnnotatesTheIssueAsATranslationError()
    {
        ReviewSession session(*m_library, m_case);
        QVERIFY(session.load().ok());
        ui::QaPanel panel;
        panel.setSession(&session);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const int drug = rowOfType(panel, QStringLiteral("terminology"));
        panel.view()->setCurrentIndex(panel.model()->index(drug));
        panel.view()->setFocus();
        QTest::keyClick(panel.view(), Qt::Key_A);
        QCOMPARE(session.annotations().size(), 1);
        const Annotation& annotation = session.annotations().first();
        QCOMPARE(annotation.label, QStringLiteral("Translation error"));
        QCOMPARE(annotation.subtype, QStringLiteral("terminology"));
        QCOMPARE(annotation.documentId, session.document(DocumentRole::Translation)->id);
        QCOMPARE(session.document(DocumentRole::Translation)
                     ->text.mid(annotation.start, annotation.end - annotation.start),
                 QStringLiteral("cloxacycline"));
        // The issue is marked as annotated, and undo takes the annotation back.
        QVERIFY(panel.model()->index(drug).data(ui::QaIssueListModel::AnnotatedRole).toBool());
        session.undoStack()->undo();
        QVERIFY(session.annotations().isEmpty());
        QVERIFY(!panel.model()->index(drug).data(ui::QaIssueListModel::AnnotatedRole).toBool());
    }

    void keyDDismissesAndTheLibraryRemembers()
    {
        ReviewSession session(*m_library, m_case);
        QVERIFY(session.load().ok());
        {
            ui::QaPanel panel;
            panel.setSession(&session);
            panel.show();
            QVERIFY(QTest::qWaitForWindowExposed(&panel));
            const int locale = rowOfType(panel, QStringLiteral("locale_convention"));
            QVERIFY(locale >= 0);
            panel.view()->setCurrentIndex(panel.model()->index(locale));
            panel.view()->setFocus();
            QTest::keyClick(panel.view(), Qt::Key_D);
            QCOMPARE(panel.model()->rowCount(), 1);
            QVERIFY(panel.summary().contains(QStringLiteral("1 dismissed")));
            QCOMPARE(rowOfType(panel, QStringLiteral("locale_convention")), -1);
        }
        // A new panel (the app reopened) leaves it out too; shown on request, D restores it.
        ui::QaPanel again;
        again.show();
        again.setSession(&session);
        QCOMPARE(again.model()->rowCount(), 1);
        again.findChild<QCheckBox*>(QStringLiteral("qaShowDismissed"))->setChecked(true);
        QCOMPARE(again.model()->rowCount(), 2);
        const int dismissed = rowOfType(again, QStringLiteral("locale_convention"));
        QVERIFY(again.model()->index(dismissed).data(ui::QaIssueListModel::DismissedRole).toBool());
        again.view()->setCurrentIndex(again.model()->index(dismissed));
        again.dismissCurrent(); // on a dismissed issue: restore
        QVERIFY(!again.summary().contains(QStringLiteral("dismissed")));
        QCOMPARE(again.model()->rowCount(), 2);
    }

    void aCaseWithoutTranslationSaysSo()
    {
        Case alone;
        alone.title = QStringLiteral("alone");
        alone.documents << Document{
            0, DocumentRole::Original, QStringLiteral("pt"), QStringLiteral("Febre."), {}};
        const auto added = storage::CaseRepository(*m_library).add(alone);
        ReviewSession session(*m_library, added->id);
        QVERIFY(session.load().ok());
        ui::QaPanel panel;
        panel.show(); // it checks only when on screen
        panel.setSession(&session);
        QCOMPARE(panel.model()->rowCount(), 0);
        QVERIFY(panel.summary().contains(QStringLiteral("no translation")));
    }
};

QTEST_MAIN(TestQaPanel)
#include "tst_qapanel.moc"
