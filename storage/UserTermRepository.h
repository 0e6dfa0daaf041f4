#pragma once

#include "Library.h"
#include "model/Finding.h"
#include "model/Result.h"

#include <QList>
#include <QString>

namespace caselens::storage {

// A term a reviewer added to the lexicons for this library.
struct StoredUserTerm {
    qint64 id = 0;
    QString language; // "pt", "es", "en" or "*"
    QString term;
    FindingCategory category = FindingCategory::Diagnosis;
    QString conceptId;
    QString code;
};

class UserTermRepository {
public:
    explicit UserTermRepository(Library& library);

    Result<QList<StoredUserTerm>> all() const;
    // Adds a term (the same language, term and category again updates its concept and code).
    Result<qint64> add(const StoredUserTerm& term);
    Status remove(qint64 id);

private:
    Library& m_library;
};

} // namespace caselens::storage
