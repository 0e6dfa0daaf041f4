#include "CaseTranslationCheck.h"

#include "storage/CaseRepository.h"
#include "storage/QaDismissalRepository.h"
#include "storage/QaScoreRepository.h"

#include <QCoreApplication>

#include <cmath>

namespace caselens {

TranslationCheckSummary toSummary(const qa::QaScore& score)
{
    return {score.score, score.critical, score.major, score.minor};
}

CaseTranslationCheck::CaseTranslationCheck(storage::Library& library,
                                           std::shared_ptr<const qa::TranslationChecker> checker)
    : m_library(library)
    , m_checker(std::move(checker))
{}

Result<CaseQaReport> CaseTranslationCheck::check(CaseId caseId) const
{
    const auto aCase = storage::CaseRepository(m_library).load(caseId);
    if (!aCase)
        return Error{aCase.error()};
    const Document* original = aCase->original();
    const Document* translation = aCase->translation();
    if (!original || !translation)
        return Error{QCoreApplication::translate("TranslationCheck", "Case %1 has no translation to check.")
                         .arg(caseId)};
    const auto dismissedKeys = storage::QaDismissalRepository(m_library).keys(caseId);
    if (!dismissedKeys)
        return Error{dismissedKeys.error()};

    CaseQaReport result;
    result.originalDocumentId = original->id;
    result.translationDocumentId = translation->id;
    qa::QaReport all =
        m_checker->check(original->text, original->language, translation->text, translation->language);
    result.report.originalLanguage = all.originalLanguage;
    result.report.translationLanguage = all.translationLanguage;
    for (qa::QaIssue& issue : all.issues)
        (dismissedKeys->contains(issue.key()) ? result.dismissed : result.report.issues)
            .append(std::move(issue));
    result.report.score = qa::QaScore::of(result.report.issues, all.score.words);
    return result;
}

Status CaseTranslationCheck::rememberScore(CaseId caseId, const CaseQaReport& report)
{
    // Opening a case checks it: write (and sync) only when the score moved.
    storage::QaScoreRepository scores(m_library);
    const TranslationCheckSummary summary = toSummary(report.report.score);
    if (const auto stored = scores.find(caseId); stored && *stored && std::abs((*stored)->score - summary.score) < 1e-9 &&
                                                 (*stored)->critical == summary.critical &&
                                                 (*stored)->major == summary.major && (*stored)->minor == summary.minor)
        return {};
    return scores.save(caseId, summary);
}

Status CaseTranslationCheck::dismiss(CaseId caseId, const qa::QaIssue& issue)
{
    const auto id =
        storage::QaDismissalRepository(m_library).dismiss(caseId, issue.key(), qa::toKey(issue.type));
    if (!id)
        return Error{id.error()};
    return {};
}

Status CaseTranslationCheck::restore(CaseId caseId, const QString& issueKey)
{
    return storage::QaDismissalRepository(m_library).restore(caseId, issueKey);
}

} // namespace caselens
