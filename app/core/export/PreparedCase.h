#pragma once

#include "core/deid/DeidReplacement.h"
#include "findings/ExtractionResult.h"
#include "findings/FindingsEngine.h"
#include "model/CaseBundle.h"

#include <memory>

namespace caselens {

// A case made ready for every export format: what the library holds, de-identified when asked,
// with the findings engine's reading of its texts (sentences, sections, the sentence alignment).
// When the library holds no findings for the case, the engine's findings and links stand in
// (proposed, extracted), so a case exported before extraction was stored still shows them.
struct PreparedCase {
    CaseBundle bundle;
    bool findingsFromEngine = false;
    PairResult analysis; // translation empty when the case has none
    QList<DeidReplacement> replacements;
    int shiftDays = 0;

    bool hasTranslation() const { return bundle.aCase.translation() != nullptr; }
    const ExtractionResult& extraction(DocumentRole role) const
    {
        return role == DocumentRole::Original ? analysis.original : analysis.translation;
    }
    const Document* document(DocumentRole role) const
    {
        return role == DocumentRole::Original ? bundle.aCase.original() : bundle.aCase.translation();
    }
};

class CasePreparer {
public:
    explicit CasePreparer(std::shared_ptr<const FindingsEngine> engine = FindingsEngine::shared());
    PreparedCase prepare(const CaseBundle& bundle, bool deidentify) const;
    const FindingsEngine& engine() const { return *m_engine; }

private:
    std::shared_ptr<const FindingsEngine> m_engine;
};

} // namespace caselens
