#include "PreparedCase.h"

#include "deid/Deidentifier.h"

namespace caselens {

CasePreparer::CasePreparer(std::shared_ptr<const FindingsEngine> engine)
    : m_engine(std::move(engine))
{}

PreparedCase CasePreparer::prepare(const CaseBundle& bundle, bool deidentify) const
{
    PreparedCase prepared;
    if (deidentify) {
        Deidentifier::Outcome outcome = Deidentifier::apply(bundle);
        prepared.bundle = std::move(outcome.bundle);
        prepared.replacements = std::move(outcome.replacements);
        prepared.shiftDays = outcome.shiftDays;
    } else {
        prepared.bundle = bundle;
    }
    const Document* original = prepared.bundle.aCase.original();
    const Document* translation = prepared.bundle.aCase.translation();
    if (!original)
        return prepared;
    if (translation)
        prepared.analysis = m_engine->extractPair(original->text, original->language, translation->text,
                                                  translation->language);
    else
        prepared.analysis.original = m_engine->extract(original->text, original->language);

    CaseBundle& target = prepared.bundle;
    if (target.findings.isEmpty()) {
        prepared.findingsFromEngine = true;
        target.findingDocumentRoles.clear();
        for (const Finding& finding : prepared.analysis.original.findings) {
            target.findings << finding;
            target.findingDocumentRoles << DocumentRole::Original;
        }
        const qint64 translationBase = target.findings.size();
        for (const Finding& finding : prepared.analysis.translation.findings) {
            target.findings << finding;
            target.findingDocumentRoles << DocumentRole::Translation;
        }
        target.links.clear();
        for (const FindingLink& link : prepared.analysis.links)
            target.links << FindingLink{link.originalFinding, translationBase + link.translationFinding,
                                        link.score};
    }
    return prepared;
}

} // namespace caselens
