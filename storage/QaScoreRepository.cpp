#include "QaScoreRepository.h"

#include "SqlStatement.h"
#include "Timestamps.h"
#include "model/MessageContexts.h"

#include <QCoreApplication>

namespace caselens::storage {
namespace {

} // namespace

QString translationCheckColumns()
{
    return QStringLiteral("q.score, q.critical, q.major, q.minor");
}

void readTranslationCheck(const SqlStatement& row, int column, CaseSummary& summary)
{
    if (row.value(column).isNull()) {
        summary.translationCheck.reset();
        return;
    }
    TranslationCheckSummary check;
    check.score = row.value(column).toDouble();
    check.critical = row.value(column + 1).toInt();
    check.major = row.value(column + 2).toInt();
    check.minor = row.value(column + 3).toInt();
    summary.translationCheck = check;
}

QaScoreRepository::QaScoreRepository(Library& library)
    : m_library(library)
{}

Status QaScoreRepository::save(CaseId caseId, const TranslationCheckSummary& summary)
{
    return m_library.writeTransaction([&]() -> Status {
        SqlStatement upsert(
            m_library.database(),
            QStringLiteral(
                "INSERT INTO qa_scores(case_id, score, critical, major, minor, checked_at) "
                "SELECT id, :score, :critical, :major, :minor, :at FROM cases WHERE id = :case "
                "ON CONFLICT(case_id) DO UPDATE SET score = excluded.score, critical = excluded.critical, "
                "major = excluded.major, minor = excluded.minor, checked_at = excluded.checked_at"),
            StorageText::tr("save the translation check's score"));
        upsert.bind(QStringLiteral(":case"), caseId)
            .bind(QStringLiteral(":score"), summary.score)
            .bind(QStringLiteral(":critical"), summary.critical)
            .bind(QStringLiteral(":major"), summary.major)
            .bind(QStringLiteral(":minor"), summary.minor)
            .bind(QStringLiteral(":at"), nowTimestamp());
        return upsert.exec();
    });
}

Result<std::optional<TranslationCheckSummary>> QaScoreRepository::find(CaseId caseId) const
{
    SqlStatement select(m_library.database(),
                        QStringLiteral("SELECT ") + translationCheckColumns() +
                            QStringLiteral(" FROM qa_scores q WHERE q.case_id = :case"),
                        StorageText::tr("read the translation check's score"));
    select.bind(QStringLiteral(":case"), caseId);
    if (auto run = select.exec(); !run)
        return Error{run.error()};
    if (!select.next())
        return std::optional<TranslationCheckSummary>();
    CaseSummary summary;
    readTranslationCheck(select, 0, summary);
    return summary.translationCheck;
}

} // namespace caselens::storage
