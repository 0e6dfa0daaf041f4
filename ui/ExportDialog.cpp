#include "ExportDialog.h"

#include "ExportRunner.h"
#include "core/caseformat/CaseArchive.h"
#include "core/deid/Deidentifier.h"
#include "core/export/CaseExporter.h"
#include "core/export/ExportSelection.h"
#include "core/export/PagedPainter.h"
#include "core/export/PdfWriter.h"
#include "core/export/TextDocumentWriter.h"
#include "storage/CaseRepository.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace caselens::ui {
namespace {

enum Scope { ThisCase, WithStatus, AllCases };
constexpr int kMaskedCasesShown = 50; // the list is for reading, not for a whole library

} // namespace

ExportDialog::ExportDialog(storage::Library& library, CaseId currentCase, Purpose purpose, QWidget* parent)
    : QDialog(parent)
    , m_library(library)
    , m_currentCase(currentCase)
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
    , m_runner(new ExportRunner(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(purpose == Purpose::Print ? tr("Print Case") : tr("Export"));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    auto* panel = new QWidget(splitter);
    buildOptions(panel);
    m_preview = new QPrintPreviewWidget(m_printer.get(), splitter);
    m_preview->setObjectName(QStringLiteral("exportPreview"));
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &ExportDialog::paintDocument);
    splitter->addWidget(panel);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({380, 620});

    auto* buttons = new QDialogButtonBox(this);
    auto* printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    auto* previewButton = buttons->addButton(tr("Print Pre&view…"), QDialogButtonBox::ActionRole);
    m_exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_stopButton = buttons->addButton(tr("&Stop"), QDialogButtonBox::ActionRole);
    m_stopButton->setEnabled(false);
    m_openButton = buttons->addButton(tr("&Open the Result"), QDialogButtonBox::ActionRole);
    m_openButton->setObjectName(QStringLiteral("exportOpenResult"));
    m_openButton->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Close);
    (purpose == Purpose::Print ? printButton : m_exportButton)->setDefault(true);
    connect(printButton, &QPushButton::clicked, this, &ExportDialog::print);
    connect(previewButton, &QPushButton::clicked, this, &ExportDialog::printPreview);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_stopButton, &QPushButton::clicked, m_runner, &ExportRunner::cancel);
    connect(m_openButton, &QPushButton::clicked, this, &ExportDialog::openResult);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_runner, &ExportRunner::progress, this, [this](int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
        m_statusLine->setText(tr("Exported %1 of %2 cases…").arg(done).arg(total));
    });
    connect(m_runner, &ExportRunner::finished, this, &ExportDialog::exportFinished);
    connect(m_runner, &ExportRunner::failed, this, &ExportDialog::exportFailed);

    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_statusLine = new QLabel(this);
    m_statusLine->setObjectName(QStringLiteral("exportStatus"));
    m_statusLine->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_statusLine);
    layout->addWidget(buttons);
    resize(1080, 760);
    optionsChanged();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::buildOptions(QWidget* panel)
{
    auto* form = new QFormLayout(panel);
    m_scope = new QButtonGroup(this);
    auto* thisCase = new QRadioButton(tr("This &case"), panel);
    auto* withStatus = new QRadioButton(tr("Cases with s&tatus:"), panel);
    const auto count = storage::CaseRepository(m_library).count();
    auto* all = new QRadioButton(tr("&All cases (%1)").arg(count ? *count : 0), panel);
    thisCase->setObjectName(QStringLiteral("exportThisCase"));
    all->setObjectName(QStringLiteral("exportAllCases"));
    m_scope->addButton(thisCase, ThisCase);
    m_scope->addButton(withStatus, WithStatus);
    m_scope->addButton(all, AllCases);
    thisCase->setEnabled(m_currentCase != 0);
    (m_currentCase != 0 ? thisCase : all)->setChecked(true);
    m_status = new QComboBox(panel);
    for (const QString& key : reviewStatusKeys())
        m_status->addItem(displayName(*reviewStatusFromKey(key)), key);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(withStatus);
    statusRow->addWidget(m_status, 1);
    auto* scopeBox = new QVBoxLayout;
    scopeBox->addWidget(thisCase);
    scopeBox->addLayout(statusRow);
    scopeBox->addWidget(all);
    form->addRow(tr("Export:"), scopeBox);

    m_format = new QComboBox(panel);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("PDF — annotated document"), toKey(ExportFormat::Pdf));
    m_format->addItem(tr("HTML — the same, one file"), toKey(ExportFormat::Html));
    m_format->addItem(tr("JSON — the whole case, for CaseLens"), toKey(ExportFormat::Json));
    m_format->addItem(tr("CSV — the findings table"), toKey(ExportFormat::Csv));
    m_format->addItem(tr("brat — .txt + .ann per language"), toKey(ExportFormat::Brat));
    form->addRow(tr("&Format:"), m_format);
    m_layout = new QComboBox(panel);
    m_layout->addItem(tr("Side by side, aligned by sentence"), toKey(ExportLayout::SideBySide));
    m_layout->addItem(tr("One after the other"), toKey(ExportLayout::Stacked));
    form->addRow(tr("&Layout:"), m_layout);
    m_pageSize = new QComboBox(panel);
    m_pageSize->addItem(QStringLiteral("A4"), toKey(PageSize::A4));
    m_pageSize->addItem(QStringLiteral("Letter"), toKey(PageSize::Letter));
    form->addRow(tr("&Page size:"), m_pageSize);
    m_teaching = new QCheckBox(tr("&Teaching version: the diagnosis on an answer page"), panel);
    m_teaching->setObjectName(QStringLiteral("exportTeaching"));
    form->addRow(QString(), m_teaching);
    m_deidentify = new QCheckBox(tr("&De-identify: shift dates, mask names, places, numbers"), panel);
    m_deidentify->setObjectName(QStringLiteral("exportDeidentify"));
    form->addRow(QString(), m_deidentify);
    m_maskedNote = new QLabel(panel);
    m_maskedNote->setWordWrap(true);
    m_masked = new QTreeWidget(panel);
    m_masked->setObjectName(QStringLiteral("exportMasked"));
    m_masked->setHeaderLabels({tr("Case"), tr("What"), tr("Where"), tr("Was"), tr("Becomes")});
    m_masked->setRootIsDecorated(false);
    m_masked->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    form->addRow(m_maskedNote);
    form->addRow(m_masked);

    m_folder = new QLineEdit(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                 .filePath(QStringLiteral("CaseLens exports")),
                             panel);
    m_folder->setObjectName(QStringLiteral("exportFolder"));
    auto* choose = new QPushButton(tr("C&hoose…"), panel);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Export To"), m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(folder);
    });
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    auto* folderLabel = new QLabel(tr("F&older:"), panel);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);

    for (QComboBox* box : {m_status, m_format, m_layout, m_pageSize})
        connect(box, &QComboBox::currentIndexChanged, this, &ExportDialog::optionsChanged);
    for (QCheckBox* box : {m_teaching, m_deidentify})
        connect(box, &QCheckBox::toggled, this, &ExportDialog::optionsChanged);
    connect(m_scope, &QButtonGroup::idClicked, this, &ExportDialog::optionsChanged);
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    options.format = exportFormatFromKey(m_format->currentData().toString()).value_or(ExportFormat::Pdf);
    options.layout =
        exportLayoutFromKey(m_layout->currentData().toString()).value_or(ExportLayout::SideBySide);
    options.pageSize = pageSizeFromKey(m_pageSize->currentData().toString()).value_or(PageSize::A4);
    options.teaching = m_teaching->isChecked() && options.teachingApplies();
    options.deidentify = m_deidentify->isChecked();
    return options;
}

QString ExportDialog::folder() const
{
    return m_folder->text().trimmed();
}

void ExportDialog::setFolder(const QString& folder)
{
    m_folder->setText(folder);
}

Result<QList<CaseId>> ExportDialog::selectedCases() const
{
    ExportSelection selection;
    switch (m_scope->checkedId()) {
    case ThisCase:
        selection.ids << m_currentCase;
        break;
    case WithStatus:
        selection.status = reviewStatusFromKey(m_status->currentData().toString());
        break;
    default:
        selection.all = true;
    }
    return selection.resolve(m_library);
}

void ExportDialog::optionsChanged()
{
    const ExportOptions chosen = options();
    const bool document = chosen.teachingApplies();
    m_layout->setEnabled(document);
    m_pageSize->setEnabled(document);
    m_teaching->setEnabled(document);
    m_status->setEnabled(m_scope->checkedId() == WithStatus);
    refreshMasked();
    refreshPreview();
}

std::optional<CaseBundle> ExportDialog::previewBundle()
{
    CaseId id = m_currentCase;
    if (id == 0) {
        const auto selected = selectedCases();
        id = selected && !selected->isEmpty() ? selected->first() : 0;
    }
    if (id != m_previewCase || !m_previewBundle) {
        m_previewCase = id;
        m_previewBundle.reset();
        if (id != 0)
            if (auto loaded = CaseArchive::load(m_library, id))
                m_previewBundle = std::move(loaded).value();
    }
    return m_previewBundle;
}

void ExportDialog::refreshPreview()
{
    m_printer->setPageLayout(PdfWriter::pageLayout(options().pageSize));
    m_preview->updatePreview();
}

void ExportDialog::paintDocument(QPrinter* printer)
{
    const auto bundle = previewBundle();
    if (!bundle)
        return;
    ExportOptions chosen = options();
    chosen.format = ExportFormat::Pdf; // the printed form of whatever is exported
    const CaseExporter exporter(chosen);
    const ExportDocument document = exporter.document(exporter.prepare(*bundle));
    const auto text =
        TextDocumentWriter::write(document, printer->pageLayout().paintRect(QPageLayout::Point).width());
    const auto painted = PagedPainter::paint(
        *text, *printer, {document.runningHeader, QStringLiteral("CaseLens"), document.footer});
    if (!painted)
        m_statusLine->setText(painted.error());
}

void ExportDialog::refreshMasked()
{
    const bool shown = m_deidentify->isChecked();
    m_masked->setVisible(shown);
    m_maskedNote->setVisible(shown);
    m_masked->clear();
    if (!shown)
        return;
    const auto ids = selectedCases();
    if (!ids) {
        m_maskedNote->setText(ids.error());
        return;
    }
    int changes = 0;
    for (const CaseId id : ids->mid(0, kMaskedCasesShown)) {
        const auto bundle = CaseArchive::load(m_library, id);
        if (!bundle)
            continue;
        for (const DeidReplacement& replacement : Deidentifier::apply(*bundle).replacements) {
            const QString where =
                replacement.language.isEmpty()
                    ? replacement.field
                    : QStringLiteral("%1 (%2)").arg(replacement.field, replacement.language);
            m_masked->addTopLevelItem(
                new QTreeWidgetItem({QString::number(id), displayName(replacement.kind), where,
                                     replacement.original.simplified(), replacement.replacement}));
            ++changes;
        }
    }
    QString note = changes == 0
                       ? tr("Nothing to change was found. Read the texts anyway: names written without a "
                            "title or a hospital word can slip through.")
                       : tr("%n change(s) will be made; check them before exporting.", nullptr, changes);
    if (ids->size() > kMaskedCasesShown)
        note += QLatin1Char(' ') +
                tr("Showing the first %1 of %2 cases.").arg(kMaskedCasesShown).arg(ids->size());
    m_maskedNote->setText(note);
}

void ExportDialog::print()
{
    QPrintDialog dialog(m_printer.get(), this);
    dialog.setWindowTitle(tr("Print Case"));
    if (dialog.exec() == QDialog::Accepted)
        paintDocument(m_printer.get());
}

void ExportDialog::printPreview()
{
    QPrintPreviewDialog dialog(m_printer.get(), this);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &ExportDialog::paintDocument);
    dialog.exec();
}

void ExportDialog::startExport()
{
    if (m_runner->isRunning())
        return;
    const auto ids = selectedCases();
    if (!ids || ids->isEmpty()) {
        m_statusLine->setText(ids ? tr("No case to export: none matches.") : ids.error());
        return;
    }
    if (folder().isEmpty()) {
        m_statusLine->setText(tr("Choose a folder to export to."));
        return;
    }
    m_exported.clear();
    m_openButton->setEnabled(false);
    setBusy(true);
    m_progress->setRange(0, int(ids->size()));
    m_progress->setValue(0);
    m_statusLine->setText(tr("Exporting %n case(s)…", nullptr, int(ids->size())));
    m_runner->start(m_library.path(), *ids, options(), folder());
}

void ExportDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_exportButton->setEnabled(!busy);
    m_stopButton->setEnabled(busy);
}

void ExportDialog::exportFinished(const BatchExporter::Report& report)
{
    setBusy(false);
    m_exported = report.files;
    QString text =
        tr("Exported %n case(s) to %1.", nullptr, report.exported).arg(QDir::toNativeSeparators(folder()));
    if (report.cancelled)
        text += QLatin1Char(' ') + tr("Stopped before the end: the cases done so far are there.");
    for (const auto& problem : report.problems)
        text += QLatin1Char('\n') + tr("Case %1: %2").arg(problem.id).arg(problem.reason);
    m_statusLine->setText(text);
    m_openButton->setEnabled(!m_exported.isEmpty());
}

void ExportDialog::exportFailed(const QString& message)
{
    setBusy(false);
    m_statusLine->setText(message);
}

void ExportDialog::openResult()
{
    // One file opens in its application; several, their folder.
    const QString target = m_exported.size() == 1 ? m_exported.first() : folder();
    QDesktopServices::openUrl(QUrl::fromLocalFile(target));
}

void ExportDialog::reject()
{
    m_runner->cancel();
    QDialog::reject();
}

} // namespace caselens::ui
