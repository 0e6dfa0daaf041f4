#include "MainWindow.h"

#include "AboutDialog.h"
#include "CaseListDelegate.h"
#include "CaseListModel.h"
#include "DocumentPane.h"
#include "FindBar.h"
#include "FolderImportRunner.h"
#include "ScrollSynchronizer.h"
#include "core/import/CaseImporter.h"
#include "model/Language.h"
#include "storage/CaseRepository.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTextEdit>
#include <QVBoxLayout>

namespace caselens::ui {

MainWindow::MainWindow(storage::Library& library, Settings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_library(library)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("CaseLens"));
    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(buildCaseList());
    m_mainSplitter->addWidget(buildDocuments());
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({280, 1000});
    m_mainSplitter->setChildrenCollapsible(false);
    setCentralWidget(m_mainSplitter);

    m_caseStatus = new QLabel(this);
    m_libraryStatus = new QLabel(this);
    statusBar()->addPermanentWidget(m_caseStatus);
    statusBar()->addPermanentWidget(m_libraryStatus);
    buildActions();
    restoreLayout();

    if (!m_library.openingNote().isEmpty())
        statusBar()->showMessage(m_library.openingNote(), 15000);
    m_libraryStatus->setText(tr("%n case(s)", nullptr, m_caseModel->totalCount()));
    m_libraryStatus->setToolTip(m_library.path());
    if (m_caseModel->rowCount() > 0)
        m_caseList->setCurrentIndex(m_caseModel->index(0));
    else
        showEmptyLibrary();
}

MainWindow::~MainWindow()
{
    // Focus moves while the child widgets are destroyed; the handler must not see a half-gone window.
    disconnect(m_focusConnection);
}

QWidget* MainWindow::buildCaseList()
{
    auto* panel = new QWidget(this);
    auto* heading = new QLabel(tr("Cases"), panel);
    QFont headingFont = heading->font();
    headingFont.setCapitalization(QFont::AllUppercase);
    headingFont.setWeight(QFont::DemiBold);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 0.9);
    heading->setFont(headingFont);
    heading->setForegroundRole(QPalette::PlaceholderText);
    heading->setContentsMargins(10, 8, 10, 6);

    m_caseModel = new CaseListModel(m_library, this);
    m_caseList = new QListView(panel);
    m_caseList->setObjectName(QStringLiteral("caseList"));
    m_caseList->setModel(m_caseModel);
    m_caseList->setItemDelegate(new CaseListDelegate(m_caseList));
    m_caseList->setUniformItemSizes(true);
    m_caseList->setFrameShape(QFrame::NoFrame);
    m_caseList->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_caseList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { showCase(current); });
    connect(m_caseModel, &CaseListModel::loadFailed, this, &MainWindow::showError);

    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(heading);
    layout->addWidget(m_caseList, 1);
    return panel;
}

QWidget* MainWindow::buildDocuments()
{
    auto* area = new QWidget(this);
    m_documentSplitter = new QSplitter(Qt::Horizontal, area);
    m_documentSplitter->setObjectName(QStringLiteral("documentSplitter"));
    m_originalPane = new DocumentPane(DocumentRole::Original, m_documentSplitter);
    m_translationPane = new DocumentPane(DocumentRole::Translation, m_documentSplitter);
    m_documentSplitter->addWidget(m_originalPane);
    m_documentSplitter->addWidget(m_translationPane);
    m_documentSplitter->setChildrenCollapsible(false);
    m_scrollSync = new ScrollSynchronizer(m_originalPane->textView(), m_translationPane->textView(), this);
    m_scrollSync->setEnabled(m_settings.synchronizedScrolling());

    m_findBar = new FindBar(area);
    m_findBar->setTarget(m_originalPane->textView());
    // Find searches the pane the user was last in.
    m_focusConnection = connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (now == m_originalPane->textView() || now == m_translationPane->textView())
            m_findBar->setTarget(qobject_cast<QTextEdit*>(now));
    });

    auto* layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_documentSplitter, 1);
    layout->addWidget(m_findBar);
    return area;
}

void MainWindow::buildActions()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* importAction = fileMenu->addAction(tr("&Import Case…"), this, &MainWindow::importCase);
    importAction->setShortcut(QKeySequence::Open);
    QAction* importFolderAction = fileMenu->addAction(tr("Import &Folder…"), this, &MainWindow::importFolder);
    importFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addAction(tr("&Find…"), QKeySequence::Find, m_findBar, &FindBar::activate);
    editMenu->addAction(tr("Find &Next"), QKeySequence::FindNext, m_findBar, &FindBar::findNext);
    editMenu->addAction(tr("Find &Previous"), QKeySequence::FindPrevious, m_findBar, &FindBar::findPrevious);

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
        m_scrollSync->setEnabled(enabled);
        m_settings.setSynchronizedScrolling(enabled);
    });

    QMenu* goMenu = menuBar()->addMenu(tr("&Go"));
    goMenu->addAction(tr("&Next Case"), QKeySequence(Qt::ALT | Qt::Key_Down), this, [this] { stepCase(1); });
    goMenu->addAction(tr("&Previous Case"), QKeySequence(Qt::ALT | Qt::Key_Up), this,
                      [this] { stepCase(-1); });
    goMenu->addAction(tr("&Case List"), QKeySequence(Qt::CTRL | Qt::Key_L), this,
                      [this] { m_caseList->setFocus(Qt::ShortcutFocusReason); });
    goMenu->addAction(tr("&Original Text"), QKeySequence(Qt::CTRL | Qt::Key_1), this,
                      [this] { m_originalPane->textView()->setFocus(Qt::ShortcutFocusReason); });
    goMenu->addAction(tr("&Translation Text"), QKeySequence(Qt::CTRL | Qt::Key_2), this,
                      [this] { m_translationPane->textView()->setFocus(Qt::ShortcutFocusReason); });

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* about = helpMenu->addAction(tr("&About CaseLens"), this, [this] { AboutDialog(this).exec(); });
    about->setMenuRole(QAction::AboutRole);
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1280, 800);
    restoreState(m_settings.windowState());
    m_mainSplitter->restoreState(m_settings.splitterState(m_mainSplitter->objectName()));
    m_documentSplitter->restoreState(m_settings.splitterState(m_documentSplitter->objectName()));
    m_originalPane->setZoomSteps(m_settings.textZoomSteps());
    m_translationPane->setZoomSteps(m_settings.textZoomSteps());
}

void MainWindow::saveLayout()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setSplitterState(m_mainSplitter->objectName(), m_mainSplitter->saveState());
    m_settings.setSplitterState(m_documentSplitter->objectName(), m_documentSplitter->saveState());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    event->accept();
}

bool MainWindow::openCase(CaseId id)
{
    const QModelIndex index = m_caseModel->indexOfCase(id);
    if (!index.isValid())
        return false;
    m_caseList->setCurrentIndex(index);
    m_caseList->scrollTo(index);
    return m_currentCase.id == id;
}

void MainWindow::showCase(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    storage::CaseRepository cases(m_library);
    const auto loaded = cases.load(index.data(CaseListModel::CaseIdRole).toLongLong());
    if (!loaded) {
        showError(loaded.error());
        return;
    }
    m_currentCase = *loaded;
    m_originalPane->showDocument(m_currentCase.original());
    m_translationPane->showDocument(m_currentCase.translation(), tr("This case has no translation yet."));
    setWindowTitle(tr("%1 — CaseLens").arg(m_currentCase.title));
    QStringList names;
    for (const QString& code : m_currentCase.languages())
        names << language::nativeName(code);
    m_caseStatus->setText(QStringLiteral("%1  ·  %2")
                              .arg(names.join(QStringLiteral(" → ")), displayName(m_currentCase.status)));
}

void MainWindow::showEmptyLibrary()
{
    const QString hint = tr("This library has no cases yet.\n\nImport a case report with File ▸ Import Case… "
                            "(Ctrl+O), or from a terminal:\n\n  caselens-cli --db \"%1\" import REPORT.txt "
                            "--translation TRANSLATION.txt")
                             .arg(m_library.path());
    m_originalPane->showDocument(nullptr, hint);
    m_translationPane->showDocument(nullptr);
    m_caseStatus->clear();
}

void MainWindow::zoomBy(int steps)
{
    m_settings.setTextZoomSteps(m_settings.textZoomSteps() + steps);
    m_originalPane->setZoomSteps(m_settings.textZoomSteps());
    m_translationPane->setZoomSteps(m_settings.textZoomSteps());
}

void MainWindow::stepCase(int delta)
{
    const int row = m_caseList->currentIndex().row() + delta;
    if (row >= m_caseModel->rowCount() && m_caseModel->canFetchMore({}))
        m_caseModel->fetchMore({});
    if (row >= 0 && row < m_caseModel->rowCount())
        m_caseList->setCurrentIndex(m_caseModel->index(row));
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

void MainWindow::importFolderAt(const QString& folder)
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
    m_folderImport->start(folder, {});
}

void MainWindow::afterImport()
{
    const CaseId current = m_currentCase.id;
    m_caseModel->reload();
    m_libraryStatus->setText(tr("%n case(s)", nullptr, m_caseModel->totalCount()));
    if (current == 0 || !openCase(current))
        if (m_caseModel->rowCount() > 0)
            m_caseList->setCurrentIndex(m_caseModel->index(0));
}

void MainWindow::showError(const QString& message)
{
    QMessageBox::warning(this, tr("CaseLens"), message);
}

} // namespace caselens::ui
