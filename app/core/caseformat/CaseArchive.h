#pragma once

#include "model/CaseBundle.h"
#include "model/Result.h"
#include "storage/Library.h"

namespace caselens {

// Moves whole cases between a library and a CaseBundle (for case files, export and import).
class CaseArchive {
public:
    static Result<CaseBundle> load(storage::Library& library, CaseId id);

    struct Stored {
        CaseId id = 0;
        bool alreadyPresent = false;
        QList<qint64> documentIds; // of a newly stored case, in the order of its documents
    };
    // Stores a bundle in one transaction: texts, findings with their decisions, links,
    // annotations with their authors, and history. The same texts already in the library are
    // not stored again (the existing case is returned).
    static Result<Stored> store(storage::Library& library, const CaseBundle& bundle);
};

// Unicode code points in a text (offsets in CaseLens count these, not UTF-16 units).
qsizetype codePointLength(const QString& text);

} // namespace caselens
