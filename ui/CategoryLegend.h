#pragma once

#include "model/Finding.h"

#include <QSet>
#include <QWidget>

namespace caselens::ui {

// The colour key of the highlights, one toggle per category (click or Alt+digit to hide one).
class CategoryLegend final : public QWidget {
    Q_OBJECT
public:
    explicit CategoryLegend(QWidget* parent = nullptr);
    QSet<FindingCategory> shownCategories() const { return m_shown; }
    void setShown(FindingCategory category, bool shown);

signals:
    void shownCategoriesChanged(const QSet<FindingCategory>& shown);

private:
    QSet<FindingCategory> m_shown;
};

} // namespace caselens::ui
