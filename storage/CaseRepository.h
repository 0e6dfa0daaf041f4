#pragma once

#include "Library.h"
#include "model/Case.h"
#include "model/Result.h"

#include <QList>

#include <optional>

namespace caselens::storage {

// Cases and their documents in a library.
class CaseRepository {
public:
    explicit CaseRepository(Library& library);

    struct Added {
        CaseId id = 0;
        bool alreadyPresent = false; // the same texts were already in the library
    };

    // Stores a new case (its id and document ids are ignored). The same texts stored twice
    // give back the first case's id instead of a copy.
    Result<Added> add(const Case& newCase);
    Result<Case> load(CaseId id) const;
    Result<QList<CaseSummary>> list(int offset, int limit) const;
    Result<int> count() const;
    Result<std::optional<CaseId>> findByContentHash(const QString& contentHash) const;

    // SHA-256 (hex) that identifies a case by its texts, whatever its title.
    static QString contentHashOf(const Case& aCase);

private:
    Library& m_library;
};

} // namespace caselens::storage
