#include "CaseListModel.h"

#include "storage/QaScoreRepository.h"

#include "model/Language.h"

namespace caselens::ui {

CaseListModel::CaseListModel(storage::Library& library, QObject* parent)
    : QAbstractListModel(parent)
    , m_library(library)
    , m_search(library)
{
    reload();
}

int CaseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseSummary& row = m_rows.at(index.row()).summary;
    switch (role) {
    case Qt::DisplayRole:
        return row.title;
    case Qt::ToolTipRole: {
        QStringList names;
        for (const QString& code : row.languages)
            names << language::nativeName(code);
        QString tip = tr("%1\n%2 · %3").arg(row.title, names.join(QStringLiteral(" → ")), displayName(row.status));
        if (row.translationCheck)
            tip += QLatin1Char('\n') + tr("Translation check: score %1; %2 critical, %3 major, %4 minor issues")
                                          .arg(row.translationCheck->score, 0, 'f', 1)
                                          .arg(row.translationCheck->critical)
                                          .arg(row.translationCheck->major)
                                          .arg(row.translationCheck->minor);
        return tip;
    }
    case TranslationCheckRole:
        return row.translationCheck ? QVariant::fromValue(*row.translationCheck) : QVariant();
    case CaseIdRole:
        return row.id;
    case LanguagesRole:
        return row.languages;
    case StatusRole:
        return QVariant::fromValue(static_cast<int>(row.status));
    case SnippetRole:
        return m_rows.at(index.row()).snippet;
    default:
        return {};
    }
}

void CaseListModel::setTranslationCheck(CaseId id, const TranslationCheckSummary& check)
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].summary.id != id)
            continue;
        m_rows[row].summary.translationCheck = check;
        const QModelIndex changed = index(static_cast<int>(row));
        emit dataChanged(changed, changed, {TranslationCheckRole, Qt::ToolTipRole});
        return;
    }
}

void CaseListModel::refreshTranslationCheck(CaseId id)
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].summary.id != id)
            continue;
        const auto stored = storage::QaScoreRepository(m_library).find(id);
        if (stored && *stored)
            setTranslationCheck(id, **stored);
        return;
    }
}

bool CaseListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_rows.size() < m_totalCount;
}

void CaseListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid())
        return;
    storage::SearchQuery page = m_query;
    page.offset = static_cast<int>(m_rows.size());
    page.limit = kPageSize;
    const auto results = m_search.search(page);
    if (!results || results->hits.isEmpty()) {
        m_totalCount = static_cast<int>(m_rows.size()); // stop asking until the next search
        if (!results)
            emit loadFailed(results.error());
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(results->hits.size()) - 1);
    m_rows.append(results->hits);
    endInsertRows();
}

void CaseListModel::setQuery(const storage::SearchQuery& query)
{
    m_query = query;
    reload();
}

void CaseListModel::reload()
{
    storage::SearchQuery first = m_query;
    first.offset = 0;
    first.limit = kPageSize;
    const auto results = m_search.search(first);
    beginResetModel();
    m_rows = results ? results->hits : QList<storage::SearchHit>();
    m_totalCount = results ? results->totalCount : 0;
    endResetModel();
    if (!results)
        emit loadFailed(results.error());
    emit reloaded(m_totalCount);
}

QModelIndex CaseListModel::indexOfCase(CaseId id)
{
    for (int row = 0;; ++row) {
        if (row >= m_rows.size()) {
            if (!canFetchMore({}))
                return {};
            fetchMore({});
            if (row >= m_rows.size())
                return {};
        }
        if (m_rows.at(row).summary.id == id)
            return index(row);
    }
}

} // namespace caselens::ui
