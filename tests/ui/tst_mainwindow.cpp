// Drives the real main window offscreen on a temporary library holding the demo cases.

#include "core/DemoLibrary.h"
#include "core/Settings.h"
#include "core/extraction/CaseExtractor.h"
#include "core/import/TextFileReader.h"
#include "core/caseformat/CaseArchive.h"
#include "core/export/CaseExporter.h"
#include "findings/qa/QaIssue.h"
#include "storage/CaseRepository.h"
#include "storage/FindingRepository.h"
#include "ui/CaseWorkspace.h"
#include "ui/DocumentPane.h"
#include "ui/ExtractionRunner.h"
#include "ui/FindingsTableModel.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QSqlDatabase>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>
#include <QTextEdit>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>
#include <QMimeData>
#include <QUrl>
#include <QDropEvent>
#include <QTextBlock>
#include <QTextLayout>
#include "ui/CaseListModel.h"

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

    void translationCheckTabScoresTheCaseAndJumpsToAnIssue()
    {
        ui::MainWindow window(*m_library, *m_settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto demo = storage::CaseRepository(*m_library).list(0, 1)->first().id;
        QVERIFY(window.openCase(demo));
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("sideTabs"));
        auto* panel = window.findChild<QWidget*>(QStringLiteral("qaPanel"));
        QVERIFY(tabs && panel);
        QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier); // the check runs when the tab is shown
        QCOMPARE(tabs->currentWidget(), panel);
        auto* issues = window.findChild<QListView*>(QStringLiteral("qaIssueList"));
        QTRY_VERIFY(issues->model()->rowCount() > 0);
        QVERIFY(tabs->tabText(tabs->indexOf(panel)).contains(QString::number(issues->model()->rowCount())));

        // The case list shows the score at once; the other cases get theirs from the background
        // extraction.
        auto* list = window.findChild<QListView*>(QStringLiteral("caseList"));
        const QModelIndex row = qobject_cast<ui::CaseListModel*>(list->model())->indexOfCase(demo);
        QVERIFY(row.data(ui::CaseListModel::TranslationCheckRole).isValid());
        QVERIFY(row.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Translation check")));
        QTRY_VERIFY_WITH_TIMEOUT(list->model()->index(list->model()->rowCount() - 1, 0)
                                     .data(ui::CaseListModel::TranslationCheckRole)
                                     .isValid(),
                                 20000);

        // Enter on the misspelt drug selects it in both texts.
        int terminology = -1;
        for (int r = 0; r < issues->model()->rowCount(); ++r)
            if (issues->model()->index(r, 0).data().toString().contains(QStringLiteral("cloxacycline")))
                terminology = r;
        QVERIFY(terminology >= 0);
        issues->setCurrentIndex(issues->model()->index(terminology, 0));
        issues->setFocus();
        QTest::keyClick(issues, Qt::Key_Return);
        QCOMPARE(text(window, "translationText")->textCursor().selectedText(), QStringLiteral("cloxacycline"));
        QCOMPARE(text(window, "originalText")->textCursor().selectedText(), QStringLiteral("cloxaciclina"));
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
        QCOMPARE(QApplication::focusWidget(), translation);
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

    void annotateByKeyboardUndoRedoAndFindItAfterARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("review.sqlite"));
        {
            auto library = storage::Library::open(path);
            QVERIFY(library.ok());
            QVERIFY(DemoLibrary::seedOnce(**library).ok());
            ui::MainWindow window(**library, *m_settings);
            window.show();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            QTextEdit* translation = text(window, "translationText");
            // Select "septic shock"... in the translation by keyboard: find it, then annotate with M.
            translation->setFocus();
            QTest::keySequence(&window, QKeySequence::Find);
            QTest::keyClicks(window.findChild<QLineEdit*>(QStringLiteral("findQuery")),
                             QStringLiteral("cloxacycline"));
            QTest::keyClick(window.findChild<QLineEdit*>(QStringLiteral("findQuery")), Qt::Key_Return);
            QTest::keyClick(window.findChild<QLineEdit*>(QStringLiteral("findQuery")), Qt::Key_Escape);
            QCOMPARE(translation->textCursor().selectedText(), QStringLiteral("cloxacycline"));

            bool dialogSeen = false;
            QTimer::singleShot(0, this, [&] {
                auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
                QVERIFY(dialog && dialog->objectName() == QStringLiteral("annotationDialog"));
                dialogSeen = true;
                auto* label = dialog->findChild<QComboBox*>(QStringLiteral("annotationLabel"));
                label->setCurrentText(QStringLiteral("Translation error"));
                dialog->findChild<QComboBox*>(QStringLiteral("annotationSubtype"))
                    ->setCurrentText(QStringLiteral("terminology"));
                QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("annotationComment")),
                                 QStringLiteral("cloxacillin, not <b>cloxacycline</b>"));
                QTest::keyClick(dialog->findChild<QPlainTextEdit*>(QStringLiteral("annotationComment")),
                                Qt::Key_Return, Qt::ControlModifier);
            });
            QCOMPARE(QApplication::focusWidget(),
                     translation); // Esc gives the focus back to the searched pane
            QTest::keyClick(translation, Qt::Key_M);
            QVERIFY(dialogSeen);
            auto* annotations = window.findChild<QListView*>(QStringLiteral("annotationsList"));
            QCOMPARE(annotations->model()->rowCount(), 1);
            QVERIFY(
                annotations->model()->index(0, 0).data().toString().contains(QStringLiteral("terminology")));
            QVERIFY(window.findChild<QLabel*>(QStringLiteral("savedIndicator"))
                        ->text()
                        .startsWith(QStringLiteral("Saved")));

            // The offscreen platform does not hand activation back after a modal dialog; a desktop does.
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            QTest::keySequence(&window, QKeySequence::Undo);
            QCOMPARE(annotations->model()->rowCount(), 0);
            QTest::keySequence(&window, QKeySequence::Redo);
            QCOMPARE(annotations->model()->rowCount(), 1);
        }
        // Restart on the same library: the annotation is there.
        auto library = storage::Library::open(path);
        QVERIFY(library.ok());
        ui::MainWindow window(**library, *m_settings);
        window.show();
        auto* annotations = window.findChild<QListView*>(QStringLiteral("annotationsList"));
        QCOMPARE(annotations->model()->rowCount(), 1);
        QVERIFY(annotations->model()->index(0, 0).data().toString().contains(
            QStringLiteral("cloxacillin, not <b>cloxacycline</b>")));
        // Activating it selects the annotated words in the translation.
        annotations->setFocus();
        annotations->setCurrentIndex(annotations->model()->index(0, 0));
        QTest::keyClick(annotations, Qt::Key_Return);
        QCOMPARE(text(window, "translationText")->textCursor().selectedText(),
                 QStringLiteral("cloxacycline"));
    }

    void statusAndTagsFromTheReviewBar()
    {
        QTemporaryDir dir;
        auto library = storage::Library::open(dir.filePath(QStringLiteral("bar.sqlite")));
        QVERIFY(DemoLibrary::seedOnce(**library).ok());
        ui::MainWindow window(**library, *m_settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* status = window.findChild<QComboBox*>(QStringLiteral("caseStatus"));
        status->setCurrentIndex(status->findData(QStringLiteral("in-review")));
        emit status->activated(status->currentIndex());
        auto* tags = window.findChild<QLineEdit*>(QStringLiteral("caseTags"));
        tags->setFocus();
        tags->selectAll();
        QTest::keyClicks(tags, QStringLiteral("sepsis, teaching"));
        QTest::keyClick(tags, Qt::Key_Return);
        storage::CaseRepository cases(**library);
        const Case stored = *cases.load(window.currentCaseId());
        QCOMPARE(stored.status, ReviewStatus::InReview);
        QCOMPARE(stored.tags, QStringList({QStringLiteral("sepsis"), QStringLiteral("teaching")}));
        QTest::keySequence(&window, QKeySequence::Undo); // tags
        QTest::keySequence(&window, QKeySequence::Undo); // status
        QCOMPARE(cases.load(window.currentCaseId())->status, ReviewStatus::New);
        QCOMPARE(status->currentData().toString(), QStringLiteral("new"));
    }

    void librarySearchFiltersTheList()
    {
        ui::MainWindow window(*m_library, *m_settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* list = window.findChild<QListView*>(QStringLiteral("caseList"));
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_L));
        auto* search = window.findChild<QLineEdit*>(QStringLiteral("librarySearch"));
        QVERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("hepatocarcinoma"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(list->model()->rowCount(), 1);
        QVERIFY(list->hasFocus());
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("libraryCount"))
                    ->text()
                    .startsWith(QStringLiteral("1 case")));
        search->clear();
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(list->model()->rowCount(), 5);
        auto* language = window.findChild<QComboBox*>(QStringLiteral("statusFilter"));
        language->setCurrentIndex(language->findData(QStringLiteral("reviewed")));
        QCOMPARE(list->model()->rowCount(), 0);
        language->setCurrentIndex(0);
        // Odd syntax never breaks the list.
        QTest::keyClicks(search, QStringLiteral("foo AND ( \"*"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(list->model()->rowCount(), 0);
    }

    void theShortcutSheetListsTheActions()
    {
        ui::MainWindow window(*m_library, *m_settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        bool checked = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* table = dialog->findChild<QTreeWidget*>(QStringLiteral("shortcutsTable"));
            QStringList actions;
            for (int i = 0; i < table->topLevelItemCount(); ++i)
                actions << table->topLevelItem(i)->text(0);
            QVERIFY(actions.contains(QStringLiteral("Annotate Selection…")));
            QVERIFY(actions.contains(QStringLiteral("Next Case")));
            QVERIFY(actions.contains(QStringLiteral("Search the Library")));
            checked = true;
            dialog->reject();
        });
        QTest::keyClick(&window, Qt::Key_F1);
        QVERIFY(checked);
    }

    void linkedFindingsAcceptAndPersist()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("findings.sqlite"));
        auto library = storage::Library::open(path);
        QVERIFY(DemoLibrary::seedOnce(**library).ok());
        ui::MainWindow window(**library, *m_settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        // The demo library has no findings yet: the background extraction brings them.
        auto* workspace = window.workspace();
        QTRY_VERIFY_WITH_TIMEOUT(workspace->session() && workspace->session()->findings().size() > 50, 30000);
        QTRY_VERIFY(!workspace->pane(DocumentRole::Original)->findings().isEmpty());

        // Put the cursor on "ceftriaxona": its counterpart "ceftriaxone" is emphasised on the right.
        QTextEdit* original = text(window, "originalText");
        original->setFocus();
        QTextCursor cursor = original->document()->find(QStringLiteral("ceftriaxona"));
        cursor.setPosition(cursor.selectionStart() + 2);
        original->setTextCursor(cursor);
        const qint64 drug = workspace->pane(DocumentRole::Original)->currentFinding();
        QVERIFY(drug != 0);
        QCOMPARE(workspace->session()->finding(drug)->conceptId.isEmpty(), false);
        const qint64 counterpart = workspace->pane(DocumentRole::Translation)->currentFinding();
        QVERIFY(counterpart != 0);
        QCOMPARE(workspace->session()->finding(counterpart)->text, QStringLiteral("ceftriaxone"));

        // Accept it with A; the decision is in the library at once.
        QTest::keyClick(original, Qt::Key_A);
        storage::FindingRepository findings(**library);
        QCOMPARE(findings.load(drug)->state, FindingState::Accepted);
        QTest::keySequence(&window, QKeySequence::Undo);
        QCOMPARE(findings.load(drug)->state, FindingState::Proposed);

        // J moves to the next finding.
        QTest::keyClick(original, Qt::Key_J);
        const qint64 next = workspace->pane(DocumentRole::Original)->currentFinding();
        QVERIFY(next != 0 && next != drug);
        QVERIFY(workspace->session()->finding(next)->start > workspace->session()->finding(drug)->start);
    }

    void findingsTableFiltersDecidesAndCorrects()
    {
        QTemporaryDir dir;
        auto library = storage::Library::open(dir.filePath(QStringLiteral("table.sqlite")));
        QVERIFY(DemoLibrary::seedOnce(**library).ok());
        ui::MainWindow window(**library, *m_settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* table = window.findChild<QTableView*>(QStringLiteral("findingsTable"));
        QVERIFY(table);
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 40, 30000);

        // Abnormal only: leukocytes, Hg, CRP, ... and nothing normal.
        window.findChild<QCheckBox*>(QStringLiteral("findingsAbnormalFilter"))->setChecked(true);
        const int abnormal = table->model()->rowCount();
        QVERIFY(abnormal >= 6);
        bool sawLeukocytes = false;
        for (int row = 0; row < abnormal; ++row) {
            const QString flag =
                table->model()->index(row, ui::FindingsTableModel::FlagColumn).data().toString();
            QVERIFY2(flag.contains(QStringLiteral("high")) || flag.contains(QStringLiteral("low")),
                     qPrintable(flag));
            sawLeukocytes = sawLeukocytes || table->model()
                                                 ->index(row, ui::FindingsTableModel::OriginalColumn)
                                                 .data()
                                                 .toString()
                                                 .contains(QStringLiteral("leucócitos"));
        }
        QVERIFY(sawLeukocytes);

        // Reject the first abnormal row with its button; the state column and the library follow.
        table->setCurrentIndex(table->model()->index(0, 0));
        const qint64 id =
            table->model()->index(0, 0).data(ui::FindingsTableModel::FindingIdRole).toLongLong();
        for (QPushButton* button : window.findChildren<QPushButton*>())
            if (button->text() == QStringLiteral("Reject (R)"))
                button->click();
        storage::FindingRepository findings(**library);
        QCOMPARE(findings.load(id)->state, FindingState::Rejected);

        // Correct a finding's value through the dialog.
        bool corrected = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto* value = dialog->findChild<QLineEdit*>(QStringLiteral("findingValue"));
            value->setText(QStringLiteral("99"));
            dialog->accept();
            corrected = true;
        });
        window.workspace()->correctFinding(id);
        QVERIFY(corrected);
        QCOMPARE(findings.load(id)->state, FindingState::Corrected);
        QCOMPARE(*findings.load(id)->value, 99.0);
    }

    void theInterfaceSpeaksPortuguese()
    {
        QTranslator portuguese;
        QVERIFY(portuguese.load(QStringLiteral(":/caselens/i18n/caselens_pt.qm")));
        QApplication::installTranslator(&portuguese);
        {
            ui::MainWindow window(*m_library, *m_settings);
            // Longer labels must not make the window wider than a 1366-pixel laptop screen.
            QVERIFY2(window.minimumSizeHint().width() <= 1366,
                     qPrintable(QString::number(window.minimumSizeHint().width())));
            QStringList menus;
            for (QAction* action : window.menuBar()->actions())
                menus << action->text();
            QVERIFY2(menus.contains(QStringLiteral("&Ficheiro")), qPrintable(menus.join(QLatin1Char(','))));
            QCOMPARE(
                window.findChild<QLineEdit*>(QStringLiteral("librarySearch"))->placeholderText().isEmpty(),
                false);
            QVERIFY(window.findChild<QLineEdit*>(QStringLiteral("librarySearch"))->placeholderText() !=
                    QStringLiteral("Search both languages…"));
            QCOMPARE(displayName(ReviewStatus::InReview), QStringLiteral("Em revisão"));
            // The translation check's names and sentences, made in the core, too.
            QCOMPARE(qa::displayName(qa::IssueType::Laterality), QStringLiteral("Lateralidade"));
            // And the messages of storage and import, which dialogs show as they come (they
            // were English only: lupdate could not see the core's own tr() helpers).
            const auto missing = storage::CaseRepository(*m_library).load(987654);
            QVERIFY(!missing.ok());
            QVERIFY2(missing.error().contains(QStringLiteral("987654")) &&
                         missing.error() != QStringLiteral("There is no case 987654 in this library."),
                     qPrintable(missing.error()));
            // The state of a finding in the interface and in an exported document is a word of
            // the reader's language, not the file key ("proposed" was printed in Portuguese PDFs).
            QCOMPARE(displayName(FindingState::Accepted), QStringLiteral("aceite"));
            const auto bundle = CaseArchive::load(*m_library, 1);
            QVERIFY(bundle.ok());
            const CaseExporter exporter{ExportOptions{}};
            const ExportDocument exported = exporter.document(exporter.prepare(*bundle));
            QVERIFY(!exported.findings.isEmpty());
            QStringList names, keys;
            for (const FindingState state :
                 {FindingState::Proposed, FindingState::Accepted, FindingState::Rejected, FindingState::Corrected}) {
                names << displayName(state);
                keys << toKey(state);
            }
            for (const FindingRow& row : exported.findings)
                QVERIFY2(names.contains(row.state) && !keys.contains(row.state), qPrintable(row.state));
            const auto binary = decodeText(QByteArray("PK\x03\x04\x00\x00binary", 12), QStringLiteral("x.docx"));
            QVERIFY(!binary.ok());
            QVERIFY2(binary.error().contains(QStringLiteral("x.docx")) &&
                         !binary.error().contains(QStringLiteral("looks like a binary file")),
                     qPrintable(binary.error()));
        }
        QApplication::removeTranslator(&portuguese);
        QCOMPARE(displayName(ReviewStatus::InReview), QStringLiteral("In review"));
    }

    void droppedFilesAreImported()
    {
        QTemporaryDir dir;
        auto library = storage::Library::open(dir.filePath(QStringLiteral("drop.sqlite")));
        const QString demo = QStringLiteral(CASELENS_SOURCE_DIR "/resources/demo/");
        QVERIFY(QFile::copy(demo + QStringLiteral("septic-shock-47m.pt.txt"), dir.filePath(QStringLiteral("c.pt.txt"))));
        QVERIFY(QFile::copy(demo + QStringLiteral("septic-shock-47m.en.txt"), dir.filePath(QStringLiteral("c.en.txt"))));
        ui::MainWindow window(**library, *m_settings);
        window.show();
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(dir.filePath(QStringLiteral("c.pt.txt"))),
                      QUrl::fromLocalFile(dir.filePath(QStringLiteral("c.en.txt")))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        auto* list = window.findChild<QListView*>(QStringLiteral("caseList"));
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 1, 20000);
        QCOMPARE(list->model()->index(0, 0).data(ui::CaseListModel::LanguagesRole).toStringList(),
                 QStringList({QStringLiteral("pt"), QStringLiteral("en")}));
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

    void aLongReportIsHighlightedFromTheTopThenToTheEnd()
    {
        // Tens of thousands of findings are formatted a slice at a time after the case opens.
        QTemporaryDir dir;
        auto opened = storage::Library::open(dir.filePath(QStringLiteral("long.sqlite")));
        QVERIFY(opened.ok());
        storage::Library& library = **opened;
        QString portuguese;
        QString english;
        for (int i = 0; i < 2300; ++i) {
            portuguese += QStringLiteral("Febre e tosse no dia %1, PCR 115 mg/L.\n").arg(i);
            english += QStringLiteral("Fever and cough on day %1, CRP 115 mg/L.\n").arg(i);
        }
        Case shortCase; // listed first, so the window opens it and the long one is opened below
        shortCase.title = QStringLiteral("Short report");
        shortCase.documents << Document{0, DocumentRole::Original, QStringLiteral("pt"), QStringLiteral("Febre."), {}};
        QVERIFY(storage::CaseRepository(library).add(shortCase).ok());
        Case aCase;
        aCase.title = QStringLiteral("Long report");
        aCase.documents << Document{0, DocumentRole::Original, QStringLiteral("pt"), portuguese, {}}
                        << Document{0, DocumentRole::Translation, QStringLiteral("en"), english, {}};
        const auto added = storage::CaseRepository(library).add(aCase);
        QVERIFY(added.ok());
        QVERIFY(CaseExtractor::forLibrary(library)->extractAndStore(library, added->id).ok());

        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        ui::MainWindow window(library, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openCase(added->id));
        QTextEdit* original = text(window, "originalText");
        // Read from the block's fragments: a cursor placed there would lay the text out up to it.
        const auto backgroundAt = [original](int position) {
            const QTextBlock block = original->document()->findBlock(position);
            for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment)
                if (fragment.fragment().contains(position))
                    return fragment.fragment().charFormat().hasProperty(QTextFormat::BackgroundBrush);
            return false;
        };
        QVERIFY(window.workspace()->pane(DocumentRole::Original)->findings().size() > 4000); // more than one slice
        QVERIFY(backgroundAt(0)); // "Febre", at once
        const int lastFever = int(original->toPlainText().lastIndexOf(QStringLiteral("Febre")));
        QVERIFY(!backgroundAt(lastFever)); // the window did not wait for the end of the text
        // Nor for laying the text out: painting it (with a ↑ after every CRP) lays out what is in
        // view, the rest follows in slices (painting each badge used to lay out the whole text).
        window.repaint();
        const auto endLaidOut = [original] { return original->document()->lastBlock().previous().layout()->lineCount() > 0; };
        QVERIFY(!endLaidOut());
        QTRY_VERIFY(endLaidOut());
        QTRY_VERIFY(backgroundAt(lastFever));
        QVERIFY(!backgroundAt(lastFever + 6)); // "e" is not a finding
    }

    void anExtractedCaseIsAlignedTheMomentItOpens()
    {
        // The extraction keeps the sentence alignment: opening the case shades the hovered
        // sentence's counterpart at once, with no alignment to wait for.
        QTemporaryDir dir;
        auto opened = storage::Library::open(dir.filePath(QStringLiteral("aligned.sqlite")));
        QVERIFY(opened.ok());
        storage::Library& library = **opened;
        Case aCase;
        aCase.title = QStringLiteral("Two sentences");
        aCase.documents << Document{0, DocumentRole::Original, QStringLiteral("pt"),
                                    QStringLiteral("Doente com febre há dois dias. A PCR era 115 mg/L."), {}}
                        << Document{0, DocumentRole::Translation, QStringLiteral("en"),
                                    QStringLiteral("Patient with fever for two days. CRP was 115 mg/L."), {}};
        const auto added = storage::CaseRepository(library).add(aCase);
        QVERIFY(added.ok());
        QVERIFY(CaseExtractor::forLibrary(library)->extractAndStore(library, added->id).ok());
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        ui::MainWindow window(library, settings);
        QVERIFY(window.openCase(added->id));
        QCOMPARE(window.workspace()->sentenceAlignment().beads.size(), 2);
        ui::DocumentPane* original = window.workspace()->pane(DocumentRole::Original);
        ui::DocumentPane* translation = window.workspace()->pane(DocumentRole::Translation);
        emit original->hovered(35); // in "A PCR era 115 mg/L."
        QCOMPARE(original->shadedSpan(), (std::optional<std::pair<int, int>>{{31, 50}}));
        QCOMPARE(translation->shadedSpan(), (std::optional<std::pair<int, int>>{{33, 50}}));
        emit translation->hovered(3); // "Patient with fever…"
        QCOMPARE(original->shadedSpan(), (std::optional<std::pair<int, int>>{{0, 30}}));
        emit translation->hovered(-1); // off the text
        QVERIFY(!original->shadedSpan());
    }

    void theBackgroundExtractionStopsBeforeItsRunnerGoes()
    {
        // Closing the window while cases are being extracted: the worker must be done with its
        // connection before the application goes, which closes every connection left (the
        // first version crashed inside SQLite at exit).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pending.sqlite"));
        {
            auto opened = storage::Library::open(path);
            QVERIFY(opened.ok());
            // Long cases, so that the run is still going when the first one is reported: with
            // short ones the worker could finish between two polls and the test saw nothing
            // (it failed that way on CI).
            const QString sentence = QStringLiteral("Febre há 3 dias, PCR 115 mg/L, sem sopros. ");
            for (int i = 0; i < 40; ++i) {
                Case aCase;
                aCase.title = QStringLiteral("Case %1").arg(i);
                aCase.documents << Document{0, DocumentRole::Original, QStringLiteral("pt"),
                                            sentence.repeated(400) + QString::number(i), {}};
                QVERIFY(storage::CaseRepository(**opened).add(aCase).ok());
            }
        }
        const QStringList connectionsBefore = QSqlDatabase::connectionNames();
        {
            ui::ExtractionRunner runner(path, QStringLiteral("Dr. Test"));
            QSignalSpy updated(&runner, &ui::ExtractionRunner::caseUpdated);
            QSignalSpy finished(&runner, &ui::ExtractionRunner::finished);
            runner.start();
            QVERIFY(runner.isRunning());
            QTRY_VERIFY(!updated.isEmpty()); // one case done, 39 to go: it is at work
            QVERIFY(finished.isEmpty());
            QVERIFY(QSqlDatabase::connectionNames().size() > connectionsBefore.size());
        }
        // Gone, not merely cancelled: its connection is closed.
        QCOMPARE(QSqlDatabase::connectionNames(), connectionsBefore);
    }

    void documentsPreparedOnAWorkerReplaceEachOther()
    {
        // A long case's translation is laid into its document on a worker thread and handed to
        // the pane; the next case's replaces it (the first version of this crashed, reading the
        // document QTextEdit had just deleted).
        ui::DocumentPane pane(DocumentRole::Translation);
        pane.show();
        const auto prepare = [&pane](const QString& text) {
            return QtConcurrent::run([text, owner = pane.thread()] {
                       return ui::DocumentPane::prepareDocument(text, owner).release();
                   })
                .result();
        };
        Document first{1, DocumentRole::Translation, QStringLiteral("en"), QStringLiteral("Fever.\nCough."), {}};
        Document second{2, DocumentRole::Translation, QStringLiteral("en"), QStringLiteral("Septic shock."), {}};
        pane.showDocument(&first, {}, std::unique_ptr<QTextDocument>(prepare(first.text)));
        QCOMPARE(pane.textView()->toPlainText(), first.text);
        QCOMPARE(pane.textView()->document()->thread(), pane.thread());
        pane.showDocument(&second, {}, std::unique_ptr<QTextDocument>(prepare(second.text)));
        QCOMPARE(pane.textView()->toPlainText(), second.text);
        pane.showDocument(&first); // and back to a document the pane fills itself
        QCOMPARE(pane.textView()->toPlainText(), first.text);
        QVERIFY(pane.textView()->document()->isUndoRedoEnabled() == false);
        QCoreApplication::processEvents(); // the replaced documents are deleted later
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
