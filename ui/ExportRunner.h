#pragma once

#include "core/export/BatchExporter.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <memory>

namespace caselens::ui {

// Runs a BatchExporter off the UI thread. It gets a thread of its own (not one of the pool's):
// the batch spreads its rendering over the thread pool, and a pool thread waiting on the pool
// would leave one core idle. Progress and the result come back as signals on the UI thread.
class ExportRunner final : public QObject {
    Q_OBJECT
public:
    explicit ExportRunner(QObject* parent = nullptr);
    ~ExportRunner() override;

    void start(const QString& libraryPath, const QList<CaseId>& ids, const ExportOptions& options,
               const QString& folder);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

signals:
    void progress(int done, int total);
    void finished(const caselens::BatchExporter::Report& report);
    void failed(const QString& message);

private:
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace caselens::ui
