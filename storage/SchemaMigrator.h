#pragma once

#include "SqlDialect.h"
#include "model/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace caselens::storage {

// Brings a library up to the current schema with numbered, forward-only migrations
// (resources :/caselens/migrations/NNNN_name.sql), each applied in its own transaction.
class SchemaMigrator {
public:
    struct Outcome {
        int fromVersion = 0;
        int toVersion = 0;
        QString backupPath; // set when an existing library was backed up before migrating
    };

    explicit SchemaMigrator(const SqlDialect& dialect);

    static int latestVersion();

    // Refuses a library from a newer CaseLens. Reads only, so a refused library stays untouched;
    // call it before anything (even a journal-mode change) writes to the file.
    Status checkReadable(QSqlDatabase& db) const;

    // `backup` is called with the path to back up to before an existing library is changed.
    Result<Outcome> migrate(QSqlDatabase& db, const QString& libraryPath,
                            const std::function<Status(const QString&)>& backup) const;

private:
    const SqlDialect& m_dialect;
};

} // namespace caselens::storage
