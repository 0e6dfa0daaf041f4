#include "ImportReportDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace caselens::ui {

ImportReportDialog::ImportReportDialog(const FolderImporter::Report& report, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importReport"));
    setWindowTitle(tr("Import Report"));
    auto* layout = new QVBoxLayout(this);

    QString summary = tr("%n case(s) imported", nullptr, report.added);
    if (report.alreadyPresent > 0)
        summary += tr("; %n already in the library", nullptr, report.alreadyPresent);
    if (report.failed())
        summary += tr("; %n file(s) could not be imported", nullptr, int(report.problems.size()));
    if (report.cancelled)
        summary += tr(". The import was cancelled; the cases imported before that were kept");
    auto* heading = new QLabel(summary + QLatin1Char('.'), this);
    heading->setWordWrap(true);
    layout->addWidget(heading);

    if (report.failed()) {
        auto* problems = new QTreeWidget(this);
        problems->setObjectName(QStringLiteral("importProblems"));
        problems->setHeaderLabels({tr("File"), tr("Reason")});
        problems->setRootIsDecorated(false);
        for (const auto& problem : report.problems)
            problems->addTopLevelItem(new QTreeWidgetItem({problem.file, problem.reason}));
        problems->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
        layout->addWidget(problems, 2);
    }
    if (!report.notes.isEmpty()) {
        layout->addWidget(new QLabel(tr("Notes"), this));
        auto* notes = new QPlainTextEdit(report.notes.join(QLatin1Char('\n')), this);
        notes->setReadOnly(true);
        layout->addWidget(notes, 1);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 420);
}

} // namespace caselens::ui
