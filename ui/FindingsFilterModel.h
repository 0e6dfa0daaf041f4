#pragma once

#include <QSortFilterProxyModel>

namespace caselens::ui {

// Narrows the findings table by category, state and abnormal values; sorts by any column.
class FindingsFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setCategory(const QString& categoryKey); // empty: all
    void setState(const QString& stateKey);       // empty: all
    void setAbnormalOnly(bool abnormalOnly);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_category;
    QString m_state;
    bool m_abnormalOnly = false;
};

} // namespace caselens::ui
