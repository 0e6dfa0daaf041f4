#pragma once

#include "core/import/FolderImporter.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace caselens::ui {

// Imports a folder on a worker thread with its own library connection, showing progress with a
// Cancel button, then the report (what was added, each failed file with its reason).
class FolderImportRunner final : public QObject {
    Q_OBJECT
public:
    FolderImportRunner(QString libraryPath, QString authorName, QWidget* parent);
    ~FolderImportRunner() override;

    // Imports a folder, or the files and folders in `paths` (dropped on the window).
    void start(const QStringList& paths, const FolderImporter::Options& options);
    bool isRunning() const { return m_running; }

signals:
    void finished(const caselens::FolderImporter::Report& report);

private:
    void showProgress(int done, int total);
    void showReport(const FolderImporter::Report& report);

    QString m_libraryPath;
    QString m_authorName;
    QPointer<QWidget> m_parentWidget;
    QProgressDialog* m_progress = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFuture<void> m_run; // waited for when the runner goes, so the worker never outlives the app
    bool m_running = false;
};

} // namespace caselens::ui
