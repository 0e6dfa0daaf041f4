#pragma once

#include "core/import/FolderImporter.h"

#include <QDialog>

namespace caselens::ui {

// What an import did: counts, then every file that failed with its reason, then notes.
class ImportReportDialog final : public QDialog {
    Q_OBJECT
public:
    ImportReportDialog(const FolderImporter::Report& report, QWidget* parent = nullptr);
};

} // namespace caselens::ui
