#include "FindingRepository.h"

#include "AuditLog.h"
#include "SqlStatement.h"
#include "Timestamps.h"
#include "model/MessageContexts.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

namespace caselens::storage {
namespace {

const QString kColumns = QStringLiteral("f.id, f.document_id, f.start_offset, f.end_offset, f.category, "
                                        "f.text, f.negated, f.uncertain, f.historical, "
                                        "f.hypothetical, f.experiencer, f.section, f.concept, f.code, "
                                        "f.value, f.value2, f.unit, f.unit_inferred, "
                                        "f.flag, f.source, f.state");

// Keys, sections, concepts, codes and units repeat from finding to finding: shared, not decoded
// again for each of a long report's tens of thousands of findings.
Finding findingFrom(const RowView& row)
{
    Finding finding;
    finding.id = row.integer(0);
    finding.documentId = row.integer(1);
    finding.start = static_cast<int>(row.integer(2));
    finding.end = static_cast<int>(row.integer(3));
    finding.category = findingCategoryFromKey(row.sharedText(4)).value_or(FindingCategory::Symptom);
    finding.text = row.text(5);
    finding.negated = row.integer(6) != 0;
    finding.uncertain = row.integer(7) != 0;
    finding.historical = row.integer(8) != 0;
    finding.hypothetical = row.integer(9) != 0;
    finding.experiencer = row.sharedText(10) == u"other" ? Experiencer::Other : Experiencer::Patient;
    finding.section = row.sharedText(11);
    finding.conceptId = row.sharedText(12);
    finding.code = row.sharedText(13);
    if (!row.isNull(14))
        finding.value = row.real(14);
    if (!row.isNull(15))
        finding.secondValue = row.real(15);
    finding.unit = row.sharedText(16);
    finding.unitInferred = row.integer(17) != 0;
    finding.flag = valueFlagFromKey(row.sharedText(18));
    finding.source = findingSourceFromKey(row.sharedText(19)).value_or(FindingSource::Extracted);
    finding.state = findingStateFromKey(row.sharedText(20)).value_or(FindingState::Proposed);
    return finding;
}

QVariant optionalNumber(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

// What the audit log keeps of a finding: enough to see what changed, and the span's own words.
QJsonObject auditView(const Finding& finding)
{
    QJsonObject view{{QStringLiteral("category"), toKey(finding.category)},
                     {QStringLiteral("start"), finding.start},
                     {QStringLiteral("end"), finding.end},
                     {QStringLiteral("state"), toKey(finding.state)}};
    if (finding.value)
        view.insert(QStringLiteral("value"), *finding.value);
    if (finding.secondValue)
        view.insert(QStringLiteral("value2"), *finding.secondValue);
    if (!finding.unit.isEmpty())
        view.insert(QStringLiteral("unit"), finding.unit);
    return view;
}

void bindFinding(SqlStatement& statement, const Finding& finding)
{
    statement.bind(QStringLiteral(":document"), finding.documentId)
        .bind(QStringLiteral(":start"), finding.start)
        .bind(QStringLiteral(":end"), finding.end)
        .bind(QStringLiteral(":category"), toKey(finding.category))
        .bind(QStringLiteral(":text"), finding.text)
        .bind(QStringLiteral(":negated"), finding.negated)
        .bind(QStringLiteral(":uncertain"), finding.uncertain)
        .bind(QStringLiteral(":historical"), finding.historical)
        .bind(QStringLiteral(":hypothetical"), finding.hypothetical)
        .bind(QStringLiteral(":experiencer"), toKey(finding.experiencer))
        .bind(QStringLiteral(":section"), finding.section)
        .bind(QStringLiteral(":concept"), finding.conceptId)
        .bind(QStringLiteral(":code"), finding.code)
        .bind(QStringLiteral(":value"), optionalNumber(finding.value))
        .bind(QStringLiteral(":value2"), optionalNumber(finding.secondValue))
        .bind(QStringLiteral(":unit"), finding.unit)
        .bind(QStringLiteral(":unitInferred"), finding.unitInferred)
        .bind(QStringLiteral(":flag"), toKey(finding.flag))
        .bind(QStringLiteral(":source"), toKey(finding.source))
        .bind(QStringLiteral(":state"), toKey(finding.state));
}

const QString kInsert = QStringLiteral(
    "INSERT INTO findings(document_id, start_offset, end_offset, category, text, negated, uncertain, "
    "historical, "
    "hypothetical, experiencer, section, concept, code, value, value2, unit, unit_inferred, flag, source, "
    "state, "
    "created_at, updated_at) VALUES (:document, :start, :end, :category, :text, :negated, :uncertain, "
    ":historical, :hypothetical, :experiencer, :section, :concept, :code, :value, :value2, :unit, "
    ":unitInferred, "
    ":flag, :source, :state, :now, :now)");

} // namespace

FindingRepository::FindingRepository(Library& library)
    : m_library(library)
{}

Result<QList<Finding>> FindingRepository::forDocument(qint64 documentId) const
{
    return read(QStringLiteral(" FROM findings f WHERE f.document_id = :document "
                               "ORDER BY f.start_offset, f.end_offset DESC, f.id"),
                {{QStringLiteral(":document"), documentId}});
}

Result<QList<Finding>> FindingRepository::forCase(CaseId caseId) const
{
    return read(QStringLiteral(" FROM findings f JOIN documents d ON d.id = f.document_id "
                               "WHERE d.case_id = :case ORDER BY d.role, f.start_offset, f.id"),
                {{QStringLiteral(":case"), caseId}});
}

Result<QList<Finding>> FindingRepository::read(const QString& fromWhereOrder, const QVariantMap& parameters) const
{
    // A long report has tens of thousands of findings: read in place, not a QVariant per value.
    QList<Finding> findings;
    QSqlDatabase db = m_library.database();
    if (auto run =
            m_library.dialect().forEachRow(db, QStringLiteral("SELECT ") + kColumns + fromWhereOrder,
                                           parameters, StorageText::tr("read the findings"),
                                           [&findings](const RowView& row) { findings << findingFrom(row); });
        !run)
        return Error{run.error()};
    return findings;
}

Result<Finding> FindingRepository::load(qint64 findingId) const
{
    SqlStatement select(m_library.database(),
                        QStringLiteral("SELECT ") + kColumns +
                            QStringLiteral(" FROM findings f WHERE f.id = :id"),
                        StorageText::tr("read the finding"));
    select.bind(QStringLiteral(":id"), findingId);
    if (auto run = select.exec(); !run)
        return Error{run.error()};
    if (!select.next())
        return Error{StorageText::tr("There is no finding %1 in this library.").arg(findingId)};
    return findingFrom(StatementRow(select));
}

Result<CaseId> FindingRepository::caseOfFinding(qint64 findingId) const
{
    SqlStatement select(
        m_library.database(),
        QStringLiteral("SELECT d.case_id FROM findings f JOIN documents d ON d.id = f.document_id "
                       "WHERE f.id = :id"),
        StorageText::tr("read the finding"));
    select.bind(QStringLiteral(":id"), findingId);
    if (auto run = select.exec(); !run)
        return Error{run.error()};
    if (!select.next())
        return Error{StorageText::tr("There is no finding %1 in this library.").arg(findingId)};
    return select.value(0).toLongLong();
}

Result<qint64> FindingRepository::insert(const Finding& finding)
{
    SqlStatement statement(m_library.database(), kInsert, StorageText::tr("save the finding"));
    bindFinding(statement, finding);
    statement.bind(QStringLiteral(":now"), nowTimestamp());
    if (auto run = statement.exec(); !run)
        return Error{run.error()};
    return statement.lastInsertId();
}

Result<QList<qint64>> FindingRepository::replaceExtracted(qint64 documentId, const QList<Finding>& findings,
                                                          const QString& extractorVersion)
{
    QList<qint64> ids;
    const Status saved = m_library.writeTransaction([&]() -> Status {
        const QSqlDatabase db = m_library.database();
        SqlStatement removeProposals(db,
                                     QStringLiteral("DELETE FROM findings WHERE document_id = :document AND "
                                                    "source = 'extracted' AND state = 'proposed'"),
                                     StorageText::tr("update the findings"));
        removeProposals.bind(QStringLiteral(":document"), documentId);
        if (auto run = removeProposals.exec(); !run)
            return run;
        const auto kept = forDocument(documentId);
        if (!kept)
            return Error{kept.error()};
        QHash<QString, qint64> decided; // span and category -> the finding a clinician decided on
        const auto keyOf = [](const Finding& finding) {
            return QStringLiteral("%1:%2:%3")
                .arg(finding.start)
                .arg(finding.end)
                .arg(toKey(finding.category));
        };
        for (const Finding& finding : *kept)
            decided.insert(keyOf(finding), finding.id);

        SqlStatement statement(db, kInsert, StorageText::tr("save the findings"));
        const QString now = nowTimestamp();
        for (Finding finding : findings) {
            if (const auto found = decided.constFind(keyOf(finding)); found != decided.constEnd()) {
                ids << found.value();
                continue;
            }
            finding.documentId = documentId;
            finding.source = FindingSource::Extracted;
            finding.state = FindingState::Proposed;
            bindFinding(statement, finding);
            statement.bind(QStringLiteral(":now"), now);
            if (auto run = statement.exec(); !run)
                return run;
            ids << statement.lastInsertId();
        }
        SqlStatement version(
            db, QStringLiteral("UPDATE documents SET extractor_version = :version WHERE id = :id"),
            StorageText::tr("update the findings"));
        version.bind(QStringLiteral(":version"), extractorVersion).bind(QStringLiteral(":id"), documentId);
        return version.exec();
    });
    if (!saved)
        return Error{saved.error()};
    return ids;
}

Result<QList<qint64>> FindingRepository::insertAsIs(qint64 documentId, const QList<Finding>& findings)
{
    QList<qint64> ids;
    const Status saved = m_library.writeTransaction([&]() -> Status {
        SqlStatement statement(m_library.database(), kInsert, StorageText::tr("save the findings"));
        const QString now = nowTimestamp();
        for (Finding finding : findings) {
            finding.documentId = documentId;
            bindFinding(statement, finding);
            statement.bind(QStringLiteral(":now"), now);
            if (auto run = statement.exec(); !run)
                return run;
            ids << statement.lastInsertId();
        }
        return {};
    });
    if (!saved)
        return Error{saved.error()};
    return ids;
}

Result<QList<CaseId>> FindingRepository::casesNeedingExtraction(const QString& extractorVersion,
                                                                int limit) const
{
    SqlStatement select(
        m_library.database(),
        QStringLiteral("SELECT DISTINCT case_id FROM documents WHERE extractor_version <> :version "
                       "ORDER BY case_id LIMIT :limit"),
        StorageText::tr("look for cases to analyse"));
    select.bind(QStringLiteral(":version"), extractorVersion).bind(QStringLiteral(":limit"), limit);
    if (auto run = select.exec(); !run)
        return Error{run.error()};
    QList<CaseId> cases;
    while (select.next())
        cases << select.value(0).toLongLong();
    return cases;
}

Result<QString> FindingRepository::extractorVersion(qint64 documentId) const
{
    SqlStatement select(m_library.database(),
                        QStringLiteral("SELECT extractor_version FROM documents WHERE id = :id"),
                        StorageText::tr("read the document"));
    select.bind(QStringLiteral(":id"), documentId);
    if (auto run = select.exec(); !run)
        return Error{run.error()};
    if (!select.next())
        return Error{StorageText::tr("There is no document %1 in this library.").arg(documentId)};
    return select.value(0).toString();
}

Status FindingRepository::replaceLinks(CaseId caseId, const QList<FindingLink>& links)
{
    return m_library.writeTransaction([&]() -> Status {
        const QSqlDatabase db = m_library.database();
        SqlStatement remove(
            db,
            QStringLiteral("DELETE FROM finding_links WHERE original_finding_id IN (SELECT f.id FROM "
                           "findings f JOIN documents d ON d.id = f.document_id WHERE d.case_id = :case)"),
            StorageText::tr("update the links between languages"));
        remove.bind(QStringLiteral(":case"), caseId);
        if (auto run = remove.exec(); !run)
            return run;
        SqlStatement insert(
            db,
            QStringLiteral("INSERT OR REPLACE INTO finding_links(original_finding_id, "
                           "translation_finding_id, score) VALUES (:original, :translation, :score)"),
            StorageText::tr("update the links between languages"));
        for (const FindingLink& link : links) {
            if (link.originalFinding == 0 || link.translationFinding == 0)
                continue;
            insert.bind(QStringLiteral(":original"), link.originalFinding)
                .bind(QStringLiteral(":translation"), link.translationFinding)
                .bind(QStringLiteral(":score"), link.score);
            if (auto run = insert.exec(); !run)
                return run;
        }
        return {};
    });
}

Result<QList<FindingLink>> FindingRepository::links(CaseId caseId) const
{
    SqlStatement select(
        m_library.database(),
        QStringLiteral("SELECT l.original_finding_id, l.translation_finding_id, l.score FROM "
                       "finding_links l JOIN findings f ON f.id = l.original_finding_id JOIN documents "
                       "d ON d.id = f.document_id WHERE d.case_id = :case ORDER BY f.start_offset"),
        StorageText::tr("read the links between languages"));
    select.bind(QStringLiteral(":case"), caseId);
    if (auto run = select.exec(); !run)
        return Error{run.error()};
    QList<FindingLink> links;
    while (select.next())
        links << FindingLink{select.value(0).toLongLong(), select.value(1).toLongLong(),
                             select.value(2).toDouble()};
    return links;
}

Result<qint64> FindingRepository::addClinicianFinding(CaseId caseId, const Finding& finding)
{
    qint64 id = 0;
    const Status saved = m_library.writeTransaction([&]() -> Status {
        Finding added = finding;
        added.source = FindingSource::Clinician;
        if (added.state == FindingState::Proposed)
            added.state = FindingState::Accepted;
        const auto inserted = insert(added);
        if (!inserted)
            return Error{inserted.error()};
        id = *inserted;
        return AuditLog(m_library).record(caseId, QStringLiteral("finding"), id, QStringLiteral("create"), {},
                                          auditView(added));
    });
    if (!saved)
        return Error{saved.error()};
    return id;
}

Status FindingRepository::setState(qint64 findingId, FindingState state)
{
    return m_library.writeTransaction([&]() -> Status {
        const auto current = load(findingId);
        if (!current)
            return Error{current.error()};
        Finding changed = *current;
        changed.state = state;
        return restore(changed);
    });
}

Status FindingRepository::correct(qint64 findingId, const Finding& corrected)
{
    Finding changed = corrected;
    changed.id = findingId;
    changed.state = FindingState::Corrected;
    return restore(changed);
}

Status FindingRepository::restore(const Finding& finding)
{
    return m_library.writeTransaction([&]() -> Status {
        const auto current = load(finding.id);
        if (!current)
            return Error{current.error()};
        const auto caseId = caseOfFinding(finding.id);
        if (!caseId)
            return Error{caseId.error()};
        Finding updated = finding;
        updated.documentId = current->documentId; // a finding never moves to another document
        SqlStatement update(
            m_library.database(),
            QStringLiteral("UPDATE findings SET start_offset = :start, end_offset = :end, category = "
                           ":category, text = :text, negated = :negated, uncertain = :uncertain, "
                           "historical = :historical, hypothetical = :hypothetical, experiencer = "
                           ":experiencer, section = :section, concept = :concept, code = :code, value "
                           "= :value, value2 = :value2, unit = :unit, unit_inferred = :unitInferred, "
                           "flag = :flag, source = :source, state = :state, updated_at = :now, "
                           "document_id = :document WHERE id = :id"),
            StorageText::tr("save the finding"));
        bindFinding(update, updated);
        update.bind(QStringLiteral(":now"), nowTimestamp()).bind(QStringLiteral(":id"), finding.id);
        if (auto run = update.exec(); !run)
            return run;
        return AuditLog(m_library).record(*caseId, QStringLiteral("finding"), finding.id,
                                          QStringLiteral("update"), auditView(*current), auditView(updated));
    });
}

Status FindingRepository::reinstate(CaseId caseId, const Finding& finding)
{
    return m_library.writeTransaction([&]() -> Status {
        SqlStatement insert(
            m_library.database(),
            QString(kInsert)
                .replace(QStringLiteral("INSERT INTO findings(document_id"),
                         QStringLiteral("INSERT INTO findings(id, document_id"))
                .replace(QStringLiteral("VALUES (:document"), QStringLiteral("VALUES (:id, :document")),
            StorageText::tr("save the finding"));
        bindFinding(insert, finding);
        insert.bind(QStringLiteral(":id"), finding.id).bind(QStringLiteral(":now"), nowTimestamp());
        if (auto run = insert.exec(); !run)
            return run;
        return AuditLog(m_library).record(caseId, QStringLiteral("finding"), finding.id,
                                          QStringLiteral("create"), {}, auditView(finding));
    });
}

Status FindingRepository::remove(qint64 findingId)
{
    return m_library.writeTransaction([&]() -> Status {
        const auto current = load(findingId);
        if (!current)
            return Error{current.error()};
        const auto caseId = caseOfFinding(findingId);
        if (!caseId)
            return Error{caseId.error()};
        SqlStatement remove(m_library.database(), QStringLiteral("DELETE FROM findings WHERE id = :id"),
                            StorageText::tr("delete the finding"));
        remove.bind(QStringLiteral(":id"), findingId);
        if (auto run = remove.exec(); !run)
            return run;
        return AuditLog(m_library).record(*caseId, QStringLiteral("finding"), findingId,
                                          QStringLiteral("delete"), auditView(*current), {});
    });
}

} // namespace caselens::storage
