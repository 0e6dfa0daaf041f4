#include "FindingsPanel.h"

#include "FindingsFilterModel.h"
#include "FindingsTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace caselens::ui {

FindingsPanel::FindingsPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new FindingsTableModel(this))
    , m_filter(new FindingsFilterModel(this))
    , m_view(new QTableView(this))
    , m_category(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_abnormal(new QCheckBox(tr("Abnormal only"), this))
{
    setObjectName(QStringLiteral("findingsPanel"));
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(Qt::DisplayRole);
    m_view->setObjectName(QStringLiteral("findingsTable"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // text order until the reviewer sorts
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setWordWrap(false);

    m_category->setObjectName(QStringLiteral("findingsCategoryFilter"));
    m_category->addItem(tr("All categories"), QString());
    for (const FindingCategory category : allFindingCategories())
        m_category->addItem(displayName(category), toKey(category));
    m_state->setObjectName(QStringLiteral("findingsStateFilter"));
    m_state->addItem(tr("Any state"), QString());
    for (const FindingState state :
         {FindingState::Proposed, FindingState::Accepted, FindingState::Rejected, FindingState::Corrected})
        m_state->addItem(toKey(state), toKey(state));
    m_abnormal->setObjectName(QStringLiteral("findingsAbnormalFilter"));
    connect(m_category, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setCategory(m_category->currentData().toString()); });
    connect(m_state, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setState(m_state->currentData().toString()); });
    connect(m_abnormal, &QCheckBox::toggled, m_filter, &FindingsFilterModel::setAbnormalOnly);

    auto* accept = new QPushButton(tr("Accept (A)"), this);
    auto* reject = new QPushButton(tr("Reject (R)"), this);
    auto* correct = new QPushButton(tr("Correct…"), this);
    connect(accept, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentFindingId())
            emit decide(id, FindingState::Accepted);
    });
    connect(reject, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentFindingId())
            emit decide(id, FindingState::Rejected);
    });
    connect(correct, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentFindingId())
            emit correctRequested(id);
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit activated(index.data(FindingsTableModel::FindingIdRole).toLongLong());
    });

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_category, 1);
    filters->addWidget(m_state);
    filters->addWidget(m_abnormal);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(accept);
    buttons->addWidget(reject);
    buttons->addWidget(correct);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
}

void FindingsPanel::setSession(ReviewSession* session)
{
    m_model->setSession(session);
    m_view->resizeColumnsToContents();
}

qint64 FindingsPanel::currentFindingId() const
{
    return m_view->currentIndex().data(FindingsTableModel::FindingIdRole).toLongLong();
}

void FindingsPanel::selectFinding(qint64 findingId)
{
    const int row = m_model->rowOf(findingId);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}

} // namespace caselens::ui
