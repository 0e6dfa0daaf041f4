#pragma once

#include "core/Settings.h"
#include "core/review/ReviewSession.h"
#include "storage/Library.h"

#include <QWidget>

#include <memory>

class QSplitter;
class QTextEdit;

namespace caselens::ui {

class DocumentPane;
class FindBar;
class ReviewBar;
class ScrollSynchronizer;

// The middle of the window: the case under review, its original and translation side by side,
// and the reviewer's edits on them (annotating a selection, case notes). Owns the ReviewSession.
class CaseWorkspace final : public QWidget {
    Q_OBJECT
public:
    CaseWorkspace(storage::Library& library, Settings& settings, QWidget* parent = nullptr);
    ~CaseWorkspace() override;

    // Opens a case for review (0: none). Returns false and says why when it cannot be read.
    bool openCase(CaseId id);
    ReviewSession* session() const { return m_session.get(); }
    void showEmptyLibrary(const QString& hint);

    DocumentPane* pane(DocumentRole role) const;
    // The pane with the keyboard focus, else the original.
    DocumentPane* activePane() const;
    QSplitter* splitter() const { return m_splitter; }
    FindBar* findBar() const { return m_findBar; }
    ReviewBar* reviewBar() const { return m_reviewBar; }
    void setZoomSteps(int steps);
    void setSynchronizedScrolling(bool enabled);

    // Reviewer actions (menus and shortcuts call these).
    void annotateSelection();
    void addCaseNote();
    void editAnnotation(qint64 annotationId);
    void revealAnnotation(qint64 annotationId);
    void switchPane();

signals:
    void sessionChanged(caselens::ReviewSession* session);
    void message(const QString& text);

private:
    void showAnnotations();
    void report(const QString& error);

    storage::Library& m_library;
    Settings& m_settings;
    std::unique_ptr<ReviewSession> m_session;
    ReviewBar* m_reviewBar = nullptr;
    QSplitter* m_splitter = nullptr;
    DocumentPane* m_original = nullptr;
    DocumentPane* m_translation = nullptr;
    FindBar* m_findBar = nullptr;
    ScrollSynchronizer* m_scrollSync = nullptr;
    QMetaObject::Connection m_focusConnection;
    DocumentRole m_lastPane = DocumentRole::Original;
};

} // namespace caselens::ui
