#include "AnnotationRepository.h"

#include "AuditLog.h"
#include "SqlStatement.h"
#include "Timestamps.h"
#include "model/MessageContexts.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace caselens::storage {
namespace {

QJsonObject auditView(const Annotation& annotation)
{
    QJsonObject view{{QStringLiteral("label"), annotation.label},
                     {QStringLiteral("comment"), annotation.comment}};
    if (!annotation.subtype.isEmpty())
        view.insert(QStringLiteral("subtype"), annotation.subtype);
    if (!annotation.isWholeCase()) {
        view.insert(QStringLiteral("document"), annotation.documentId);
        view.insert(QStringLiteral("start"), annotation.start);
        view.insert(QStringLiteral("end"), annotation.end);
    }
    return view;
}

QVariant nullableId(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

QVariant nullableOffset(const Annotation& annotation, int offset)
{
    return annotation.isWholeCase() ? QVariant(QMetaType::fromType<int>()) : QVariant(offset);
}

const QString kSelect =
    QStringLiteral("SELECT n.id, n.case_id, coalesce(n.document_id, 0), coalesce(n.start_offset, 0), "
                   "coalesce(n.end_offset, 0), "
                   "n.label, n.subtype, n.comment, a.name, n.created_at, n.updated_at FROM annotations n "
                   "JOIN authors a ON a.id = n.author_id ");

Annotation annotationFrom(const SqlStatement& row)
{
    Annotation annotation;
    annotation.id = row.value(0).toLongLong();
    annotation.caseId = row.value(1).toLongLong();
    annotation.documentId = row.value(2).toLongLong();
    annotation.start = row.value(3).toInt();
    annotation.end = row.value(4).toInt();
    annotation.label = row.value(5).toString();
    annotation.subtype = row.value(6).toString();
    annotation.comment = row.value(7).toString();
    annotation.author = row.value(8).toString();
    annotation.createdAt = timestampFrom(row.value(9));
    annotation.updatedAt = timestampFrom(row.value(10));
    return annotation;
}

} // namespace

AnnotationRepository::AnnotationRepository(Library& library)
    : m_library(library)
{}

Status AnnotationRepository::validate(const Annotation& annotation) const
{
    if (annotation.label.trimmed().isEmpty())
        return Error{StorageText::tr("An annotation needs a label.")};
    if (!annotation.isWholeCase()) {
        SqlStatement select(
            m_library.database(),
            QStringLiteral("SELECT length(text) FROM documents WHERE id = :id AND case_id = :case"),
            StorageText::tr("check the annotation"));
        select.bind(QStringLiteral(":id"), annotation.documentId)
            .bind(QStringLiteral(":case"), annotation.caseId);
        if (auto run = select.exec(); !run)
            return run;
        if (!select.next())
            return Error{StorageText::tr("Document %1 does not belong to case %2.")
                             .arg(annotation.documentId)
                             .arg(annotation.caseId)};
        // SQLite's length() counts characters (code points), the unit of our offsets.
        const int length = select.value(0).toInt();
        if (annotation.start < 0 || annotation.end <= annotation.start || annotation.end > length)
            return Error{StorageText::tr("The span %1-%2 is outside the text (0-%3).")
                             .arg(annotation.start)
                             .arg(annotation.end)
                             .arg(length)};
    }
    return {};
}

Result<qint64> AnnotationRepository::write(const Annotation& annotation, bool keepId, qint64 authorId,
                                           bool keepTimes)
{
    SqlStatement insert(
        m_library.database(),
        QStringLiteral("INSERT INTO annotations(id, case_id, document_id, start_offset, end_offset, "
                       "label, subtype, comment, author_id, created_at, updated_at) VALUES (:id, "
                       ":case, :document, :start, :end, :label, :subtype, :comment, :author, :created, "
                       ":updated)"),
        StorageText::tr("save the annotation"));
    const QString now = nowTimestamp();
    insert.bind(QStringLiteral(":id"), keepId ? nullableId(annotation.id) : nullableId(0))
        .bind(QStringLiteral(":case"), annotation.caseId)
        .bind(QStringLiteral(":document"), nullableId(annotation.documentId))
        .bind(QStringLiteral(":start"), nullableOffset(annotation, annotation.start))
        .bind(QStringLiteral(":end"), nullableOffset(annotation, annotation.end))
        .bind(QStringLiteral(":label"), annotation.label.trimmed())
        .bind(QStringLiteral(":subtype"), annotation.subtype)
        .bind(QStringLiteral(":comment"), annotation.comment)
        .bind(QStringLiteral(":author"), authorId)
        .bind(QStringLiteral(":created"), (keepId || keepTimes) && annotation.createdAt.isValid()
                                              ? annotation.createdAt.toUTC().toString(Qt::ISODateWithMs)
                                              : now)
        .bind(QStringLiteral(":updated"), keepTimes && annotation.updatedAt.isValid()
                                              ? annotation.updatedAt.toUTC().toString(Qt::ISODateWithMs)
                                              : now);
    if (auto run = insert.exec(); !run)
        return Error{run.error()};
    return insert.lastInsertId();
}

Result<qint64> AnnotationRepository::add(const Annotation& annotation)
{
    qint64 id = 0;
    const Status saved = m_library.writeTransaction([&]() -> Status {
        if (auto valid = validate(annotation); !valid)
            return valid;
        const auto author = m_library.authorId();
        if (!author)
            return Error{author.error()};
        const auto written = write(annotation, false, *author, false);
        if (!written)
            return Error{written.error()};
        id = *written;
        return AuditLog(m_library).record(annotation.caseId, QStringLiteral("annotation"), id,
                                          QStringLiteral("create"), {}, auditView(annotation));
    });
    if (!saved)
        return Error{saved.error()};
    return id;
}

Status AnnotationRepository::reinstate(const Annotation& annotation)
{
    return m_library.writeTransaction([&]() -> Status {
        if (auto valid = validate(annotation); !valid)
            return valid;
        const auto author = m_library.authorId();
        if (!author)
            return Error{author.error()};
        const auto written = write(annotation, true, *author, false);
        if (!written)
            return Error{written.error()};
        return AuditLog(m_library).record(annotation.caseId, QStringLiteral("annotation"), *written,
                                          QStringLiteral("create"), {}, auditView(annotation));
    });
}

Result<qint64> AnnotationRepository::importAnnotation(const Annotation& annotation)
{
    qint64 id = 0;
    const Status saved = m_library.writeTransaction([&]() -> Status {
        if (auto valid = validate(annotation); !valid)
            return valid;
        const auto author = m_library.authorIdFor(annotation.author);
        if (!author)
            return Error{author.error()};
        const auto written = write(annotation, false, *author, true);
        if (!written)
            return Error{written.error()};
        id = *written;
        return {};
    });
    if (!saved)
        return Error{saved.error()};
    return id;
}

Status AnnotationRepository::update(const Annotation& annotation)
{
    return m_library.writeTransaction([&]() -> Status {
        const auto current = load(annotation.id);
        if (!current)
            return Error{current.error()};
        if (annotation.label.trimmed().isEmpty())
            return Error{StorageText::tr("An annotation needs a label.")};
        SqlStatement update(
            m_library.database(),
            QStringLiteral("UPDATE annotations SET label = :label, subtype = :subtype, comment = "
                           ":comment, updated_at = :now WHERE id = :id"),
            StorageText::tr("save the annotation"));
        update.bind(QStringLiteral(":label"), annotation.label.trimmed())
            .bind(QStringLiteral(":subtype"), annotation.subtype)
            .bind(QStringLiteral(":comment"), annotation.comment)
            .bind(QStringLiteral(":now"), nowTimestamp())
            .bind(QStringLiteral(":id"), annotation.id);
        if (auto run = update.exec(); !run)
            return run;
        Annotation changed = *current;
        changed.label = annotation.label.trimmed();
        changed.subtype = annotation.subtype;
        changed.comment = annotation.comment;
        return AuditLog(m_library).record(current->caseId, QStringLiteral("annotation"), annotation.id,
                                          QStringLiteral("update"), auditView(*current), auditView(changed));
    });
}

Status AnnotationRepository::remove(qint64 annotationId)
{
    return m_library.writeTransaction([&]() -> Status {
        const auto current = load(annotationId);
        if (!current)
            return Error{current.error()};
        SqlStatement remove(m_library.database(), QStringLiteral("DELETE FROM annotations WHERE id = :id"),
                            StorageText::tr("delete the annotation"));
        remove.bind(QStringLiteral(":id"), annotationId);
        if (auto run = remove.exec(); !run)
            return run;
        return AuditLog(m_library).record(current->caseId, QStringLiteral("annotation"), annotationId,
                                          QStringLiteral("delete"), auditView(*current), {});
    });
}

Result<Annotation> AnnotationRepository::load(qint64 annotationId) const
{
    SqlStatement select(m_library.database(), kSelect + QStringLiteral("WHERE n.id = :id"),
                        StorageText::tr("read the annotation"));
    select.bind(QStringLiteral(":id"), annotationId);
    if (auto run = select.exec(); !run)
        return Error{run.error()};
    if (!select.next())
        return Error{StorageText::tr("There is no annotation %1 in this library.").arg(annotationId)};
    return annotationFrom(select);
}

Result<QList<Annotation>> AnnotationRepository::forCase(CaseId caseId) const
{
    SqlStatement select(m_library.database(),
                        kSelect +
                            QStringLiteral("WHERE n.case_id = :case ORDER BY n.document_id IS NOT NULL, "
                                           "n.document_id, n.start_offset, n.id"),
                        StorageText::tr("read the annotations"));
    select.bind(QStringLiteral(":case"), caseId);
    if (auto run = select.exec(); !run)
        return Error{run.error()};
    QList<Annotation> annotations;
    while (select.next())
        annotations << annotationFrom(select);
    return annotations;
}

} // namespace caselens::storage
