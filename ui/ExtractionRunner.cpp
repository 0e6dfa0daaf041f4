#include "ExtractionRunner.h"

#include "core/extraction/BackgroundExtraction.h"

#include <QMetaObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace caselens::ui {

ExtractionRunner::ExtractionRunner(QString libraryPath, QString authorName, QObject* parent)
    : QObject(parent)
    , m_libraryPath(std::move(libraryPath))
    , m_authorName(std::move(authorName))
{}

ExtractionRunner::~ExtractionRunner()
{
    // The worker stops after its current case; it must have stopped before the application
    // goes, which closes every database connection left, the worker's too, under its feet.
    if (m_cancel)
        m_cancel->store(true);
    m_run.waitForFinished();
}

void ExtractionRunner::start()
{
    if (m_running) {
        m_again = true; // e.g. an import finished while a run was going: look once more after it
        return;
    }
    m_running = true;
    m_again = false;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    QPointer<ExtractionRunner> self(this);
    const auto cancel = m_cancel;
    const QString path = m_libraryPath;
    const QString author = m_authorName;
    m_run = QtConcurrent::run([self, cancel, path, author] {
        const auto report = BackgroundExtraction::run(
            path, author,
            [self](CaseId id, int done, int total) {
                QMetaObject::invokeMethod(self, [self, id, done, total] {
                    if (!self)
                        return;
                    emit self->caseUpdated(id);
                    emit self->progress(done, total);
                });
            },
            cancel.get());
        QMetaObject::invokeMethod(self, [self, report] {
            if (!self)
                return;
            self->m_running = false;
            emit self->finished(report.updated, report.error);
            if (self->m_again)
                self->start();
        });
    });
}

} // namespace caselens::ui
