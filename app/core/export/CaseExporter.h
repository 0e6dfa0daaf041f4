#pragma once

#include "ExportDocument.h"
#include "ExportOptions.h"
#include "PreparedCase.h"
#include "model/CaseBundle.h"
#include "model/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace caselens {

// Exports one case in one format: prepares it (de-identification, the engine's reading),
// renders it, and writes its files atomically (QSaveFile: a temporary file, then a rename), so
// a crash or a full disk never leaves half a file under the final name. Thread-safe: batch
// export runs one exporter on every core.
class CaseExporter {
public:
    struct OutputFile {
        QString name; // file name inside the export folder
        QByteArray bytes;
    };

    explicit CaseExporter(ExportOptions options,
                          std::shared_ptr<const FindingsEngine> engine = FindingsEngine::shared());

    const ExportOptions& options() const { return m_options; }
    PreparedCase prepare(const CaseBundle& bundle) const;
    // The annotated document (PDF, HTML, print preview).
    ExportDocument document(const PreparedCase& prepared) const;
    // The files of one case, in memory.
    Result<QList<OutputFile>> render(const CaseBundle& bundle, CaseId id) const;
    // render() then write(); returns the paths written.
    Result<QStringList> exportCase(const CaseBundle& bundle, CaseId id, const QString& folder) const;

    // Files a folder of this format needs once (brat's annotation.conf and visual.conf).
    QList<OutputFile> folderFiles() const;
    // Makes the folder if needed and checks that files can be written in it.
    static Status prepareFolder(const QString& folder);
    static Result<QStringList> write(const QString& folder, const QList<OutputFile>& files);
    // "case-12-septic-shock-secondary-to-l5-s1" (no title in teaching or de-identified exports:
    // a file name must not give away the diagnosis or the patient).
    static QString baseName(const Case& aCase, CaseId id, const ExportOptions& options);

private:
    ExportOptions m_options;
    std::shared_ptr<const FindingsEngine> m_engine;
    CasePreparer m_preparer;
};

} // namespace caselens
