#include "CaseListDelegate.h"

#include "CaseListModel.h"
#include "model/ReviewStatus.h"

#include <QApplication>
#include <QPainter>

#include <cmath>

namespace caselens::ui {
namespace {

constexpr int kPadding = 8;

QString subtitleOf(const QModelIndex& index)
{
    const QStringList languages = index.data(CaseListModel::LanguagesRole).toStringList();
    const auto status = static_cast<ReviewStatus>(index.data(CaseListModel::StatusRole).toInt());
    return languages.join(QStringLiteral(" → ")).toUpper() + QStringLiteral("  ·  ") + displayName(status);
}

// "QA 96" at the right of the subtitle, when the translation was checked; a case with a
// critical issue is marked, so a reviewer sees where to look first.
QString scoreOf(const QModelIndex& index)
{
    const QVariant value = index.data(CaseListModel::TranslationCheckRole);
    if (!value.isValid())
        return {};
    const auto check = value.value<TranslationCheckSummary>();
    const QString score = CaseListDelegate::tr("QA %1").arg(std::floor(check.score), 0, 'f', 0);
    return check.critical > 0 ? QStringLiteral("⚠ ") + score : score;
}

} // namespace

void CaseListDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background and selection

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group =
        opt.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QRect area = opt.rect.adjusted(kPadding, kPadding / 2, -kPadding, -kPadding / 2);

    painter->save();
    QFont titleFont = opt.font;
    titleFont.setWeight(QFont::DemiBold);
    const QFontMetrics titleMetrics(titleFont);
    painter->setFont(titleFont);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect titleRect(area.left(), area.top(), area.width(), titleMetrics.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(title, Qt::ElideRight, area.width()));

    QFont subtitleFont = opt.font;
    subtitleFont.setPointSizeF(opt.font.pointSizeF() * 0.88);
    const QFontMetrics subtitleMetrics(subtitleFont);
    painter->setFont(subtitleFont);
    QColor subtle =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
    painter->setPen(subtle);
    QRect subtitleRect(area.left(), titleRect.bottom() + 2, area.width(), subtitleMetrics.height());
    if (const QString score = scoreOf(index); !score.isEmpty()) {
        painter->drawText(subtitleRect, Qt::AlignRight | Qt::AlignVCenter, score);
        subtitleRect.setRight(subtitleRect.right() - subtitleMetrics.horizontalAdvance(score) - kPadding);
    }
    painter->drawText(subtitleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      subtitleMetrics.elidedText(subtitleOf(index), Qt::ElideRight, subtitleRect.width()));
    painter->restore();
}

QSize CaseListDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    Q_UNUSED(index)
    QFont subtitleFont = option.font;
    subtitleFont.setPointSizeF(option.font.pointSizeF() * 0.88);
    const int height =
        QFontMetrics(option.font).height() + QFontMetrics(subtitleFont).height() + 2 + kPadding;
    return {200, height};
}

} // namespace caselens::ui
