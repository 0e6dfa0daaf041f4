#pragma once

#include "findings/FindingsEngine.h"
#include "findings/qa/TranslationChecker.h"
#include "model/Case.h"
#include "model/Result.h"
#include "storage/Library.h"

#include <memory>

namespace caselens {

// Runs the findings engine over a case and stores what it found, keeping every clinician
// decision, with the translation check's score. The engine is immutable and thread-safe: extract() may run on any thread; store()
// runs on the thread that owns the library connection.
class CaseExtractor {
public:
    struct Extraction {
        QList<Finding> original;
        QList<Finding> translation;
        QList<FindingLink> links; // indices into original / translation
        // The sentences of both texts and their alignment, kept so that opening the case does
        // not align it again (empty for a case without a translation).
        CaseAlignment alignment;
        // The translation check of the pair (none for a case without a translation): its score
        // is stored for the case list, less the issues reviewers dismissed.
        std::optional<qa::QaReport> translationCheck;
    };

    // The library's own engine: the bundled lexicons plus the terms users added to it.
    static Result<CaseExtractor> forLibrary(storage::Library& library);
    explicit CaseExtractor(std::shared_ptr<const FindingsEngine> engine, QString version);

    // Names the engine, the bundled lexicons and the user's terms: a change of any of them means
    // the stored findings are out of date.
    const QString& version() const { return m_version; }
    const FindingsEngine& engine() const { return *m_engine; }

    Extraction extract(const Case& aCase) const;
    // `storedCase` must carry the documents' ids.
    Status store(storage::Library& library, const Case& storedCase, const Extraction& extraction) const;
    // extract() and store() for a case already in the library.
    Status extractAndStore(storage::Library& library, CaseId id) const;

private:
    std::shared_ptr<const FindingsEngine> m_engine;
    std::shared_ptr<const qa::TranslationChecker> m_checker; // over the same engine
    QString m_version;
};

} // namespace caselens
