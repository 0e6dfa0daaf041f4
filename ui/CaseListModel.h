#pragma once

#include "model/Case.h"
#include "storage/CaseSearch.h"

#include <QAbstractListModel>
#include <QList>

namespace caselens::ui {

// The library's cases matching a search (all of them when the query is empty), fetched a page
// at a time as the user scrolls, so a library of 100,000 cases opens as fast as one of ten.
class CaseListModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { CaseIdRole = Qt::UserRole + 1, LanguagesRole, StatusRole, SnippetRole, TranslationCheckRole };

    explicit CaseListModel(storage::Library& library, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // Runs a new search; an error (odd syntax the search cannot take) is reported by loadFailed
    // and leaves the list empty.
    void setQuery(const storage::SearchQuery& query);
    const storage::SearchQuery& query() const { return m_query; }
    // Re-reads the library with the same query (after an import, a status change).
    void reload();
    // The case's row, fetching pages until it is found; invalid if it is not in the list.
    QModelIndex indexOfCase(CaseId id);
    int totalCount() const { return m_totalCount; }
    // A case's new translation-check score (the QA panel checked it again), without a reload.
    void setTranslationCheck(CaseId id, const TranslationCheckSummary& check);
    // Reads a case's score again (the background extraction stored a new one).
    void refreshTranslationCheck(CaseId id);

signals:
    void loadFailed(const QString& message);
    void reloaded(int totalCount);

private:
    static constexpr int kPageSize = 200;
    storage::Library& m_library;
    storage::CaseSearch m_search;
    storage::SearchQuery m_query;
    QList<storage::SearchHit> m_rows;
    int m_totalCount = 0;
};

} // namespace caselens::ui
