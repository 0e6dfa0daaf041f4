#pragma once

#include "core/review/ReviewSession.h"

#include <QAbstractListModel>
#include <QPointer>

namespace caselens::ui {

// A case's annotations for a list: span annotations or whole-case notes.
class AnnotationListModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum class Kind { Spans, Notes };
    enum Role { AnnotationIdRole = Qt::UserRole + 1, QuoteRole, DetailRole };

    AnnotationListModel(Kind kind, QObject* parent = nullptr);

    void setSession(ReviewSession* session);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    const Annotation* annotationAt(int row) const;
    int rowOf(qint64 annotationId) const;

private:
    void rebuild();
    QString quoteOf(const Annotation& annotation) const;

    Kind m_kind;
    QPointer<ReviewSession> m_session;
    QList<Annotation> m_rows;
};

} // namespace caselens::ui
