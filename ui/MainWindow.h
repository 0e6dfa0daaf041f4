#pragma once

#include "core/Settings.h"
#include "model/Case.h"
#include "storage/Library.h"

#include <QMainWindow>

class QLabel;
class QListView;
class QSplitter;

namespace caselens::ui {

class CaseListModel;
class DocumentPane;
class FindBar;
class FolderImportRunner;
class ScrollSynchronizer;

// The workspace: the library's cases on the left, the selected case's original and translation
// side by side. Composes the panes; the panes, list and find bar are their own classes.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(storage::Library& library, Settings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Selects the case in the list and shows it; false if it is not in the library.
    bool openCase(CaseId id);
    CaseId currentCaseId() const { return m_currentCase.id; }
    // Imports a folder in the background (File ▸ Import Folder… after the folder is chosen).
    void importFolderAt(const QString& folder);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildActions();
    QWidget* buildCaseList();
    QWidget* buildDocuments();
    void restoreLayout();
    void saveLayout();
    void showCase(const QModelIndex& index);
    void showEmptyLibrary();
    void zoomBy(int steps);
    void stepCase(int delta);
    void importCase();
    void importFolder();
    void afterImport();
    void showError(const QString& message);

    storage::Library& m_library;
    Settings& m_settings;
    CaseListModel* m_caseModel = nullptr;
    QListView* m_caseList = nullptr;
    QSplitter* m_mainSplitter = nullptr;
    QSplitter* m_documentSplitter = nullptr;
    DocumentPane* m_originalPane = nullptr;
    DocumentPane* m_translationPane = nullptr;
    FindBar* m_findBar = nullptr;
    ScrollSynchronizer* m_scrollSync = nullptr;
    QLabel* m_caseStatus = nullptr;
    QLabel* m_libraryStatus = nullptr;
    FolderImportRunner* m_folderImport = nullptr;
    Case m_currentCase;
    QMetaObject::Connection m_focusConnection;
};

} // namespace caselens::ui
