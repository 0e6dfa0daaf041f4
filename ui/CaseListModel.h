#pragma once

#include "model/Case.h"
#include "storage/CaseRepository.h"

#include <QAbstractListModel>
#include <QList>

namespace caselens::ui {

// The library's cases for a list view, fetched a page at a time as the user scrolls, so a
// library of 100,000 cases opens as fast as one of ten.
class CaseListModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { CaseIdRole = Qt::UserRole + 1, LanguagesRole, StatusRole };

    explicit CaseListModel(storage::Library& library, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // Re-reads the library (after an import elsewhere).
    void reload();
    // The case's row, fetching pages until it is found; invalid if not in the library.
    QModelIndex indexOfCase(CaseId id);
    int totalCount() const { return m_totalCount; }

signals:
    void loadFailed(const QString& message);

private:
    static constexpr int kPageSize = 200;
    storage::CaseRepository m_cases;
    QList<CaseSummary> m_rows;
    int m_totalCount = 0;
};

} // namespace caselens::ui
