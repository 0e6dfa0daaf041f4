#pragma once

#include "core/Settings.h"
#include "model/Case.h"
#include "storage/Library.h"

#include <QMainWindow>

class QLabel;
class QSplitter;
class QTabWidget;
class QUndoGroup;

namespace caselens::ui {

class AnnotationsPanel;
class QaPanel;
class CaseWorkspace;
class ExtractionRunner;
class FindingsPanel;
class FolderImportRunner;
class LibraryPanel;

// The workspace window: the library on the left, the case's two texts in the middle, the
// review panels on the right. It composes those parts and owns the menus; each part is its own class.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(storage::Library& library, Settings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Selects the case in the list and shows it; false if it is not in the list.
    bool openCase(CaseId id);
    CaseId currentCaseId() const;
    // Imports a folder in the background (File ▸ Import Folder… after the folder is chosen).
    void importFolderAt(const QString& folder);
    // Imports files and folders (what was dropped on the window) in the background.
    void importPaths(const QStringList& paths);
    CaseWorkspace* workspace() const { return m_workspace; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildMenus();
    QWidget* buildSidePanel();
    void restoreLayout();
    void saveLayout();
    void showCase(CaseId id);
    void zoomBy(int steps);
    void importCase();
    void importFolder();
    void afterImport();
    void showSaved();
    void updateCaseStatus();
    void showError(const QString& message);

    storage::Library& m_library;
    Settings& m_settings;
    LibraryPanel* m_libraryPanel = nullptr;
    CaseWorkspace* m_workspace = nullptr;
    QTabWidget* m_sideTabs = nullptr;
    FindingsPanel* m_findingsPanel = nullptr;
    AnnotationsPanel* m_annotationsPanel = nullptr;
    AnnotationsPanel* m_notesPanel = nullptr;
    QaPanel* m_qaPanel = nullptr;
    QSplitter* m_mainSplitter = nullptr;
    QUndoGroup* m_undoGroup = nullptr;
    QLabel* m_savedIndicator = nullptr;
    QLabel* m_caseStatus = nullptr;
    QLabel* m_libraryStatus = nullptr;
    FolderImportRunner* m_folderImport = nullptr;
    ExtractionRunner* m_extraction = nullptr;
};

} // namespace caselens::ui
