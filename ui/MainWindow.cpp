#include "MainWindow.h"

#include "AboutDialog.h"
#include "AnnotationsPanel.h"
#include "CaseListModel.h"
#include "CaseWorkspace.h"
#include "DocumentPane.h"
#include "ExportDialog.h"
#include "ExtractionRunner.h"
#include "FindBar.h"
#include "FindingsPanel.h"
#include "QaPanel.h"
#include "FindingsTableModel.h"
#include "FolderImportRunner.h"
#include "LibraryPanel.h"
#include "PreferencesDialog.h"
#include "ReviewBar.h"
#include "ShortcutsDialog.h"
#include "core/import/CaseImporter.h"
#include "model/Language.h"
#include "storage/CaseRepository.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextEdit>
#include <QTime>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>

namespace caselens::ui {

MainWindow::MainWindow(storage::Library& library, Settings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_library(library)
    , m_settings(settings)
    , m_undoGroup(new QUndoGroup(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("CaseLens"));
    setAcceptDrops(true); // case files and folders dropped on the window are imported
    m_library.setAuthorName(m_settings.authorName());

    m_libraryPanel = new LibraryPanel(m_library, this);
    m_workspace = new CaseWorkspace(m_library, m_settings, this);
    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_libraryPanel);
    m_mainSplitter->addWidget(m_workspace);
    m_mainSplitter->addWidget(buildSidePanel());
    // Explicit minimums: the splitter otherwise adds up what every filter, legend and button row
    // would like, and the Portuguese labels made that wider than a laptop screen. A narrow panel
    // elides; the reader widens it with the splitter.
    m_libraryPanel->setMinimumWidth(200);
    m_sideTabs->setMinimumWidth(260);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({240, 760, 400});
    setCentralWidget(m_mainSplitter);

    m_savedIndicator = new QLabel(this);
    m_savedIndicator->setObjectName(QStringLiteral("savedIndicator"));
    m_caseStatus = new QLabel(this);
    m_libraryStatus = new QLabel(this);
    statusBar()->addPermanentWidget(m_savedIndicator);
    statusBar()->addPermanentWidget(m_caseStatus);
    statusBar()->addPermanentWidget(m_libraryStatus);
    m_libraryStatus->setToolTip(m_library.path());

    connect(m_libraryPanel, &LibraryPanel::caseSelected, this, &MainWindow::showCase);
    connect(m_libraryPanel, &LibraryPanel::countChanged, this, [this](int) {
        m_libraryStatus->setText(
            tr("%n case(s) in the library", nullptr, *storage::CaseRepository(m_library).count()));
    });
    connect(m_workspace, &CaseWorkspace::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 6000); });
    connect(m_workspace, &CaseWorkspace::sessionChanged, this, [this](ReviewSession* session) {
        m_findingsPanel->setSession(session);
        m_annotationsPanel->setSession(session);
        m_notesPanel->setSession(session);
        m_qaPanel->setSession(session);
        m_sideTabs->setTabText(m_sideTabs->indexOf(m_qaPanel), tr("QA"));
        for (QUndoStack* stack : m_undoGroup->stacks())
            m_undoGroup->removeStack(stack);
        if (session) {
            m_undoGroup->addStack(session->undoStack());
            m_undoGroup->setActiveStack(session->undoStack());
            connect(session, &ReviewSession::saved, this, &MainWindow::showSaved);
            connect(session, &ReviewSession::changed, this, [this](ReviewSession::Part part) {
                if (part == ReviewSession::Part::Case) {
                    updateCaseStatus();
                    // Later, not inside the session's own signal: reloading the list re-selects rows.
                    QTimer::singleShot(0, m_libraryPanel, &LibraryPanel::reload);
                }
            });
        }
    });
    buildMenus();
    restoreLayout();

    // Cases without findings (the demo library, imports from the app, older lexicons) get them
    // in the background; an open case shows them as soon as they are stored.
    m_extraction = new ExtractionRunner(m_library.path(), m_library.authorName(), this);
    connect(m_extraction, &ExtractionRunner::caseUpdated, this, [this](CaseId id) {
        m_libraryPanel->model()->refreshTranslationCheck(id);
        if (ReviewSession* session = m_workspace->session(); session && session->currentCase().id == id) {
            session->refresh(ReviewSession::Part::Findings);
            m_qaPanel->refresh();
        }
    });
    connect(m_extraction, &ExtractionRunner::progress, this, [this](int done, int total) {
        if (total > 1)
            statusBar()->showMessage(tr("Finding clinical findings: %1 of %2 cases…").arg(done).arg(total),
                                     3000);
    });
    connect(m_extraction, &ExtractionRunner::finished, this, [this](int updated, const QString& error) {
        if (!error.isEmpty())
            statusBar()->showMessage(tr("Some cases could not be analysed: %1").arg(error), 15000);
        else if (updated > 1)
            statusBar()->showMessage(tr("Findings are up to date in %n case(s).", nullptr, updated), 6000);
    });
    QTimer::singleShot(0, m_extraction, &ExtractionRunner::start);
    connect(m_workspace, &CaseWorkspace::lexiconChanged, m_extraction, &ExtractionRunner::start);

    if (!m_library.openingNote().isEmpty())
        statusBar()->showMessage(m_library.openingNote(), 15000);
    m_libraryStatus->setText(
        tr("%n case(s) in the library", nullptr, *storage::CaseRepository(m_library).count()));
    if (m_libraryPanel->model()->rowCount() > 0)
        m_libraryPanel->listView()->setCurrentIndex(m_libraryPanel->model()->index(0));
    else
        m_workspace->showEmptyLibrary(
            tr("This library has no cases yet.\n\nImport a case report with File ▸ Import "
               "Case… (Ctrl+O), a folder of them with File ▸ Import Folder… (Ctrl+Shift+O), "
               "or from a terminal:\n\n  caselens-cli --db \"%1\" import REPORT.txt "
               "--translation TRANSLATION.txt")
                .arg(m_library.path()));
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::buildSidePanel()
{
    m_sideTabs = new QTabWidget(this);
    m_sideTabs->setObjectName(QStringLiteral("sideTabs"));
    m_findingsPanel = new FindingsPanel(m_sideTabs);
    m_annotationsPanel = new AnnotationsPanel(AnnotationListModel::Kind::Spans, m_sideTabs);
    m_notesPanel = new AnnotationsPanel(AnnotationListModel::Kind::Notes, m_sideTabs);
    m_sideTabs->addTab(m_findingsPanel, tr("Findings"));
    m_sideTabs->addTab(m_annotationsPanel, tr("Annotations"));
    m_sideTabs->addTab(m_notesPanel, tr("Notes"));
    m_qaPanel = new QaPanel(m_sideTabs);
    // "QA" keeps the four tabs readable in a narrow side panel; the tooltip says what it is.
    m_sideTabs->addTab(m_qaPanel, tr("QA"));
    m_sideTabs->setTabToolTip(m_sideTabs->indexOf(m_qaPanel),
                              tr("Translation check: does the translation say what the original says?"));
    connect(m_qaPanel, &QaPanel::jumpRequested, m_workspace, &CaseWorkspace::revealSpans);
    connect(m_qaPanel, &QaPanel::message, this, &MainWindow::showError);
    connect(m_qaPanel, &QaPanel::reportChanged, this, [this](double, int openIssues) {
        m_sideTabs->setTabText(m_sideTabs->indexOf(m_qaPanel), tr("QA (%1)").arg(openIssues));
        if (const auto& report = m_qaPanel->report(); report && m_workspace->session())
            m_libraryPanel->model()->setTranslationCheck(m_workspace->session()->currentCase().id,
                                                        toSummary(report->report.score));
    });
    connect(m_findingsPanel, &FindingsPanel::activated, m_workspace, &CaseWorkspace::revealFinding);
    connect(m_findingsPanel, &FindingsPanel::correctRequested, m_workspace, &CaseWorkspace::correctFinding);
    connect(m_findingsPanel, &FindingsPanel::decide, this, [this](qint64 id, FindingState state) {
        if (ReviewSession* session = m_workspace->session())
            if (auto decided = session->setFindingState(id, state); !decided)
                showError(decided.error());
    });
    connect(m_workspace, &CaseWorkspace::currentFindingChanged, m_findingsPanel,
            &FindingsPanel::selectFinding);
    connect(m_findingsPanel->model(), &QAbstractItemModel::modelReset, this, [this] {
        m_sideTabs->setTabText(0, tr("Findings (%1)").arg(m_findingsPanel->model()->rowCount()));
    });
    for (AnnotationsPanel* panel : {m_annotationsPanel, m_notesPanel}) {
        connect(panel, &AnnotationsPanel::editRequested, m_workspace, &CaseWorkspace::editAnnotation);
        connect(panel, &AnnotationsPanel::activated, m_workspace, &CaseWorkspace::revealAnnotation);
        connect(panel->model(), &QAbstractItemModel::modelReset, this, [this] {
            m_sideTabs->setTabText(1, tr("Annotations (%1)").arg(m_annotationsPanel->model()->rowCount()));
            m_sideTabs->setTabText(2, tr("Notes (%1)").arg(m_notesPanel->model()->rowCount()));
        });
    }
    connect(m_notesPanel, &AnnotationsPanel::addNoteRequested, m_workspace, &CaseWorkspace::addCaseNote);
    return m_sideTabs;
}

void MainWindow::buildMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("&Import Case…"), QKeySequence::Open, this, &MainWindow::importCase);
    fileMenu->addAction(tr("Import &Folder…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this,
                        &MainWindow::importFolder);
    fileMenu->addAction(tr("&Export…"), QKeySequence(Qt::CTRL | Qt::Key_E), this, [this] {
        ExportDialog(m_library, currentCaseId(), ExportDialog::Purpose::Export, this).exec();
    });
    fileMenu->addAction(tr("&Print…"), QKeySequence::Print, this, [this] {
        ExportDialog(m_library, currentCaseId(), ExportDialog::Purpose::Print, this).exec();
    });
    fileMenu->addSeparator();
    QAction* preferences = fileMenu->addAction(tr("&Preferences…"), QKeySequence::Preferences, this, [this] {
        PreferencesDialog dialog(m_settings, this);
        if (dialog.exec() == QDialog::Accepted)
            m_library.setAuthorName(m_settings.authorName());
    });
    preferences->setMenuRole(QAction::PreferencesRole);
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    FindBar* findBar = m_workspace->findBar();
    editMenu->addAction(tr("&Find in Text…"), QKeySequence::Find, findBar, &FindBar::activate);
    editMenu->addAction(tr("Find &Next"), QKeySequence::FindNext, findBar, &FindBar::findNext);
    editMenu->addAction(tr("Find &Previous"), QKeySequence::FindPrevious, findBar, &FindBar::findPrevious);

    QMenu* reviewMenu = menuBar()->addMenu(tr("&Review"));
    QAction* annotate =
        reviewMenu->addAction(tr("&Annotate Selection…"), m_workspace, &CaseWorkspace::annotateSelection);
    annotate->setShortcuts({QKeySequence(Qt::Key_M), QKeySequence(Qt::CTRL | Qt::Key_M)});
    reviewMenu->addAction(tr("Add Case &Note…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), m_workspace,
                          &CaseWorkspace::addCaseNote);
    reviewMenu->addSeparator();
    QAction* nextFinding =
        reviewMenu->addAction(tr("Ne&xt Finding"), m_workspace, [this] { m_workspace->stepFinding(1); });
    nextFinding->setShortcuts({QKeySequence(Qt::Key_J), QKeySequence(Qt::Key_F8)});
    QAction* previousFinding =
        reviewMenu->addAction(tr("Pre&vious Finding"), m_workspace, [this] { m_workspace->stepFinding(-1); });
    previousFinding->setShortcuts({QKeySequence(Qt::Key_K), QKeySequence(Qt::SHIFT | Qt::Key_F8)});
    reviewMenu->addAction(tr("A&ccept Finding"), QKeySequence(Qt::Key_A), m_workspace,
                          [this] { m_workspace->decideCurrentFinding(FindingState::Accepted); });
    reviewMenu->addAction(tr("R&eject Finding"), QKeySequence(Qt::Key_R), m_workspace,
                          [this] { m_workspace->decideCurrentFinding(FindingState::Rejected); });
    reviewMenu->addAction(tr("Rese&t Finding to Proposed"), QKeySequence(Qt::Key_U), m_workspace,
                          [this] { m_workspace->decideCurrentFinding(FindingState::Proposed); });
    reviewMenu->addAction(tr("C&orrect Finding…"), QKeySequence(Qt::Key_C), m_workspace, [this] {
        if (const qint64 id = m_workspace->currentFindingId())
            m_workspace->correctFinding(id);
    });
    reviewMenu->addAction(tr("Add &Finding from Selection…"), QKeySequence(Qt::Key_F), m_workspace,
                          &CaseWorkspace::addFindingFromSelection);
    reviewMenu->addAction(tr("Add Selection to the &Lexicon…"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), m_workspace,
                          &CaseWorkspace::addSelectionToLexicon);
    reviewMenu->addSeparator();
    reviewMenu->addAction(tr("Review &Status…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                          m_workspace->reviewBar(), &ReviewBar::focusStatus);
    reviewMenu->addAction(tr("&Tags…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
                          m_workspace->reviewBar(), &ReviewBar::focusTags);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, this, [this] { zoomBy(1); });
    viewMenu->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, this, [this] { zoomBy(-1); });
    viewMenu->addAction(tr("&Reset Zoom"), QKeySequence(Qt::CTRL | Qt::Key_0), this,
                        [this] { zoomBy(-m_settings.textZoomSteps()); });
    viewMenu->addSeparator();
    QAction* syncScroll = viewMenu->addAction(tr("&Synchronised Scrolling"));
    syncScroll->setCheckable(true);
    syncScroll->setChecked(m_settings.synchronizedScrolling());
    connect(syncScroll, &QAction::toggled, this, [this](bool enabled) {
        m_workspace->setSynchronizedScrolling(enabled);
        m_settings.setSynchronizedScrolling(enabled);
    });
    QAction* library = viewMenu->addAction(tr("&Library Panel"), QKeySequence(Qt::Key_F9), this,
                                           [this](bool shown) { m_libraryPanel->setVisible(shown); });
    library->setCheckable(true);
    library->setChecked(true);
    QAction* side = viewMenu->addAction(tr("Review &Panels"), QKeySequence(Qt::Key_F10), this,
                                        [this](bool shown) { m_sideTabs->setVisible(shown); });
    side->setCheckable(true);
    side->setChecked(true);

    QMenu* goMenu = menuBar()->addMenu(tr("&Go"));
    goMenu->addAction(tr("&Next Case"), QKeySequence(Qt::ALT | Qt::Key_Down), this,
                      [this] { m_libraryPanel->step(1); });
    goMenu->addAction(tr("&Previous Case"), QKeySequence(Qt::ALT | Qt::Key_Up), this,
                      [this] { m_libraryPanel->step(-1); });
    goMenu->addAction(tr("&Search the Library"), QKeySequence(Qt::CTRL | Qt::Key_L), m_libraryPanel,
                      &LibraryPanel::focusSearch);
    goMenu->addSeparator();
    goMenu->addAction(tr("&Original Text"), QKeySequence(Qt::CTRL | Qt::Key_1), this, [this] {
        m_workspace->pane(DocumentRole::Original)->textView()->setFocus(Qt::ShortcutFocusReason);
    });
    goMenu->addAction(tr("&Translation Text"), QKeySequence(Qt::CTRL | Qt::Key_2), this, [this] {
        m_workspace->pane(DocumentRole::Translation)->textView()->setFocus(Qt::ShortcutFocusReason);
    });
    goMenu->addAction(tr("Other &Pane"), QKeySequence(Qt::Key_F6), m_workspace, &CaseWorkspace::switchPane);
    goMenu->addAction(tr("&Findings Table"), QKeySequence(Qt::CTRL | Qt::Key_5), this, [this] {
        m_sideTabs->setCurrentWidget(m_findingsPanel);
        m_findingsPanel->view()->setFocus(Qt::ShortcutFocusReason);
    });
    goMenu->addAction(tr("&Annotations"), QKeySequence(Qt::CTRL | Qt::Key_3), this, [this] {
        m_sideTabs->setCurrentWidget(m_annotationsPanel);
        m_annotationsPanel->view()->setFocus(Qt::ShortcutFocusReason);
    });
    goMenu->addAction(tr("N&otes"), QKeySequence(Qt::CTRL | Qt::Key_4), this, [this] {
        m_sideTabs->setCurrentWidget(m_notesPanel);
        m_notesPanel->view()->setFocus(Qt::ShortcutFocusReason);
    });
    goMenu->addAction(tr("Translation &Check"), QKeySequence(Qt::CTRL | Qt::Key_6), this, [this] {
        m_sideTabs->setCurrentWidget(m_qaPanel);
        m_qaPanel->view()->setFocus(Qt::ShortcutFocusReason);
    });

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&Keyboard Shortcuts"), QKeySequence::HelpContents, this, [this] {
        QList<QAction*> actions;
        for (QAction* menu : menuBar()->actions())
            if (menu->menu())
                actions << menu->menu()->actions();
        ShortcutsDialog(actions, this).exec();
    });
    QAction* about = helpMenu->addAction(tr("&About CaseLens"), this, [this] { AboutDialog(this).exec(); });
    about->setMenuRole(QAction::AboutRole);
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings.windowGeometry())) {
        // First start: 1400×860, or the screen's free area on a smaller (laptop) screen.
        QSize size(1400, 860);
        if (const QScreen* screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableGeometry().size());
        resize(size);
    }
    restoreState(m_settings.windowState());
    m_mainSplitter->restoreState(m_settings.splitterState(m_mainSplitter->objectName()));
    m_workspace->splitter()->restoreState(m_settings.splitterState(m_workspace->splitter()->objectName()));
    m_workspace->setZoomSteps(m_settings.textZoomSteps());
}

void MainWindow::saveLayout()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setSplitterState(m_mainSplitter->objectName(), m_mainSplitter->saveState());
    m_settings.setSplitterState(m_workspace->splitter()->objectName(), m_workspace->splitter()->saveState());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    event->accept();
}

bool MainWindow::openCase(CaseId id)
{
    return m_libraryPanel->selectCase(id) && currentCaseId() == id;
}

CaseId MainWindow::currentCaseId() const
{
    const ReviewSession* session = m_workspace->session();
    return session ? session->currentCase().id : 0;
}

void MainWindow::showCase(CaseId id)
{
    if (id == currentCaseId()) // the list re-selected the open case (after a reload): keep its session
        return;
    if (!m_workspace->openCase(id))
        return;
    updateCaseStatus();
    m_savedIndicator->clear();
}

void MainWindow::updateCaseStatus()
{
    const ReviewSession* session = m_workspace->session();
    if (!session) {
        m_caseStatus->clear();
        setWindowTitle(QStringLiteral("CaseLens"));
        return;
    }
    const Case& aCase = session->currentCase();
    setWindowTitle(tr("%1 — CaseLens").arg(aCase.title));
    QStringList names;
    for (const QString& code : aCase.languages())
        names << language::nativeName(code);
    m_caseStatus->setText(
        QStringLiteral("%1  ·  %2").arg(names.join(QStringLiteral(" → ")), displayName(aCase.status)));
}

void MainWindow::showSaved()
{
    // Quiet confirmation that the edit is on disk; there is no Save button to press.
    m_savedIndicator->setText(
        tr("Saved ✓ %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
}

void MainWindow::zoomBy(int steps)
{
    m_settings.setTextZoomSteps(m_settings.textZoomSteps() + steps);
    m_workspace->setZoomSteps(m_settings.textZoomSteps());
}

void MainWindow::importCase()
{
    const QString textFilter = tr("Text files (*.txt);;All files (*)");
    const QString original =
        QFileDialog::getOpenFileName(this, tr("Import Case: Original Report"), {}, textFilter);
    if (original.isEmpty())
        return;
    const QString translation =
        QFileDialog::getOpenFileName(this, tr("Import Case: Translation (Cancel for none)"), {}, textFilter);
    storage::CaseRepository cases(m_library);
    CaseImporter importer(cases);
    PairImportRequest request;
    request.originalPath = original;
    request.translationPath = translation;
    const auto outcome = importer.importPair(request);
    if (!outcome) {
        showError(outcome.error());
        return;
    }
    afterImport();
    openCase(outcome->id);
    const QString message = outcome->alreadyPresent ? tr("This case was already in the library.")
                                                    : tr("Imported “%1”.").arg(outcome->title);
    statusBar()->showMessage((QStringList{message} + outcome->notes).join(QLatin1Char(' ')), 10000);
}

void MainWindow::importFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a Folder of Cases"));
    if (!folder.isEmpty())
        importFolderAt(folder);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importPaths(paths);
}

void MainWindow::importFolderAt(const QString& folder)
{
    importPaths({folder});
}

void MainWindow::importPaths(const QStringList& paths)
{
    if (!m_folderImport) {
        m_folderImport = new FolderImportRunner(m_library.path(), m_library.authorName(), this);
        connect(m_folderImport, &FolderImportRunner::finished, this,
                [this](const FolderImporter::Report& report) {
                    afterImport();
                    statusBar()->showMessage(tr("Import finished: %n case(s) added.", nullptr, report.added),
                                             10000);
                });
    }
    m_folderImport->start(paths, {});
}

void MainWindow::afterImport()
{
    m_libraryPanel->reload();
    m_extraction->start();
}

void MainWindow::showError(const QString& message)
{
    QMessageBox::warning(this, tr("CaseLens"), message);
}

} // namespace caselens::ui
