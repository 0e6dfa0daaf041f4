#include "LibraryPanel.h"

#include "CaseListDelegate.h"
#include "CaseListModel.h"
#include "model/Finding.h"
#include "storage/CaseRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace caselens::ui {

LibraryPanel::LibraryPanel(storage::Library& library, QWidget* parent)
    : QWidget(parent)
    , m_library(library)
    , m_model(new CaseListModel(library, this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_tag(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_abnormal(new QCheckBox(tr("Abnormal values"), this))
    , m_count(new QLabel(this))
    , m_list(new QListView(this))
{
    setObjectName(QStringLiteral("libraryPanel"));
    m_search->setObjectName(QStringLiteral("librarySearch"));
    m_search->setPlaceholderText(tr("Search both languages…"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Words (accents ignored), \"a phrase\", prefix*, a OR b, -word. Ctrl+L"));
    m_search->installEventFilter(this);

    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Any status"), QString());
    for (const QString& key : reviewStatusKeys())
        m_status->addItem(displayName(*reviewStatusFromKey(key)), key);
    m_tag->setObjectName(QStringLiteral("tagFilter"));
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_category->addItem(tr("Any finding"), QString());
    for (const FindingCategory category : allFindingCategories())
        m_category->addItem(displayName(category), toKey(category));
    m_abnormal->setObjectName(QStringLiteral("abnormalFilter"));
    m_abnormal->setToolTip(tr("Only cases with a value flagged high or low"));
    refreshTags();

    m_count->setObjectName(QStringLiteral("libraryCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_count->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("caseList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new CaseListDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    emit caseSelected(current.data(CaseListModel::CaseIdRole).toLongLong());
            });

    m_typingPause.setSingleShot(true);
    m_typingPause.setInterval(180); // search as you type, without a query per keystroke
    connect(&m_typingPause, &QTimer::timeout, this, &LibraryPanel::applyQuery);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_typingPause.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_typingPause.stop();
        applyQuery();
        m_list->setFocus(Qt::ShortcutFocusReason);
    });
    for (QComboBox* combo : {m_status, m_tag, m_category})
        connect(combo, &QComboBox::currentIndexChanged, this, &LibraryPanel::applyQuery);
    connect(m_abnormal, &QCheckBox::toggled, this, &LibraryPanel::applyQuery);
    connect(m_model, &CaseListModel::reloaded, this, [this](int total) {
        m_count->setText(tr("%n case(s)", nullptr, total));
        emit countChanged(total);
    });
    connect(m_model, &CaseListModel::loadFailed, this,
            [this](const QString& message) { m_count->setText(message); });

    auto* filters = new QGridLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_status, 0, 0);
    filters->addWidget(m_tag, 0, 1);
    filters->addWidget(m_category, 1, 0);
    filters->addWidget(m_abnormal, 1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->setSpacing(6);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_count);
    layout->addWidget(m_list, 1);
    m_count->setText(tr("%n case(s)", nullptr, m_model->totalCount()));
}

void LibraryPanel::refreshTags()
{
    const QString current = m_tag->currentData().toString();
    const QSignalBlocker blocker(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("Any tag"), QString());
    if (const auto tags = storage::CaseRepository(m_library).allTags())
        for (const QString& tag : *tags)
            m_tag->addItem(tag, tag);
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(current)));
}

void LibraryPanel::applyQuery()
{
    storage::SearchQuery query;
    query.text = m_search->text();
    if (const QString status = m_status->currentData().toString(); !status.isEmpty())
        query.status = reviewStatusFromKey(status);
    query.tag = m_tag->currentData().toString();
    if (const QString category = m_category->currentData().toString(); !category.isEmpty())
        query.findingCategory = findingCategoryFromKey(category);
    query.abnormalOnly = m_abnormal->isChecked();
    const CaseId selected = currentCaseId();
    m_model->setQuery(query);
    if (selected != 0)
        selectCase(selected);
}

void LibraryPanel::reload()
{
    const CaseId selected = currentCaseId();
    refreshTags();
    m_model->reload();
    if (selected != 0 && selectCase(selected))
        return;
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
}

CaseId LibraryPanel::currentCaseId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(CaseListModel::CaseIdRole).toLongLong() : 0;
}

bool LibraryPanel::selectCase(CaseId id)
{
    const QModelIndex index = m_model->indexOfCase(id);
    if (!index.isValid())
        return false;
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
    return true;
}

void LibraryPanel::step(int delta)
{
    const int row = m_list->currentIndex().row() + delta;
    if (row >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    if (row >= 0 && row < m_model->rowCount())
        m_list->setCurrentIndex(m_model->index(row));
}

void LibraryPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool LibraryPanel::eventFilter(QObject* watched, QEvent* event)
{
    // Down from the search box goes to the results, as in a browser's address bar.
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down) {
        m_list->setFocus(Qt::ShortcutFocusReason);
        if (!m_list->currentIndex().isValid() && m_model->rowCount() > 0)
            m_list->setCurrentIndex(m_model->index(0));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace caselens::ui
