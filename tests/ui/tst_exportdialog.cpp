// The Export dialog: options follow the format, the preview shows pages, de-identification lists
// its changes before anything is written, and exports run in the background to the end.

#include "../export/ExportTestSupport.h"
#include "core/caseformat/CaseArchive.h"
#include "ui/ExportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace caselens;

class TestExportDialog : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Library> m_library;
    CaseId m_demo = 0;
    CaseId m_named = 0;

    static void choose(QComboBox* box, ExportFormat format)
    {
        box->setCurrentIndex(box->findData(toKey(format)));
    }

private slots:
    void initTestCase()
    {
        auto opened = storage::Library::open(m_dir.filePath(QStringLiteral("library.sqlite")));
        QVERIFY(opened);
        m_library = std::move(opened).value();
        m_demo = CaseArchive::store(*m_library, testsupport::demoBundle())->id;
        CaseBundle named;
        named.aCase.title = QStringLiteral("Fever");
        named.aCase.documents << Document{
            0,
            DocumentRole::Original,
            QStringLiteral("es"),
            QStringLiteral("Varón de 93 años valorado por el Dr. García el 12/03/2019."),
            {}};
        m_named = CaseArchive::store(*m_library, named)->id;
    }

    void optionsFollowTheFormat()
    {
        ui::ExportDialog dialog(*m_library, m_demo, ui::ExportDialog::Purpose::Export);
        auto* format = dialog.findChild<QComboBox*>(QStringLiteral("exportFormat"));
        auto* teaching = dialog.findChild<QCheckBox*>(QStringLiteral("exportTeaching"));
        teaching->setChecked(true);
        QVERIFY(dialog.options().teaching);
        choose(format, ExportFormat::Csv);
        QVERIFY(!teaching->isEnabled());
        QVERIFY(!dialog.options().teaching);
        QCOMPARE(dialog.options().format, ExportFormat::Csv);
        // Without a current case, "This case" cannot be chosen.
        ui::ExportDialog noCase(*m_library, 0, ui::ExportDialog::Purpose::Print);
        QVERIFY(!noCase.findChild<QRadioButton*>(QStringLiteral("exportThisCase"))->isEnabled());
        QVERIFY(noCase.findChild<QRadioButton*>(QStringLiteral("exportAllCases"))->isChecked());
    }

    void previewShowsPages()
    {
        ui::ExportDialog dialog(*m_library, m_demo, ui::ExportDialog::Purpose::Print);
        dialog.show();
        auto* preview = dialog.findChild<QPrintPreviewWidget*>(QStringLiteral("exportPreview"));
        QTRY_VERIFY_WITH_TIMEOUT(preview->pageCount() >= 2, 20000);
    }

    void deidentificationListsWhatChangesBeforeExporting()
    {
        ui::ExportDialog dialog(*m_library, m_named, ui::ExportDialog::Purpose::Export);
        dialog.show();
        auto* masked = dialog.findChild<QTreeWidget*>(QStringLiteral("exportMasked"));
        QVERIFY(!masked->isVisible());
        dialog.findChild<QCheckBox*>(QStringLiteral("exportDeidentify"))->setChecked(true);
        QVERIFY(masked->isVisible());
        QStringList was;
        for (int i = 0; i < masked->topLevelItemCount(); ++i)
            was << masked->topLevelItem(i)->text(3);
        QVERIFY2(was.contains(QStringLiteral("García")), qPrintable(was.join(QLatin1Char('|'))));
        QVERIFY(was.contains(QStringLiteral("12/03/2019")));
        QVERIFY(was.contains(QStringLiteral("93")));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.json")}).size(), 0); // nothing written yet
    }

    void exportsInTheBackground()
    {
        QTemporaryDir out;
        ui::ExportDialog dialog(*m_library, m_demo, ui::ExportDialog::Purpose::Export);
        dialog.setFolder(out.path());
        choose(dialog.findChild<QComboBox*>(QStringLiteral("exportFormat")), ExportFormat::Html);
        dialog.findChild<QPushButton*>(QStringLiteral("exportButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.exportedFiles().isEmpty(), 30000);
        QCOMPARE(dialog.exportedFiles().size(), 1);
        QVERIFY(testsupport::readAll(dialog.exportedFiles().first()).contains("Clinical case report"));
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("exportOpenResult"))->isEnabled());

        // Every case, as PDF.
        QTemporaryDir all;
        ui::ExportDialog batch(*m_library, m_demo, ui::ExportDialog::Purpose::Export);
        batch.setFolder(all.path());
        batch.findChild<QRadioButton*>(QStringLiteral("exportAllCases"))->click();
        batch.startExport();
        QTRY_VERIFY_WITH_TIMEOUT(batch.exportedFiles().size() == 2, 60000);
        QVERIFY(batch.findChild<QLabel*>(QStringLiteral("exportStatus"))
                    ->text()
                    .contains(QStringLiteral("Exported 2")));
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
