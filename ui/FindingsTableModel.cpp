#include "FindingsTableModel.h"

#include "core/CategoryPalette.h"

#include <QApplication>
#include <QHash>
#include <QPalette>

namespace caselens::ui {
namespace {

QString valueText(const Finding& finding)
{
    if (!finding.value)
        return {};
    QString text = QString::number(*finding.value, 'g', 6);
    if (finding.secondValue)
        text += QLatin1Char('/') + QString::number(*finding.secondValue, 'g', 6);
    return text;
}

QString flagText(ValueFlag flag)
{
    switch (flag) {
    case ValueFlag::High:
        return QStringLiteral("↑ ") + FindingsTableModel::tr("high");
    case ValueFlag::Low:
        return QStringLiteral("↓ ") + FindingsTableModel::tr("low");
    case ValueFlag::Normal:
        return FindingsTableModel::tr("normal");
    case ValueFlag::None:
        break;
    }
    return {};
}

QString spanText(const Finding* finding)
{
    if (!finding)
        return {};
    QString text = finding->text.simplified();
    if (finding->negated)
        text = FindingsTableModel::tr("no %1").arg(text);
    if (finding->uncertain)
        text += QStringLiteral(" (?)");
    return text;
}

} // namespace

FindingsTableModel::FindingsTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void FindingsTableModel::setSession(ReviewSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &ReviewSession::changed, this, [this](ReviewSession::Part part) {
            if (part == ReviewSession::Part::Findings)
                rebuild();
        });
    rebuild();
}

void FindingsTableModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    if (m_session) {
        const Document* original = m_session->document(DocumentRole::Original);
        const qint64 originalId = original ? original->id : 0;
        QHash<qint64, const Finding*> byId;
        for (const Finding& finding : m_session->findings())
            byId.insert(finding.id, &finding);
        QSet<qint64> shown;
        for (const Finding& finding : m_session->findings()) {
            if (finding.documentId != originalId)
                continue;
            const Finding* counterpart = byId.value(m_session->counterpartOf(finding.id));
            m_rows << Row{&finding, counterpart};
            if (counterpart)
                shown.insert(counterpart->id);
        }
        for (const Finding& finding : m_session->findings())
            if (finding.documentId != originalId && !shown.contains(finding.id))
                m_rows << Row{nullptr, &finding};
    }
    endResetModel();
}

int FindingsTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FindingsTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CategoryColumn:
        return tr("Category");
    case OriginalColumn:
        return tr("Original");
    case TranslationColumn:
        return tr("Translation");
    case ValueColumn:
        return tr("Value");
    case UnitColumn:
        return tr("Unit");
    case FlagColumn:
        return tr("Flag");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

QVariant FindingsTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const Finding& main = *row.main();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CategoryColumn:
            return displayName(main.category);
        case OriginalColumn:
            return spanText(row.original);
        case TranslationColumn:
            return row.translation
                       ? spanText(row.translation)
                       : (row.original && m_session && m_session->document(DocumentRole::Translation)
                              ? tr("— none —")
                              : QString());
        case ValueColumn:
            return valueText(main);
        case UnitColumn:
            return main.unit;
        case FlagColumn:
            return flagText(main.flag);
        case StateColumn:
            return displayName(main.state);
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == CategoryColumn)
            return CategoryPalette::hue(main.category);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == FlagColumn && (main.flag == ValueFlag::High || main.flag == ValueFlag::Low))
            return CategoryPalette::abnormalMarker(QApplication::palette().color(QPalette::Base).lightness() <
                                                   128);
        if (main.state == FindingState::Rejected)
            return QApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case Qt::ToolTipRole:
        return main.conceptId.isEmpty()
                   ? QVariant()
                   : QVariant(main.conceptId +
                              (main.code.isEmpty() ? QString() : QStringLiteral(" · ") + main.code));
    case FindingIdRole:
        return main.id;
    case CounterpartIdRole:
        return row.original && row.translation ? row.translation->id : 0;
    case CategoryRole:
        return toKey(main.category);
    case FlagRole:
        return toKey(main.flag);
    case StateRole:
        return toKey(main.state);
    default:
        return {};
    }
}

int FindingsTableModel::rowOf(qint64 findingId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if ((m_rows[row].original && m_rows[row].original->id == findingId) ||
            (m_rows[row].translation && m_rows[row].translation->id == findingId))
            return row;
    return -1;
}

} // namespace caselens::ui
