#include "QaIssueListModel.h"

#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace caselens::ui {
namespace {

QIcon severityIcon(qa::Severity severity)
{
    // Drawn rather than taken from the theme: the three must differ in every theme, by colour
    // and by shape (colour-blind readers): a filled dot, a ring, a small dot.
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color = QaIssueListModel::severityColor(severity);
    switch (severity) {
    case qa::Severity::Critical:
        painter.setBrush(color);
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QRectF(2, 2, 12, 12));
        break;
    case qa::Severity::Major:
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(color, 3));
        painter.drawEllipse(QRectF(3.5, 3.5, 9, 9));
        break;
    case qa::Severity::Minor:
        painter.setBrush(color);
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QRectF(5, 5, 6, 6));
        break;
    }
    return QIcon(pixmap);
}

} // namespace

QaIssueListModel::QaIssueListModel(QObject* parent)
    : QAbstractListModel(parent)
{}

QColor QaIssueListModel::severityColor(qa::Severity severity)
{
    switch (severity) {
    case qa::Severity::Critical:
        return QColor(0xD5, 0x5E, 0x00);
    case qa::Severity::Major:
        return QColor(0xE6, 0x9F, 0x00);
    case qa::Severity::Minor:
        return QColor(0x56, 0xB4, 0xE9);
    }
    return {};
}

void QaIssueListModel::setReport(const CaseQaReport& report, bool showDismissed)
{
    beginResetModel();
    m_rows.clear();
    for (const qa::QaIssue& issue : report.report.issues)
        m_rows.append({issue, issue.key(), false});
    if (showDismissed)
        for (const qa::QaIssue& issue : report.dismissed)
            m_rows.append({issue, issue.key(), true});
    endResetModel();
}

void QaIssueListModel::setAnnotatedKeys(const QSet<QString>& keys)
{
    m_annotated = keys;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(static_cast<int>(m_rows.size()) - 1));
}

int QaIssueListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant QaIssueListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const qa::QaIssue& issue = row.issue;
    switch (role) {
    case Qt::DisplayRole: {
        QString text = QStringLiteral("%1 — %2").arg(qa::displayName(issue.type), issue.message);
        if (row.dismissed)
            text = tr("(dismissed) %1").arg(text);
        else if (m_annotated.contains(row.key))
            text += QStringLiteral(" ✓");
        return text;
    }
    case Qt::DecorationRole:
        return severityIcon(issue.severity);
    case Qt::ForegroundRole:
        return row.dismissed ? QVariant::fromValue(QColor(Qt::gray)) : QVariant();
    case Qt::ToolTipRole: {
        QStringList lines{tr("%1 · %2").arg(qa::displayName(issue.severity), qa::displayName(issue.type)),
                          issue.message};
        if (!issue.original.isEmpty())
            lines << tr("Original: %1").arg(issue.original.text.simplified());
        if (!issue.translation.isEmpty())
            lines << tr("Translation: %1").arg(issue.translation.text.simplified());
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::AccessibleDescriptionRole:
        return qa::displayName(issue.severity);
    case IssueKeyRole:
        return row.key;
    case SeverityRole:
        return qa::toKey(issue.severity);
    case TypeRole:
        return qa::toKey(issue.type);
    case DismissedRole:
        return row.dismissed;
    case AnnotatedRole:
        return m_annotated.contains(row.key);
    default:
        return {};
    }
}

const qa::QaIssue* QaIssueListModel::issueAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row].issue : nullptr;
}

bool QaIssueListModel::isDismissed(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows[row].dismissed;
}

int QaIssueListModel::rowOf(const QString& issueKey) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].key == issueKey)
            return row;
    return -1;
}

} // namespace caselens::ui
