#include "CaseListModel.h"

#include "model/Language.h"

namespace caselens::ui {

CaseListModel::CaseListModel(storage::Library& library, QObject* parent)
    : QAbstractListModel(parent)
    , m_cases(library)
{
    reload();
}

int CaseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseSummary& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.title;
    case Qt::ToolTipRole: {
        QStringList names;
        for (const QString& code : row.languages)
            names << language::nativeName(code);
        return tr("%1\n%2 · %3").arg(row.title, names.join(QStringLiteral(" → ")), displayName(row.status));
    }
    case CaseIdRole:
        return row.id;
    case LanguagesRole:
        return row.languages;
    case StatusRole:
        return QVariant::fromValue(static_cast<int>(row.status));
    default:
        return {};
    }
}

bool CaseListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_rows.size() < m_totalCount;
}

void CaseListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid())
        return;
    const auto page = m_cases.list(static_cast<int>(m_rows.size()), kPageSize);
    if (!page) {
        m_totalCount = static_cast<int>(m_rows.size()); // stop asking until the next reload
        emit loadFailed(page.error());
        return;
    }
    if (page->isEmpty()) {
        m_totalCount = static_cast<int>(m_rows.size());
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    m_rows.append(*page);
    endInsertRows();
}

void CaseListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    const auto count = m_cases.count();
    m_totalCount = count ? *count : 0;
    endResetModel();
    if (!count)
        emit loadFailed(count.error());
    if (canFetchMore({}))
        fetchMore({});
}

QModelIndex CaseListModel::indexOfCase(CaseId id)
{
    for (int row = 0;; ++row) {
        if (row >= m_rows.size()) {
            if (!canFetchMore({}))
                return {};
            fetchMore({});
            if (row >= m_rows.size())
                return {};
        }
        if (m_rows.at(row).id == id)
            return index(row);
    }
}

} // namespace caselens::ui
