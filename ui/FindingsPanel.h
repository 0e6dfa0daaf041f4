#pragma once

#include "core/review/ReviewSession.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QTableView;

namespace caselens::ui {

class FindingsFilterModel;
class FindingsTableModel;

// The Findings tab: the case's findings in both languages side by side, filtered by category,
// state and abnormal values; Accept, Reject and Correct; double-click (or Enter) shows one in
// the texts.
class FindingsPanel final : public QWidget {
    Q_OBJECT
public:
    explicit FindingsPanel(QWidget* parent = nullptr);

    void setSession(ReviewSession* session);
    void selectFinding(qint64 findingId);
    qint64 currentFindingId() const;
    QTableView* view() const { return m_view; }
    FindingsTableModel* model() const { return m_model; }

signals:
    void activated(qint64 findingId);
    void decide(qint64 findingId, caselens::FindingState state);
    void correctRequested(qint64 findingId);

private:
    FindingsTableModel* m_model = nullptr;
    FindingsFilterModel* m_filter = nullptr;
    QTableView* m_view = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_state = nullptr;
    QCheckBox* m_abnormal = nullptr;
};

} // namespace caselens::ui
