#include "FolderImportRunner.h"

#include "ImportReportDialog.h"

#include <QMessageBox>
#include <QMetaObject>
#include <QFileInfo>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace caselens::ui {

FolderImportRunner::FolderImportRunner(QString libraryPath, QString authorName, QWidget* parent)
    : QObject(parent)
    , m_libraryPath(std::move(libraryPath))
    , m_authorName(std::move(authorName))
    , m_parentWidget(parent)
{}

FolderImportRunner::~FolderImportRunner()
{
    // The worker stops after its current case; it must have stopped before the application
    // goes, which closes every database connection left, the worker's too, under its feet.
    if (m_cancel)
        m_cancel->store(true);
    m_run.waitForFinished();
}

void FolderImportRunner::start(const QStringList& paths, const FolderImporter::Options& options)
{
    if (m_running)
        return;
    m_running = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_progress = new QProgressDialog(tr("Reading %1…").arg(paths.size() == 1 ? paths.first() : tr("%n item(s)", nullptr, int(paths.size()))), tr("Cancel"), 0, 0, m_parentWidget);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setWindowTitle(tr("Importing Cases"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        m_cancel->store(true);
        m_progress->setLabelText(tr("Stopping after the current batch…"));
    });

    // The worker owns its own connection: SQLite connections belong to the thread that opens them.
    QPointer<FolderImportRunner> self(this);
    const auto cancel = m_cancel;
    const QString libraryPath = m_libraryPath;
    const QString author = m_authorName;
    m_run = QtConcurrent::run([self, cancel, libraryPath, author, paths, options] {
        FolderImporter::Report report;
        const FolderImporter importer(options);
        const auto plan = paths.size() == 1 && QFileInfo(paths.first()).isDir() ? importer.plan(paths.first())
                                                                               : importer.planPaths(paths);
        auto library = storage::Library::open(libraryPath);
        if (!plan) {
            report.problems << FolderImporter::Problem{QString(), plan.error()};
        } else if (!library) {
            report.problems << FolderImporter::Problem{QString(), library.error()};
        } else {
            (*library)->setAuthorName(author);
            report = importer.run(
                **library, *plan,
                [self](int done, int total) {
                    QMetaObject::invokeMethod(self, [self, done, total] {
                        if (self)
                            self->showProgress(done, total);
                    });
                },
                cancel.get());
        }
        library = Error{}; // close the worker's connection in the worker's thread
        QMetaObject::invokeMethod(self, [self, report] {
            if (self)
                self->showReport(report);
        });
    });
}

void FolderImportRunner::showProgress(int done, int total)
{
    if (!m_progress)
        return;
    m_progress->setMaximum(total);
    m_progress->setValue(done);
    if (!m_cancel->load())
        m_progress->setLabelText(tr("Imported %1 of %2 cases…").arg(done).arg(total));
}

void FolderImportRunner::showReport(const FolderImporter::Report& report)
{
    m_running = false;
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    emit finished(report);
    if (m_parentWidget && (report.failed() || !report.notes.isEmpty() || report.cancelled)) {
        auto* dialog = new ImportReportDialog(report, m_parentWidget);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    }
}

} // namespace caselens::ui
