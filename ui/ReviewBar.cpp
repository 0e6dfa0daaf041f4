#include "ReviewBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>

namespace caselens::ui {

ReviewBar::ReviewBar(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_tags(new QLineEdit(this))
{
    setObjectName(QStringLiteral("reviewBar"));
    m_title->setObjectName(QStringLiteral("caseTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setMinimumWidth(120);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_status->setObjectName(QStringLiteral("caseStatus"));
    for (const QString& key : reviewStatusKeys())
        m_status->addItem(displayName(*reviewStatusFromKey(key)), key);
    m_status->setToolTip(tr("Review status (saved at once; Ctrl+Z undoes)"));
    m_tags->setObjectName(QStringLiteral("caseTags"));
    m_tags->setPlaceholderText(tr("tags, separated by commas"));
    m_tags->setToolTip(tr("Tags (Enter saves)"));

    auto* statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_status);
    auto* tagsLabel = new QLabel(tr("&Tags:"), this);
    tagsLabel->setBuddy(m_tags);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(m_title, 1);
    layout->addWidget(statusLabel);
    layout->addWidget(m_status);
    layout->addSpacing(12);
    layout->addWidget(tagsLabel);
    layout->addWidget(m_tags);
    m_tags->setMinimumWidth(180);

    connect(m_status, &QComboBox::activated, this, [this](int index) {
        if (!m_session)
            return;
        if (const auto status = reviewStatusFromKey(m_status->itemData(index).toString()))
            reportIfFailed(m_session->setStatus(*status));
    });
    connect(m_tags, &QLineEdit::editingFinished, this, &ReviewBar::commitTags);
    setEnabled(false);
}

void ReviewBar::setSession(ReviewSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    setEnabled(session != nullptr);
    if (session)
        connect(session, &ReviewSession::changed, this, [this](ReviewSession::Part part) {
            if (part == ReviewSession::Part::Case)
                showCase();
        });
    showCase();
}

void ReviewBar::showCase()
{
    if (!m_session) {
        m_title->setProperty("fullTitle", QString());
        m_title->clear();
        m_tags->clear();
        return;
    }
    const Case& aCase = m_session->currentCase();
    m_title->setProperty("fullTitle", aCase.title);
    elideTitle();
    m_title->setToolTip(aCase.title + QLatin1Char('\n') + aCase.source);
    m_status->setCurrentIndex(m_status->findData(toKey(aCase.status)));
    m_tags->setText(aCase.tags.join(QStringLiteral(", ")));
}

void ReviewBar::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    elideTitle();
}

void ReviewBar::elideTitle()
{
    const QString full = m_title->property("fullTitle").toString();
    m_title->setText(m_title->fontMetrics().elidedText(full, Qt::ElideRight, std::max(40, m_title->width())));
}

void ReviewBar::commitTags()
{
    if (!m_session)
        return;
    QStringList tags;
    for (const QString& tag : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!tag.trimmed().isEmpty())
            tags << tag.trimmed();
    tags.removeDuplicates();
    tags.sort();
    if (tags != m_session->currentCase().tags)
        reportIfFailed(m_session->setTags(tags));
}

void ReviewBar::focusStatus()
{
    m_status->setFocus(Qt::ShortcutFocusReason);
    m_status->showPopup();
}

void ReviewBar::focusTags()
{
    m_tags->setFocus(Qt::ShortcutFocusReason);
}

void ReviewBar::reportIfFailed(const Status& status)
{
    if (!status)
        QMessageBox::warning(this, tr("CaseLens"), status.error());
    showCase();
}

} // namespace caselens::ui
