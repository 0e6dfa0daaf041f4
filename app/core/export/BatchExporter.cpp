#include "BatchExporter.h"

#include "caseformat/CaseArchive.h"
#include "storage/Library.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentMap>

#include <spdlog/spdlog.h>

namespace caselens {
namespace {

struct Loaded {
    CaseId id = 0;
    Result<CaseBundle> bundle = Error{};
};

struct Outcome {
    CaseId id = 0;
    Result<QStringList> files = Error{};
};

} // namespace

BatchExporter::BatchExporter(QString libraryPath, ExportOptions options, QString folder)
    : m_libraryPath(std::move(libraryPath))
    , m_exporter(std::move(options))
    , m_folder(std::move(folder))
{}

Result<BatchExporter::Report> BatchExporter::run(const QList<CaseId>& ids, const Progress& progress,
                                                 const std::atomic<bool>* cancel) const
{
    if (auto ready = CaseExporter::prepareFolder(m_folder); !ready)
        return Error{ready.error()};
    storage::Library::Options options;
    options.createIfMissing = false;
    auto library = storage::Library::open(m_libraryPath, options);
    if (!library)
        return Error{library.error()};
    if (auto written = CaseExporter::write(m_folder, m_exporter.folderFiles()); !written)
        return Error{written.error()};

    const auto load = [&](qsizetype first) {
        QList<Loaded> chunk;
        for (qsizetype i = first; i < std::min(ids.size(), first + kChunk); ++i)
            chunk << Loaded{ids[i], CaseArchive::load(**library, ids[i])};
        return chunk;
    };
    const auto exportOne = [this](const Loaded& loaded) {
        if (!loaded.bundle)
            return Outcome{loaded.id, Error{loaded.bundle.error()}};
        return Outcome{loaded.id, m_exporter.exportCase(*loaded.bundle, loaded.id, m_folder)};
    };

    Report report;
    QList<Loaded> next = load(0);
    for (qsizetype first = 0; first < ids.size(); first += kChunk) {
        if (cancel && cancel->load()) {
            report.cancelled = true;
            break;
        }
        const QList<Loaded> current = std::move(next);
        QFuture<Outcome> rendering = QtConcurrent::mapped(current, exportOne);
        // Read the next chunk while this one renders.
        next = first + kChunk < ids.size() ? load(first + kChunk) : QList<Loaded>{};
        rendering.waitForFinished();
        for (const Outcome& outcome : rendering.results()) {
            if (outcome.files) {
                ++report.exported;
                report.files << *outcome.files;
            } else {
                report.problems << Problem{outcome.id, outcome.files.error()};
            }
        }
        if (progress)
            progress(int(std::min(ids.size(), first + kChunk)), int(ids.size()));
    }
    spdlog::info("export: {} cases exported as {}, {} problems", report.exported,
                 toKey(m_exporter.options().format).toStdString(), report.problems.size());
    return report;
}

} // namespace caselens
