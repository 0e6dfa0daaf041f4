#pragma once

#include "core/review/ReviewSession.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace caselens::ui {

// A case's findings as a table: one row per finding of the original with its counterpart in
// the translation beside it, then the translation's findings that have none.
class FindingsTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        CategoryColumn,
        OriginalColumn,
        TranslationColumn,
        ValueColumn,
        UnitColumn,
        FlagColumn,
        StateColumn,
        ColumnCount
    };
    enum Role { FindingIdRole = Qt::UserRole + 1, CounterpartIdRole, CategoryRole, FlagRole, StateRole };

    explicit FindingsTableModel(QObject* parent = nullptr);

    void setSession(ReviewSession* session);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // The row showing a finding (from either side), or -1.
    int rowOf(qint64 findingId) const;

private:
    struct Row {
        const Finding* original = nullptr;
        const Finding* translation = nullptr;
        const Finding* main() const { return original ? original : translation; }
    };
    void rebuild();

    QPointer<ReviewSession> m_session;
    QList<Row> m_rows;
};

} // namespace caselens::ui
