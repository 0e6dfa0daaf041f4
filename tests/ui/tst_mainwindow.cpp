// Drives the real main window offscreen on a temporary library holding the demo cases.

#include "core/DemoLibrary.h"
#include "core/Settings.h"
#include "storage/CaseRepository.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTreeWidget>

using namespace caselens;

class TestMainWindow : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Library> m_library;
    std::unique_ptr<Settings> m_settings;

    QTextEdit* text(ui::MainWindow& window, const char* name)
    {
        return window.findChild<QTextEdit*>(QString::fromLatin1(name));
    }

private slots:
    void initTestCase()
    {
        auto opened = storage::Library::open(m_dir.filePath(QStringLiteral("library.sqlite")));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        m_library = std::move(opened).value();
        QVERIFY(DemoLibrary::seedOnce(*m_library).ok());
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    }

    void showsTheDemoCaseSideBySide()
    {
        ui::MainWindow window(*m_library, *m_settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto* list = window.findChild<QListView*>(QStringLiteral("caseList"));
        QVERIFY(list);
        QCOMPARE(list->model()->rowCount(), 5);
        // Select the demo case by keyboard, as a user would: go to the end, then back to the top.
        list->setFocus();
        QTest::keyClick(list, Qt::Key_End);
        QVERIFY(!text(window, "originalText")->toPlainText().startsWith(QStringLiteral("Relato")));
        QTest::keyClick(list, Qt::Key_Home);

        QTextEdit* original = text(window, "originalText");
        QTextEdit* translation = text(window, "translationText");
        QVERIFY(original && translation);
        QVERIFY(original->toPlainText().startsWith(QStringLiteral("Relato de caso clínico")));
        QVERIFY(original->toPlainText().contains(QStringLiteral("espondilodiscite de L5-S1")));
        QVERIFY(translation->toPlainText().startsWith(QStringLiteral("Clinical case report")));
        QVERIFY(translation->toPlainText().contains(QStringLiteral("spondylodiscitis of L5-S1")));
        QVERIFY(original->isReadOnly() && translation->isReadOnly());
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("originalHeading"))->text(),
                 QStringLiteral("Original · Português"));
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("translationHeading"))->text(),
                 QStringLiteral("Translation · English"));
        QVERIFY(window.windowTitle().contains(QStringLiteral("Septic shock")));
    }

    void openCaseByIdAndStepThroughCases()
    {
        ui::MainWindow window(*m_library, *m_settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        storage::CaseRepository cases(*m_library);
        const auto list = cases.list(0, 10);
        QVERIFY(window.openCase(list->at(2).id));
        QCOMPARE(window.currentCaseId(), list->at(2).id);
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("originalHeading"))->text(),
                 QStringLiteral("Original · Español"));
        QTest::keyClick(&window, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(window.currentCaseId(), list->at(3).id);
        QVERIFY(!window.openCase(999999));
    }

    void scrollingOnePaneScrollsTheOther()
    {
        ui::MainWindow window(*m_library, *m_settings);
        window.resize(900, 400); // small enough for the demo case to scroll
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QScrollBar* left = text(window, "originalText")->verticalScrollBar();
        QScrollBar* right = text(window, "translationText")->verticalScrollBar();
        QTRY_VERIFY(left->maximum() > 0 && right->maximum() > 0);
        left->setValue(left->maximum());
        QCOMPARE(right->value(), right->maximum());
        right->setValue(0);
        QCOMPARE(left->value(), 0);
    }

    void findSearchesTheTextPane()
    {
        ui::MainWindow window(*m_library, *m_settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTextEdit* translation = text(window, "translationText");
        translation->setFocus();
        QTest::keySequence(&window, QKeySequence::Find);
        auto* query = window.findChild<QLineEdit*>(QStringLiteral("findQuery"));
        QVERIFY(query && query->isVisible());
        QTest::keyClicks(query, QStringLiteral("ceftriaxone"));
        QTest::keyClick(query, Qt::Key_Return);
        QCOMPARE(translation->textCursor().selectedText(), QStringLiteral("ceftriaxone"));
        QTest::keyClick(query, Qt::Key_Escape);
        QVERIFY(!query->isVisible());
    }

    void zoomIsRememberedAndLayoutSaved()
    {
        {
            ui::MainWindow window(*m_library, *m_settings);
            window.show();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            const qreal before = text(window, "originalText")->font().pointSizeF();
            QTest::keySequence(&window, QKeySequence::ZoomIn);
            QTest::keySequence(&window, QKeySequence::ZoomIn);
            QCOMPARE(text(window, "originalText")->font().pointSizeF(), before + 2);
            QCOMPARE(text(window, "translationText")->font().pointSizeF(), before + 2);
            window.close();
        }
        QCOMPARE(m_settings->textZoomSteps(), 2);
        QVERIFY(!m_settings->windowGeometry().isEmpty());
        QVERIFY(!m_settings->splitterState(QStringLiteral("documentSplitter")).isEmpty());
        m_settings->setTextZoomSteps(0);
    }

    void importsAFolderInTheBackgroundAndReportsBadFiles()
    {
        QTemporaryDir dir;
        auto library = storage::Library::open(dir.filePath(QStringLiteral("import.sqlite")));
        QVERIFY(library.ok());
        QDir(dir.path()).mkpath(QStringLiteral("in"));
        const QString demo = QStringLiteral(CASELENS_SOURCE_DIR "/resources/demo/");
        QVERIFY(QFile::copy(demo + QStringLiteral("septic-shock-47m.pt.txt"),
                            dir.filePath(QStringLiteral("in/a.pt.txt"))));
        QVERIFY(QFile::copy(demo + QStringLiteral("septic-shock-47m.en.txt"),
                            dir.filePath(QStringLiteral("in/a.en.txt"))));
        QFile binary(dir.filePath(QStringLiteral("in/b.txt")));
        QVERIFY(binary.open(QIODevice::WriteOnly));
        binary.write(QByteArray("\0\1\2\3", 4));
        binary.close();

        ui::MainWindow window(**library, *m_settings);
        window.show();
        auto* list = window.findChild<QListView*>(QStringLiteral("caseList"));
        QCOMPARE(list->model()->rowCount(), 0);
        window.importFolderAt(dir.filePath(QStringLiteral("in")));
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 1, 20000);
        QTRY_VERIFY(window.findChild<QDialog*>(QStringLiteral("importReport")) != nullptr);
        auto* report = window.findChild<QDialog*>(QStringLiteral("importReport"));
        auto* problems = report->findChild<QTreeWidget*>(QStringLiteral("importProblems"));
        QVERIFY(problems);
        QCOMPARE(problems->topLevelItemCount(), 1);
        QVERIFY(problems->topLevelItem(0)->text(1).contains(QStringLiteral("binary")));
        report->close();
        QVERIFY(text(window, "originalText")->toPlainText().startsWith(QStringLiteral("Relato")));
    }

    void anEmptyLibrarySaysHowToImport()
    {
        QTemporaryDir dir;
        auto empty = storage::Library::open(dir.filePath(QStringLiteral("empty.sqlite")));
        QVERIFY(empty.ok());
        ui::MainWindow window(**empty, *m_settings);
        window.show();
        QVERIFY(text(window, "originalText")->toPlainText().contains(QStringLiteral("Import")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
