#pragma once

#include "core/Settings.h"
#include "core/review/ReviewSession.h"
#include "findings/ExtractionResult.h"
#include "storage/Library.h"

#include <QFutureWatcher>
#include <QSet>
#include <QWidget>

#include <memory>

class QSplitter;
class QTextEdit;

namespace caselens::ui {

class CategoryLegend;
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
    // Moves to the next (+1) or previous (-1) finding in the active pane.
    void stepFinding(int direction);
    // Accept / reject / reset the finding under review (the one the cursor is on).
    void decideCurrentFinding(FindingState state);
    qint64 currentFindingId() const;
    void correctFinding(qint64 findingId);
    // A finding the extractor missed, on the selected text of the active pane.
    void addFindingFromSelection();
    // Adds the selected words to the library's own lexicon; emits lexiconChanged.
    void addSelectionToLexicon();
    // Selects a span in each text (code points; -1 for none), as the QA panel's issues give them.
    void revealSpans(int originalStart, int originalEnd, int translationStart, int translationEnd);
    // Shows a finding (and its counterpart in the other text); used by the findings table.
    void revealFinding(qint64 findingId);
    CategoryLegend* legend() const { return m_legend; }
    // Sentences and their alignment: kept by the extraction, or else computed off the UI thread
    // (empty until then).
    const CaseAlignment& sentenceAlignment() const { return m_alignment; }

signals:
    void currentFindingChanged(qint64 findingId);
    void lexiconChanged();

    void sessionChanged(caselens::ReviewSession* session);
    void message(const QString& text);

private:
    void showAnnotations();
    void showFindings();
    void onFindingSelected(DocumentRole role, qint64 findingId);
    void onHovered(DocumentRole role, int offset);
    void startAlignment();
    void applyAlignment(const CaseAlignment& alignment);
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
    CategoryLegend* m_legend = nullptr;
    QFutureWatcher<CaseAlignment> m_alignmentWatcher;
    CaseAlignment m_alignment;
    CaseId m_alignedCase = 0;
};

} // namespace caselens::ui
