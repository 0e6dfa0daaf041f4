#include "QaPanel.h"

#include "findings/qa/QaAnnotation.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace caselens::ui {

QaPanel::QaPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new QaIssueListModel(this))
    , m_view(new QListView(this))
    , m_summary(new QLabel(this))
    , m_annotate(new QPushButton(tr("&Annotate"), this))
    , m_dismiss(new QPushButton(tr("&Dismiss"), this))
    , m_showDismissed(new QCheckBox(tr("Show dismissed"), this))
{
    setObjectName(QStringLiteral("qaPanel"));
    m_view->setObjectName(QStringLiteral("qaIssueList"));
    m_summary->setObjectName(QStringLiteral("qaSummary"));
    m_annotate->setObjectName(QStringLiteral("qaAnnotate"));
    m_dismiss->setObjectName(QStringLiteral("qaDismiss"));
    m_showDismissed->setObjectName(QStringLiteral("qaShowDismissed"));
    m_view->setModel(m_model);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSpacing(2);
    m_summary->setWordWrap(true);
    m_annotate->setToolTip(tr("Make the issue a “Translation error” annotation (A)"));
    m_dismiss->setToolTip(tr("Not an error: stop reporting it for this case (D)"));

    // One-letter keys while the panel has the focus, as the review panes use them.
    const auto addKey = [this](const QKeySequence& key, void (QaPanel::*slot)()) {
        auto* action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, slot);
    };
    addKey(QKeySequence(Qt::Key_A), &QaPanel::annotateCurrent);
    addKey(QKeySequence(Qt::Key_D), &QaPanel::dismissCurrent);

    connect(m_annotate, &QPushButton::clicked, this, &QaPanel::annotateCurrent);
    connect(m_dismiss, &QPushButton::clicked, this, &QaPanel::dismissCurrent);
    connect(m_showDismissed, &QCheckBox::toggled, this, [this] { runCheck(); });
    connect(m_view, &QListView::activated, this, &QaPanel::jumpToCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &QaPanel::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &QaPanel::updateButtons);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_showDismissed);
    buttons->addStretch();
    buttons->addWidget(m_annotate);
    buttons->addWidget(m_dismiss);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    updateSummary();
    updateButtons();
}

void QaPanel::setSession(ReviewSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &ReviewSession::changed, this, [this](ReviewSession::Part part) {
            if (part == ReviewSession::Part::Annotations)
                markAnnotated();
        });
    // The check reads both texts again; only when the panel is on screen (see showEvent).
    m_stale = true;
    if (isVisible())
        runCheck();
}

void QaPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        runCheck();
}

void QaPanel::refresh()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    const QModelIndex current = m_view->currentIndex();
    runCheck(current.data(QaIssueListModel::IssueKeyRole).toString());
}

void QaPanel::runCheck(const QString& selectKey)
{
    m_report.reset();
    m_problem.clear();
    m_stale = false;
    if (m_session && m_session->document(DocumentRole::Translation)) {
        QApplication::setOverrideCursor(Qt::WaitCursor); // a long report takes seconds
        CaseTranslationCheck check(m_session->library());
        auto checked = check.check(m_session->currentCase().id);
        QApplication::restoreOverrideCursor();
        if (checked) {
            m_report = std::move(checked).value();
            if (auto remembered = check.rememberScore(m_session->currentCase().id, *m_report); !remembered)
                emit message(remembered.error());
        } else {
            m_problem = checked.error();
        }
    } else if (m_session) {
        m_problem = tr("This case has no translation to check.");
    }
    m_model->setReport(m_report.value_or(CaseQaReport{}), m_showDismissed->isChecked());
    markAnnotated();
    updateSummary();
    const int row = selectKey.isEmpty() ? -1 : m_model->rowOf(selectKey);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(row >= 0 ? row : 0));
    updateButtons();
    if (m_report)
        emit reportChanged(m_report->report.score.score, static_cast<int>(m_report->report.issues.size()));
}

void QaPanel::markAnnotated()
{
    QSet<QString> keys;
    if (m_session && m_report) {
        // An issue is annotated when a "Translation error" annotation marks exactly its span.
        const auto marks = [this](const Annotation& wanted) {
            for (const Annotation& annotation : m_session->annotations())
                if (annotation.label == wanted.label && annotation.documentId == wanted.documentId &&
                    annotation.start == wanted.start && annotation.end == wanted.end)
                    return true;
            return false;
        };
        for (const qa::QaIssue& issue : m_report->report.issues)
            if (marks(qa::translationErrorAnnotation(issue, m_session->currentCase().id,
                                                     m_report->originalDocumentId,
                                                     m_report->translationDocumentId)))
                keys.insert(issue.key());
    }
    m_model->setAnnotatedKeys(keys);
}

QString QaPanel::summary() const
{
    return m_summary->text();
}

void QaPanel::updateSummary()
{
    if (!m_report) {
        m_summary->setText(m_problem.isEmpty() ? tr("No case open.") : m_problem);
        return;
    }
    const qa::QaScore& score = m_report->report.score;
    QString text = tr("Score %1 · %2 critical · %3 major · %4 minor")
                       .arg(QString::number(score.score, 'f', 1))
                       .arg(score.critical)
                       .arg(score.major)
                       .arg(score.minor);
    if (!m_report->dismissed.isEmpty())
        text += tr(" · %1 dismissed").arg(m_report->dismissed.size());
    if (m_report->report.issues.isEmpty())
        text += QLatin1Char('\n') +
                tr("The translation says what the original says, as far as the check can tell.");
    m_summary->setText(text);
    m_summary->setToolTip(
        tr("MQM-style score: 100 − (10 per critical, 5 per major, 1 per minor issue) × 100 / "
           "words of the translation"));
}

void QaPanel::updateButtons()
{
    const int row = m_view->currentIndex().row();
    const bool any = m_model->issueAt(row) != nullptr;
    const bool dismissed = m_model->isDismissed(row);
    m_annotate->setEnabled(any && !dismissed && m_session);
    m_dismiss->setEnabled(any && m_session);
    m_dismiss->setText(dismissed ? tr("&Restore") : tr("&Dismiss"));
}

void QaPanel::jumpToCurrent()
{
    const qa::QaIssue* issue = m_model->issueAt(m_view->currentIndex().row());
    if (!issue)
        return;
    emit jumpRequested(issue->original.isEmpty() ? -1 : issue->original.start,
                       issue->original.isEmpty() ? -1 : issue->original.end,
                       issue->translation.isEmpty() ? -1 : issue->translation.start,
                       issue->translation.isEmpty() ? -1 : issue->translation.end);
}

void QaPanel::annotateCurrent()
{
    const int row = m_view->currentIndex().row();
    const qa::QaIssue* issue = m_model->issueAt(row);
    if (!issue || !m_session || !m_report || m_model->isDismissed(row))
        return;
    const Annotation annotation = qa::translationErrorAnnotation(
        *issue, m_session->currentCase().id, m_report->originalDocumentId, m_report->translationDocumentId);
    if (auto added = m_session->addAnnotation(annotation); !added)
        emit message(added.error());
    // The session announces the new annotation; markAnnotated() ticks the issue.
}

void QaPanel::dismissCurrent()
{
    const int row = m_view->currentIndex().row();
    const qa::QaIssue* issue = m_model->issueAt(row);
    if (!issue || !m_session)
        return;
    const QString key = issue->key();
    CaseTranslationCheck check(m_session->library());
    const Status done = m_model->isDismissed(row) ? check.restore(m_session->currentCase().id, key)
                                                  : check.dismiss(m_session->currentCase().id, *issue);
    if (!done) {
        emit message(done.error());
        return;
    }
    // Keep the selection near where it was: the next issue after a dismissal.
    const QModelIndex next = m_model->index(std::min(row + 1, m_model->rowCount() - 1));
    runCheck(m_model->isDismissed(row) ? key : next.data(QaIssueListModel::IssueKeyRole).toString());
}

} // namespace caselens::ui
