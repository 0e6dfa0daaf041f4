#pragma once

#include "QaIssueListModel.h"
#include "core/review/ReviewSession.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QListView;
class QPushButton;

namespace caselens::ui {

// The QA tab: the translation check of the case under review. A summary (score and counts by
// severity), the issues (severity dot, type, message), and per issue: Enter or a double-click
// jumps to it (jumpRequested), A makes it a "Translation error" annotation (through the review
// session: saved, audited, undoable), D dismisses it (remembered in the library; with "Show
// dismissed", D on a dismissed issue restores it).
class QaPanel final : public QWidget {
    Q_OBJECT
public:
    explicit QaPanel(QWidget* parent = nullptr);

    // Checks the session's case (nullptr: empty), at once when the panel is visible, else when it
    // is shown, and keeps the score for the case list. Re-checks when annotations change, to mark
    // the annotated issues.
    void setSession(ReviewSession* session);
    // Runs the check again (after a re-import, or lexicon change).
    void refresh();

    QaIssueListModel* model() const { return m_model; }
    QListView* view() const { return m_view; }
    QString summary() const;
    // The current report (empty when no case or the case cannot be checked).
    const std::optional<CaseQaReport>& report() const { return m_report; }

    // The actions behind the keys and buttons, on the selected issue.
    void annotateCurrent();
    void dismissCurrent();

signals:
    // Where the selected issue is, in code points of each text; -1, -1 for a side without a span.
    void jumpRequested(int originalStart, int originalEnd, int translationStart, int translationEnd);
    // After every check: the MQM score (0-100) and the number of open issues.
    void reportChanged(double score, int openIssues);
    // A failure to show the user (a busy library, a refused annotation).
    void message(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void runCheck(const QString& selectKey = {});
    void markAnnotated();
    void updateSummary();
    void updateButtons();
    void jumpToCurrent();

    QPointer<ReviewSession> m_session;
    std::optional<CaseQaReport> m_report;
    QString m_problem; // why there is no report
    bool m_stale = false; // the session changed while the panel was hidden
    QaIssueListModel* m_model = nullptr;
    QListView* m_view = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_annotate = nullptr;
    QPushButton* m_dismiss = nullptr;
    QCheckBox* m_showDismissed = nullptr;
};

} // namespace caselens::ui
