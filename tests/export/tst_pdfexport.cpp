// The annotated PDF: what pdftotext reads back from it (both languages, the findings table, the
// annotations, escaped user text), embedded fonts, page sizes, teaching mode's answer page, and
// rendering on worker threads.

#include "ExportTestSupport.h"
#include "core/export/CaseExporter.h"

#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentMap>

using namespace caselens;

namespace {

QString tool(const QString& name)
{
    return QStandardPaths::findExecutable(name);
}

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Exports the demo case and returns the PDF's path.
QString exportPdf(const QTemporaryDir& dir, ExportOptions options)
{
    options.format = ExportFormat::Pdf;
    options.generatedAt = QDateTime(QDate(2026, 11, 22), QTime(12, 0));
    const auto written = CaseExporter(options).exportCase(testsupport::demoBundle(), 7, dir.path());
    if (!written || written->size() != 1)
        qFatal("export failed: %s", written ? "no file" : qPrintable(written.error()));
    return written->first();
}

const QStringList kDiagnosisWords{QStringLiteral("septic shock"), QStringLiteral("choque séptico"),
                                  QStringLiteral("spondylodiscitis"), QStringLiteral("espondilodiscite")};

} // namespace

class TestPdfExport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (tool(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
    }

    void pdfHoldsBothLanguagesTheFindingsAndTheAnnotations()
    {
        QTemporaryDir dir;
        const QString pdf = exportPdf(dir, {});
        QVERIFY(QFileInfo(pdf).fileName().startsWith(QStringLiteral("case-7-septic-shock")));
        QVERIFY(testsupport::readAll(pdf).startsWith("%PDF-"));
        const QString text = testsupport::pdfText(pdf);
        for (const QString& expected :
             {QStringLiteral("Septic shock secondary to L5-S1 spondylodiscitis"),
              QStringLiteral("Original · Português"), QStringLiteral("Translation · English"),
              QStringLiteral("Relato de caso clínico"), QStringLiteral("Clinical case report"),
              QStringLiteral("Findings"), QStringLiteral("Category"), QStringLiteral("procalcitonina"),
              QStringLiteral("procalcitonin"), QStringLiteral("Annotations"),
              QStringLiteral("Translation error"), QStringLiteral("cloxacillin, not cloxacycline"),
              QStringLiteral("Case notes"), QStringLiteral("Good case for sepsis teaching"),
              QStringLiteral("Dr. Silva"), QStringLiteral("Review status"), QStringLiteral("Reviewed"),
              QStringLiteral("Page 1 of"), QStringLiteral("Exported from CaseLens on 2026-11-22")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        // User text prints as the characters it is made of.
        QVERIFY2(text.contains(testsupport::hostileComment()), qPrintable(text.right(2000)));
        // The findings table has the linked pair on one row: a row reads "Lab result ... CRP 115 ... 115
        // mg/L".
        const QString layout = testsupport::pdfText(pdf, true);
        const QRegularExpression crpRow(QStringLiteral("Lab result\\s+CRP 115\\s+CRP 115\\s+115\\s+mg/L"));
        QVERIFY2(crpRow.match(layout).hasMatch(), "no CRP row with both languages");
    }

    void fontsAreEmbedded()
    {
        if (tool(QStringLiteral("pdffonts")).isEmpty())
            QSKIP("pdffonts is not installed");
        QTemporaryDir dir;
        const QStringList lines = run(tool(QStringLiteral("pdffonts")), {exportPdf(dir, {})})
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 2);
        for (const QString& line : lines.mid(2)) {
            // name, type (two words), encoding, emb, sub, uni, object id, generation
            const QStringList fields = line.simplified().split(QLatin1Char(' '));
            QVERIFY2(fields.size() >= 7 && fields[fields.size() - 5] == u"yes", qPrintable(line));
        }
    }

    void pageSizesAndStackedLayout()
    {
        if (tool(QStringLiteral("pdfinfo")).isEmpty())
            QSKIP("pdfinfo is not installed");
        QTemporaryDir dir;
        ExportOptions options;
        options.layout = ExportLayout::Stacked;
        options.pageSize = PageSize::Letter;
        const QString letter = exportPdf(dir, options);
        QVERIFY(run(tool(QStringLiteral("pdfinfo")), {letter}).contains(QStringLiteral("612 x 792")));
        const QString text = testsupport::pdfText(letter);
        // Stacked: the whole original comes before the whole translation.
        const qsizetype originalEnd = text.indexOf(QStringLiteral("abcessos glúteos devido"));
        const qsizetype translationStart = text.indexOf(QStringLiteral("Clinical case report"));
        QVERIFY(originalEnd > 0 && translationStart > originalEnd);

        QTemporaryDir a4Dir;
        QVERIFY(
            run(tool(QStringLiteral("pdfinfo")), {exportPdf(a4Dir, {})}).contains(QStringLiteral("(A4)")));
    }

    void teachingPdfKeepsTheDiagnosisForTheAnswerPage()
    {
        QTemporaryDir dir;
        ExportOptions options;
        options.teaching = true;
        const QString pdf = exportPdf(dir, options);
        QCOMPARE(QFileInfo(pdf).fileName(),
                 QStringLiteral("case-7-teaching.pdf")); // no diagnosis in the name
        const QStringList pages = testsupport::pdfText(pdf).split(QLatin1Char('\f'));
        qsizetype answer = -1;
        for (qsizetype i = 0; i < pages.size() && answer < 0; ++i)
            if (pages[i].contains(QStringLiteral("Answer page")))
                answer = i;
        QVERIFY2(answer > 0, "no answer page");
        const QString casePages = pages.mid(0, answer).join(QLatin1Char('\f'));
        const QString answerPages = pages.mid(answer).join(QLatin1Char('\f'));
        for (const QString& word : kDiagnosisWords) {
            QVERIFY2(!casePages.contains(word, Qt::CaseInsensitive), qPrintable(word));
            QVERIFY2(answerPages.contains(word, Qt::CaseInsensitive), qPrintable(word));
        }
        // The case pages still read: the imaging report says "suggestive of […]", the questions are there.
        QVERIFY(casePages.contains(QStringLiteral("Teaching case")));
        QVERIFY(casePages.contains(QStringLiteral("sugestivo de […]")));
        QVERIFY(casePages.contains(QStringLiteral("Questions for discussion")));
        QVERIFY(casePages.contains(QStringLiteral("What explains the low back pain")));
        QVERIFY(casePages.contains(QStringLiteral("cloxacillin, not cloxacycline")));
        // The answer page: the diagnosis in both languages, the teaching point, the notes.
        QVERIFY(answerPages.contains(QStringLiteral("Choque séptico secundário a espondilodiscite")));
        QVERIFY(answerPages.contains(QStringLiteral("Septic shock secondary to spondylodiscitis")));
        QVERIFY(answerPages.contains(QStringLiteral("Take blood cultures before the first antibiotic.")));
        QVERIFY(answerPages.contains(QStringLiteral("Good case for sepsis teaching")));
        QVERIFY(!casePages.contains(QStringLiteral("Take blood cultures before")));
    }

    void rendersOnWorkerThreads()
    {
        QTemporaryDir dir;
        ExportOptions options;
        options.format = ExportFormat::Pdf;
        const CaseExporter exporter(options);
        const CaseBundle bundle = testsupport::demoBundle();
        const QList<CaseId> ids{1, 2, 3, 4, 5, 6};
        const QList<QStringList> written = QtConcurrent::blockingMapped(ids, [&](CaseId id) {
            const auto files = exporter.exportCase(bundle, id, dir.path());
            return files ? *files : QStringList();
        });
        for (const QStringList& files : written) {
            QCOMPARE(files.size(), 1);
            QVERIFY(testsupport::pdfText(files.first()).contains(QStringLiteral("Clinical case report")));
        }
    }
};

QTEST_MAIN(TestPdfExport)
#include "tst_pdfexport.moc"
