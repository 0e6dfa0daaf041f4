#pragma once

#include "core/export/BatchExporter.h"
#include "core/export/ExportOptions.h"
#include "model/CaseBundle.h"
#include "storage/Library.h"

#include <QDialog>

#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPrintPreviewWidget;
class QPrinter;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace caselens::ui {

class ExportRunner;

// File ▸ Export… and File ▸ Print…: what to export (this case, the cases with a status, all),
// the format and its options, a live preview of the printed document, the list of what
// de-identification changes (before anything is written), Print… and Print Preview…, and the
// export itself in the background with progress, Stop, and "Open the Result" at the end.
class ExportDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Purpose { Export, Print };

    ExportDialog(storage::Library& library, CaseId currentCase, Purpose purpose, QWidget* parent = nullptr);
    ~ExportDialog() override;

    ExportOptions options() const;
    QString folder() const;
    void setFolder(const QString& folder);
    // What the last export wrote (for "Open the Result" and tests).
    const QStringList& exportedFiles() const { return m_exported; }

    // Starts the export (the Export button).
    void startExport();

protected:
    void reject() override;

private:
    void buildOptions(QWidget* panel);
    void optionsChanged();
    void refreshPreview();
    void refreshMasked();
    void paintDocument(QPrinter* printer);
    void print();
    void printPreview();
    void exportFinished(const BatchExporter::Report& report);
    void exportFailed(const QString& message);
    void openResult();
    void setBusy(bool busy);
    Result<QList<CaseId>> selectedCases() const;
    // The case the preview and Print show: the current one, else the first selected.
    std::optional<CaseBundle> previewBundle();

    storage::Library& m_library;
    CaseId m_currentCase = 0;
    CaseId m_previewCase = 0;
    std::optional<CaseBundle> m_previewBundle;

    QButtonGroup* m_scope = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_format = nullptr;
    QComboBox* m_layout = nullptr;
    QComboBox* m_pageSize = nullptr;
    QCheckBox* m_teaching = nullptr;
    QCheckBox* m_deidentify = nullptr;
    QTreeWidget* m_masked = nullptr;
    QLabel* m_maskedNote = nullptr;
    QLineEdit* m_folder = nullptr;
    QPrintPreviewWidget* m_preview = nullptr;
    std::unique_ptr<QPrinter> m_printer;
    QProgressBar* m_progress = nullptr;
    QLabel* m_statusLine = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_stopButton = nullptr;
    QPushButton* m_openButton = nullptr;
    ExportRunner* m_runner = nullptr;
    QStringList m_exported;
};

} // namespace caselens::ui
