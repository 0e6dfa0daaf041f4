#pragma once

#include "model/Result.h"
#include "storage/Library.h"

#include <QString>
#include <QStringList>

namespace caselens {

// Backing up, restoring and checking a library: the safe sequences around storage's primitives.
class LibraryMaintenance {
public:
    // A consistent copy (mode 0600) while the library stays open.
    static Status backup(storage::Library& library, const QString& destination);

    struct Restored {
        QString safetyCopy; // the library as it was before the restore
        QString note;       // e.g. the backup was from an older schema and was updated
    };
    // Replaces the library at `libraryPath` with `backupPath`: the backup is checked first (a
    // CaseLens library that passes the integrity check, updated to this version's schema in a
    // scratch copy), the current library is kept beside it as a safety copy, then the content is
    // swapped in one write. The backup file itself is never changed.
    static Result<Restored> restore(const QString& libraryPath, const QString& backupPath);

    // PRAGMA integrity_check and foreign keys; empty when healthy.
    static Result<QStringList> check(storage::Library& library);
};

} // namespace caselens
