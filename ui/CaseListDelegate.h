#pragma once

#include <QStyledItemDelegate>

namespace caselens::ui {

// Draws a case as two lines: its title, and its languages and review status in a quieter tone.
class CaseListDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace caselens::ui
