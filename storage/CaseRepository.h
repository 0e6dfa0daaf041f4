#pragma once

#include "Library.h"
#include "SqlStatement.h"
#include "model/Case.h"
#include "model/Result.h"

#include <QList>

#include <memory>
#include <optional>

namespace caselens::storage {

// Cases and their documents in a library. Every change is recorded in the audit log.
// Statements are prepared once per repository, so importing thousands of cases through one
// repository costs one parse per statement, not one per case.
class CaseRepository {
public:
    explicit CaseRepository(Library& library);
    ~CaseRepository();
    CaseRepository(const CaseRepository&) = delete;
    CaseRepository& operator=(const CaseRepository&) = delete;

    struct Added {
        CaseId id = 0;
        bool alreadyPresent = false; // the same texts were already in the library
        QList<qint64> documentIds;   // in the order of the case's documents
    };

    // Stores a new case (its id and document ids are ignored). The same texts stored twice
    // give back the first case's id instead of a copy.
    Result<Added> add(const Case& newCase);
    Result<Case> load(CaseId id) const;
    Result<QList<CaseSummary>> list(int offset, int limit) const;
    Result<int> count() const;
    Result<std::optional<CaseId>> findByContentHash(const QString& contentHash) const;

    Status setStatus(CaseId id, ReviewStatus status);
    Status setTags(CaseId id, const QStringList& tags);
    Status setTitle(CaseId id, const QString& title);
    Status remove(CaseId id);
    // Every tag in the library, sorted, for filters.
    Result<QStringList> allTags() const;

    Library& library() const { return m_library; }

    // SHA-256 (hex) that identifies a case by its texts, whatever its title.
    static QString contentHashOf(const Case& aCase);

private:
    struct PreparedStatements;
    Status insertNew(const Case& newCase, const QString& caseHash, Added& added);

    Library& m_library;
    std::unique_ptr<PreparedStatements> m_statements;
};

} // namespace caselens::storage
