#include "CaseTranslationCheck.h"

#include "storage/CaseRepository.h"
#include "storage/QaDismissalRepository.h"

#include <QCoreApplication>

namespace caselens {

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
