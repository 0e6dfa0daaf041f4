#pragma once

#include "CaseExporter.h"
#include "model/Case.h"
#include "model/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace caselens {

// Exports many cases of a library into one folder on every core. The library is read on the
// calling thread through its own connection (SQLite connections belong to their thread), a
// chunk of cases at a time, while the previous chunk renders on the thread pool. Nothing is
// written to the library: it is opened without creating it and only read.
class BatchExporter {
public:
    struct Problem {
        CaseId id = 0;
        QString reason;
    };
    struct Report {
        int exported = 0;
        QStringList files;
        QList<Problem> problems;
        bool cancelled = false;
    };
    // Called on the calling thread after each chunk.
    using Progress = std::function<void(int done, int total)>;

    BatchExporter(QString libraryPath, ExportOptions options, QString folder);

    // Fails before exporting anything when the library cannot be opened or the folder written.
    // A case that cannot be exported is a problem in the report; the others still go.
    Result<Report> run(const QList<CaseId>& ids, const Progress& progress = {},
                       const std::atomic<bool>* cancel = nullptr) const;

    static constexpr int kChunk = 32;

private:
    QString m_libraryPath;
    CaseExporter m_exporter;
    QString m_folder;
};

} // namespace caselens
