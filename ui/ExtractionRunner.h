#pragma once

#include "model/Case.h"

#include <QFuture>
#include <QObject>

#include <atomic>
#include <memory>

namespace caselens::ui {

// Finds the clinical findings of cases that do not have them yet (or have them from older
// lexicons) on a worker thread, and says which case it finished, so that an open case can
// show them as soon as they are there.
class ExtractionRunner final : public QObject {
    Q_OBJECT
public:
    ExtractionRunner(QString libraryPath, QString authorName, QObject* parent = nullptr);
    ~ExtractionRunner() override;

    // Starts a run, or asks the running one to look again when it is done.
    void start();
    bool isRunning() const { return m_running; }

signals:
    void caseUpdated(caselens::CaseId id);
    void progress(int done, int total);
    void finished(int updated, const QString& error);

private:
    QString m_libraryPath;
    QString m_authorName;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFuture<void> m_run; // waited for when the runner goes, so the worker never outlives the app
    bool m_running = false;
    bool m_again = false;
};

} // namespace caselens::ui
