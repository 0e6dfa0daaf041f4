#include "CategoryLegend.h"

#include "core/CategoryPalette.h"

#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QToolButton>

namespace caselens::ui {
namespace {

QIcon swatch(FindingCategory category, bool dark)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(CategoryPalette::hue(category));
    painter.setBrush(CategoryPalette::highlight(category, dark));
    painter.drawRoundedRect(QRectF(0.5, 0.5, 13, 13), 3, 3);
    return QIcon(pixmap);
}

} // namespace

CategoryLegend::CategoryLegend(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("categoryLegend"));
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(12, 0, 12, 4);
    layout->setHorizontalSpacing(2);
    layout->setVerticalSpacing(0);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    int column = 0;
    for (const FindingCategory category : allFindingCategories()) {
        m_shown.insert(category);
        auto* toggle = new QToolButton(this);
        toggle->setObjectName(QStringLiteral("legend_") + toKey(category));
        toggle->setText(displayName(category));
        toggle->setIcon(swatch(category, dark));
        toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        toggle->setCheckable(true);
        toggle->setChecked(true);
        toggle->setAutoRaise(true);
        toggle->setToolTip(tr("Show or hide %1 highlights").arg(displayName(category).toLower()));
        toggle->setFont(small);
        connect(toggle, &QToolButton::toggled, this,
                [this, category](bool shown) { setShown(category, shown); });
        layout->addWidget(toggle, column / 6, column % 6);
        ++column;
    }
    auto* key = new QLabel(
        tr("<s>negated</s> · <u>uncertain</u> (dotted) · ↑↓ abnormal · wavy: no counterpart"), this);
    key->setFont(small);
    key->setForegroundRole(QPalette::PlaceholderText);
    // On a row of its own: beside the toggles it made the window wider than a 1366-pixel screen.
    key->setWordWrap(true);
    layout->addWidget(key, 2, 0, 1, 7);
    layout->setColumnStretch(6, 1);
}

void CategoryLegend::setShown(FindingCategory category, bool shown)
{
    if (shown == m_shown.contains(category))
        return;
    if (shown)
        m_shown.insert(category);
    else
        m_shown.remove(category);
    if (auto* toggle = findChild<QToolButton*>(QStringLiteral("legend_") + toKey(category)))
        toggle->setChecked(shown);
    emit shownCategoriesChanged(m_shown);
}

} // namespace caselens::ui
