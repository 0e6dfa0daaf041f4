#include "FindingsFilterModel.h"

#include "FindingsTableModel.h"

namespace caselens::ui {

void FindingsFilterModel::setCategory(const QString& categoryKey)
{
    m_category = categoryKey;
    invalidateFilter();
}

void FindingsFilterModel::setState(const QString& stateKey)
{
    m_state = stateKey;
    invalidateFilter();
}

void FindingsFilterModel::setAbnormalOnly(bool abnormalOnly)
{
    m_abnormalOnly = abnormalOnly;
    invalidateFilter();
}

bool FindingsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_category.isEmpty() && index.data(FindingsTableModel::CategoryRole).toString() != m_category)
        return false;
    if (!m_state.isEmpty() && index.data(FindingsTableModel::StateRole).toString() != m_state)
        return false;
    if (m_abnormalOnly) {
        const QString flag = index.data(FindingsTableModel::FlagRole).toString();
        if (flag != u"high" && flag != u"low")
            return false;
    }
    return true;
}

} // namespace caselens::ui
