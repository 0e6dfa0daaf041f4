#pragma once

#include "model/Case.h"
#include "storage/Library.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;

namespace caselens::ui {

class CaseListModel;

// The library on the left: a search box (both languages, as you type), filters (status, tag,
// category of finding, abnormal values), the number of matches, and the list of cases.
class LibraryPanel final : public QWidget {
    Q_OBJECT
public:
    LibraryPanel(storage::Library& library, QWidget* parent = nullptr);

    CaseListModel* model() const { return m_model; }
    QListView* listView() const { return m_list; }
    CaseId currentCaseId() const;
    bool selectCase(CaseId id);
    void step(int delta);
    void focusSearch();
    // Re-reads the list (after imports or a status change), keeping the selection.
    void reload();
    void refreshTags();

signals:
    void caseSelected(caselens::CaseId id);
    void countChanged(int matching);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyQuery();

    storage::Library& m_library;
    CaseListModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_tag = nullptr;
    QComboBox* m_category = nullptr;
    QCheckBox* m_abnormal = nullptr;
    QLabel* m_count = nullptr;
    QListView* m_list = nullptr;
    QTimer m_typingPause;
};

} // namespace caselens::ui
