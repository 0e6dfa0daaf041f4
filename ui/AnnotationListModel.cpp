#include "AnnotationListModel.h"

#include "CodePointIndex.h"

#include <QLocale>

namespace caselens::ui {

AnnotationListModel::AnnotationListModel(Kind kind, QObject* parent)
    : QAbstractListModel(parent)
    , m_kind(kind)
{}

void AnnotationListModel::setSession(ReviewSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &ReviewSession::changed, this, [this](ReviewSession::Part part) {
            if (part == ReviewSession::Part::Annotations)
                rebuild();
        });
    rebuild();
}

void AnnotationListModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    if (m_session)
        for (const Annotation& annotation : m_session->annotations())
            if (annotation.isWholeCase() == (m_kind == Kind::Notes))
                m_rows << annotation;
    endResetModel();
}

int AnnotationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString AnnotationListModel::quoteOf(const Annotation& annotation) const
{
    if (!m_session || annotation.isWholeCase())
        return {};
    for (const Document& document : m_session->currentCase().documents) {
        if (document.id != annotation.documentId)
            continue;
        const CodePointIndex index(document.text);
        const int start = index.toUtf16(annotation.start);
        return document.text.mid(start, index.toUtf16(annotation.end) - start).simplified();
    }
    return {};
}

QVariant AnnotationListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Annotation& annotation = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString label = annotation.subtype.isEmpty()
                                  ? annotation.label
                                  : QStringLiteral("%1 · %2").arg(annotation.label, annotation.subtype);
        return annotation.comment.isEmpty()
                   ? label
                   : QStringLiteral("%1 — %2").arg(label, annotation.comment.simplified());
    }
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2\n%3")
            .arg(quoteOf(annotation), annotation.comment, index.data(DetailRole).toString())
            .trimmed();
    case AnnotationIdRole:
        return annotation.id;
    case QuoteRole:
        return quoteOf(annotation);
    case DetailRole:
        return tr("%1, %2").arg(annotation.author,
                                QLocale().toString(annotation.updatedAt.toLocalTime(), QLocale::ShortFormat));
    default:
        return {};
    }
}

const Annotation* AnnotationListModel::annotationAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int AnnotationListModel::rowOf(qint64 annotationId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].id == annotationId)
            return row;
    return -1;
}

} // namespace caselens::ui
