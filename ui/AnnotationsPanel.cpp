#include "AnnotationsPanel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace caselens::ui {

AnnotationsPanel::AnnotationsPanel(AnnotationListModel::Kind kind, QWidget* parent)
    : QWidget(parent)
    , m_model(new AnnotationListModel(kind, this))
    , m_view(new QListView(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
{
    const bool notes = kind == AnnotationListModel::Kind::Notes;
    setObjectName(notes ? QStringLiteral("notesPanel") : QStringLiteral("annotationsPanel"));
    m_view->setObjectName(notes ? QStringLiteral("notesList") : QStringLiteral("annotationsList"));
    m_view->setModel(m_model);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSpacing(2);

    auto* editAction = new QAction(this);
    editAction->setShortcut(Qt::Key_F2);
    editAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(editAction);
    auto* deleteAction = new QAction(this);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(deleteAction);

    const auto edit = [this] {
        if (const qint64 id = currentAnnotationId())
            emit editRequested(id);
    };
    const auto remove = [this] {
        if (const qint64 id = currentAnnotationId(); id && m_session)
            if (auto removed = m_session->removeAnnotation(id); !removed)
                QMessageBox::warning(this, tr("CaseLens"), removed.error());
    };
    connect(m_edit, &QPushButton::clicked, this, edit);
    connect(editAction, &QAction::triggered, this, edit);
    connect(m_delete, &QPushButton::clicked, this, remove);
    connect(deleteAction, &QAction::triggered, this, remove);
    connect(m_view, &QListView::activated, this, [this](const QModelIndex& index) {
        emit activated(index.data(AnnotationListModel::AnnotationIdRole).toLongLong());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AnnotationsPanel::updateButtons);

    auto* buttons = new QHBoxLayout;
    if (notes) {
        auto* add = new QPushButton(tr("&Add Note…"), this);
        add->setObjectName(QStringLiteral("addNote"));
        connect(add, &QPushButton::clicked, this, &AnnotationsPanel::addNoteRequested);
        buttons->addWidget(add);
    }
    buttons->addStretch();
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);

    auto* hint = new QLabel(notes ? tr("Notes about the whole case: questions for learners, teaching points.")
                                  : tr("Select text and press M (or Ctrl+M) to annotate it."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(hint);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    updateButtons();
}

void AnnotationsPanel::setSession(ReviewSession* session)
{
    m_session = session;
    m_model->setSession(session);
}

qint64 AnnotationsPanel::currentAnnotationId() const
{
    return m_view->currentIndex().data(AnnotationListModel::AnnotationIdRole).toLongLong();
}

void AnnotationsPanel::updateButtons()
{
    const bool any = m_model->rowCount() > 0;
    m_edit->setEnabled(any);
    m_delete->setEnabled(any);
    if (any && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_model->index(0));
}

} // namespace caselens::ui
