#include "CaseWorkspace.h"

#include "AnnotationDialog.h"
#include "DocumentPane.h"
#include "FindBar.h"
#include "ReviewBar.h"
#include "ScrollSynchronizer.h"

#include <QApplication>
#include <QMessageBox>
#include <QSplitter>
#include <QTextEdit>
#include <QVBoxLayout>

namespace caselens::ui {

CaseWorkspace::CaseWorkspace(storage::Library& library, Settings& settings, QWidget* parent)
    : QWidget(parent)
    , m_library(library)
    , m_settings(settings)
    , m_reviewBar(new ReviewBar(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_findBar(new FindBar(this))
{
    setObjectName(QStringLiteral("caseWorkspace"));
    m_splitter->setObjectName(QStringLiteral("documentSplitter"));
    m_original = new DocumentPane(DocumentRole::Original, m_splitter);
    m_translation = new DocumentPane(DocumentRole::Translation, m_splitter);
    m_splitter->addWidget(m_original);
    m_splitter->addWidget(m_translation);
    m_splitter->setChildrenCollapsible(false);
    m_scrollSync = new ScrollSynchronizer(m_original->textView(), m_translation->textView(), this);
    m_scrollSync->setEnabled(m_settings.synchronizedScrolling());
    m_findBar->setTarget(m_original->textView());

    // Find and annotate act on the pane the reviewer was last in.
    m_focusConnection = connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (now == m_original->textView() || now == m_translation->textView()) {
            m_lastPane = now == m_original->textView() ? DocumentRole::Original : DocumentRole::Translation;
            m_findBar->setTarget(qobject_cast<QTextEdit*>(now));
        }
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_reviewBar);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_findBar);
}

CaseWorkspace::~CaseWorkspace()
{
    // Focus moves while children are destroyed; the handler must not see a half-gone workspace.
    disconnect(m_focusConnection);
}

DocumentPane* CaseWorkspace::pane(DocumentRole role) const
{
    return role == DocumentRole::Original ? m_original : m_translation;
}

DocumentPane* CaseWorkspace::activePane() const
{
    return pane(m_lastPane);
}

void CaseWorkspace::setZoomSteps(int steps)
{
    m_original->setZoomSteps(steps);
    m_translation->setZoomSteps(steps);
}

void CaseWorkspace::setSynchronizedScrolling(bool enabled)
{
    m_scrollSync->setEnabled(enabled);
}

bool CaseWorkspace::openCase(CaseId id)
{
    std::unique_ptr<ReviewSession> session;
    if (id != 0) {
        session = std::make_unique<ReviewSession>(m_library, id);
        if (auto loaded = session->load(); !loaded) {
            report(loaded.error());
            return false;
        }
        connect(session.get(), &ReviewSession::failed, this, &CaseWorkspace::report);
        connect(session.get(), &ReviewSession::changed, this, [this](ReviewSession::Part part) {
            if (part == ReviewSession::Part::Annotations)
                showAnnotations();
        });
    }
    m_reviewBar->setSession(session.get());
    emit sessionChanged(session.get()); // before the old session goes: views drop it first
    m_session = std::move(session);
    if (m_session) {
        m_original->showDocument(m_session->document(DocumentRole::Original));
        m_translation->showDocument(m_session->document(DocumentRole::Translation),
                                    tr("This case has no translation yet."));
        showAnnotations();
    }
    return true;
}

void CaseWorkspace::showEmptyLibrary(const QString& hint)
{
    openCase(0);
    m_original->showDocument(nullptr, hint);
    m_translation->showDocument(nullptr);
}

void CaseWorkspace::showAnnotations()
{
    for (DocumentPane* documentPane : {m_original, m_translation}) {
        QList<std::pair<int, int>> spans;
        if (m_session && documentPane->document())
            for (const Annotation& annotation : m_session->annotations())
                if (annotation.documentId == documentPane->document()->id)
                    spans << std::pair{annotation.start, annotation.end};
        documentPane->setAnnotationSpans(spans);
    }
}

void CaseWorkspace::annotateSelection()
{
    if (!m_session)
        return;
    DocumentPane* target = activePane();
    const auto span = target->selectedSpan();
    if (!span || !target->document()) {
        emit message(tr("Select some text in the original or the translation first, then press M."));
        return;
    }
    AnnotationDialog dialog(m_settings.annotationLabels(), target->selectedText(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Annotation annotation;
    annotation.documentId = target->document()->id;
    annotation.start = span->first;
    annotation.end = span->second;
    annotation.label = dialog.label();
    annotation.subtype = dialog.subtype();
    annotation.comment = dialog.comment();
    if (const auto added = m_session->addAnnotation(annotation); !added)
        report(added.error());
}

void CaseWorkspace::addCaseNote()
{
    if (!m_session)
        return;
    AnnotationDialog dialog(m_settings.annotationLabels(), QString(), this);
    dialog.setAnnotation(Annotation{0, 0, 0, 0, 0, QStringLiteral("Note"), {}, {}, {}, {}, {}});
    if (dialog.exec() != QDialog::Accepted)
        return;
    Annotation note;
    note.label = dialog.label();
    note.subtype = dialog.subtype();
    note.comment = dialog.comment();
    if (const auto added = m_session->addAnnotation(note); !added)
        report(added.error());
}

void CaseWorkspace::editAnnotation(qint64 annotationId)
{
    if (!m_session)
        return;
    for (const Annotation& annotation : m_session->annotations()) {
        if (annotation.id != annotationId)
            continue;
        QString quote;
        for (DocumentPane* documentPane : {m_original, m_translation})
            if (documentPane->document() && documentPane->document()->id == annotation.documentId)
                quote = documentPane->cursorFor(annotation.start, annotation.end).selectedText();
        AnnotationDialog dialog(m_settings.annotationLabels(), quote, this);
        dialog.setAnnotation(annotation);
        if (dialog.exec() == QDialog::Accepted)
            if (auto edited = m_session->editAnnotation(annotationId, dialog.label(), dialog.subtype(),
                                                        dialog.comment());
                !edited)
                report(edited.error());
        return;
    }
}

void CaseWorkspace::revealAnnotation(qint64 annotationId)
{
    if (!m_session)
        return;
    for (const Annotation& annotation : m_session->annotations())
        for (DocumentPane* documentPane : {m_original, m_translation})
            if (annotation.id == annotationId && documentPane->document() &&
                documentPane->document()->id == annotation.documentId) {
                documentPane->revealSpan(annotation.start, annotation.end);
                documentPane->textView()->setFocus(Qt::OtherFocusReason);
            }
}

void CaseWorkspace::switchPane()
{
    DocumentPane* next = m_lastPane == DocumentRole::Original ? m_translation : m_original;
    next->textView()->setFocus(Qt::ShortcutFocusReason);
}

void CaseWorkspace::report(const QString& error)
{
    QMessageBox::warning(this, tr("CaseLens"), error);
}

} // namespace caselens::ui
