#include "ExportRunner.h"

#include <QMetaObject>

namespace caselens::ui {

ExportRunner::ExportRunner(QObject* parent)
    : QObject(parent)
{}

ExportRunner::~ExportRunner()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait(); // stops after the chunk it is rendering
    }
}

void ExportRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ExportRunner::start(const QString& libraryPath, const QList<CaseId>& ids, const ExportOptions& options,
                         const QString& folder)
{
    if (m_thread)
        return;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    QPointer<ExportRunner> self(this);
    const auto cancelFlag = m_cancel;
    m_thread = QThread::create([self, cancelFlag, libraryPath, ids, options, folder] {
        const BatchExporter batch(libraryPath, options, folder);
        const auto report = batch.run(
            ids,
            [self](int done, int total) {
                QMetaObject::invokeMethod(self, [self, done, total] {
                    if (self)
                        emit self->progress(done, total);
                });
            },
            cancelFlag.get());
        QMetaObject::invokeMethod(self, [self, report] {
            if (!self)
                return;
            if (report)
                emit self->finished(*report);
            else
                emit self->failed(report.error());
        });
    });
    m_thread->setParent(this); // deleted with the runner, after the destructor waited for it
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
    });
    m_thread->start();
}

} // namespace caselens::ui
