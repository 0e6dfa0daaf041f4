// The open formats read back: JSON through import-dir with nothing lost, CSV parsed as RFC 4180,
// brat through import-dir, the HTML parsed with every piece of user text escaped; and the
// document model the PDF and HTML share.

#include "ExportTestSupport.h"
#include "core/caseformat/CaseArchive.h"
#include "core/caseformat/CaseJson.h"
#include "core/export/BatchExporter.h"
#include "core/export/CaseExporter.h"
#include "core/export/CsvWriter.h"
#include "core/import/FolderImporter.h"
#include "storage/QaScoreRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace caselens;

namespace {

std::unique_ptr<storage::Library> openLibrary(const QString& path)
{
    auto opened = storage::Library::open(path);
    if (!opened)
        qFatal("%s", qPrintable(opened.error()));
    auto library = std::move(opened).value();
    library->setAuthorName(QStringLiteral("Dr. Silva"));
    return library;
}

CaseId store(storage::Library& library, const CaseBundle& bundle)
{
    const auto stored = CaseArchive::store(library, bundle);
    if (!stored)
        qFatal("%s", qPrintable(stored.error()));
    return stored->id;
}

QStringList exportTo(const CaseBundle& bundle, CaseId id, ExportFormat format, const QString& folder,
                     bool teaching = false)
{
    ExportOptions options;
    options.format = format;
    options.teaching = teaching;
    const CaseExporter exporter(options);
    if (auto conf = CaseExporter::write(folder, exporter.folderFiles()); !conf)
        qFatal("%s", qPrintable(conf.error()));
    const auto files = exporter.exportCase(bundle, id, folder);
    if (!files)
        qFatal("%s", qPrintable(files.error()));
    return *files;
}

FolderImporter::Report importFolder(storage::Library& library, const QString& folder)
{
    const FolderImporter importer({});
    const auto plan = importer.plan(folder);
    if (!plan)
        qFatal("%s", qPrintable(plan.error()));
    return importer.run(library, *plan);
}

// RFC 4180: quoted fields may hold commas, quotes (doubled) and line breaks.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

// The case object without what a new library gives it anew.
QJsonObject comparable(QJsonObject caseObject)
{
    caseObject.remove(QStringLiteral("history"));
    caseObject.remove(QStringLiteral("created"));
    caseObject.remove(QStringLiteral("updated"));
    return caseObject;
}

} // namespace

class TestExportFormats : public QObject {
    Q_OBJECT
private slots:
    void jsonRoundTripThroughImportLosesNothing()
    {
        QTemporaryDir dir;
        auto first = openLibrary(dir.filePath(QStringLiteral("first.sqlite")));
        const CaseId id = store(*first, testsupport::demoBundle());
        const auto loaded = CaseArchive::load(*first, id);
        QVERIFY(loaded);
        QDir(dir.path()).mkpath(QStringLiteral("out1"));
        const QStringList files =
            exportTo(*loaded, id, ExportFormat::Json, dir.filePath(QStringLiteral("out1")));
        QCOMPARE(files.size(), 1);
        const QJsonObject exported = QJsonDocument::fromJson(testsupport::readAll(files.first())).object();
        const QJsonObject exportedCase = exported.value(QStringLiteral("case")).toObject();
        // The whole case: texts, the engine's findings (none were stored), annotations, history.
        QVERIFY(exportedCase.value(QStringLiteral("findings")).toArray().size() > 50);
        QVERIFY(exportedCase.value(QStringLiteral("links")).toArray().size() > 20);
        QCOMPARE(exportedCase.value(QStringLiteral("annotations")).toArray().size(), 5);
        const int historyLines = int(exportedCase.value(QStringLiteral("history")).toArray().size());
        QVERIFY(historyLines > 0);

        auto second = openLibrary(dir.filePath(QStringLiteral("second.sqlite")));
        const auto report = importFolder(*second, dir.filePath(QStringLiteral("out1")));
        QCOMPARE(report.added, 1);
        QVERIFY(report.problems.isEmpty());
        const auto reloaded = CaseArchive::load(*second, 1);
        QVERIFY(reloaded);
        QDir(dir.path()).mkpath(QStringLiteral("out2"));
        const QStringList again =
            exportTo(*reloaded, 1, ExportFormat::Json, dir.filePath(QStringLiteral("out2")));
        const QJsonObject reexported = QJsonDocument::fromJson(testsupport::readAll(again.first()))
                                           .object()
                                           .value(QStringLiteral("case"))
                                           .toObject();

        QCOMPARE(comparable(reexported), comparable(exportedCase));
        QCOMPARE(reexported.value(QStringLiteral("created")), exportedCase.value(QStringLiteral("created")));
        // Every history line comes back, in order, plus one: the new library's record of the import.
        QJsonArray history = reexported.value(QStringLiteral("history")).toArray();
        const QJsonArray before = exportedCase.value(QStringLiteral("history")).toArray();
        QCOMPARE(history.size(), historyLines + 1);
        for (qsizetype i = 0; i < history.size(); ++i)
            if (!before.contains(history[i])) {
                QCOMPARE(history[i].toObject().value(QStringLiteral("action")).toString(),
                         QStringLiteral("create"));
                history.removeAt(i);
                break;
            }
        QCOMPARE(history, before);
    }

    void theTranslationCheckScoreTravelsWithTheCase()
    {
        QTemporaryDir dir;
        auto library = openLibrary(dir.filePath(QStringLiteral("scored.sqlite")));
        const CaseId id = store(*library, testsupport::demoBundle());
        QVERIFY(storage::QaScoreRepository(*library).save(id, TranslationCheckSummary{97.5, 0, 1, 2}).ok());
        const auto loaded = CaseArchive::load(*library, id);
        QVERIFY(loaded && loaded->translationCheck);

        const QString json = exportTo(*loaded, id, ExportFormat::Json, dir.path()).first();
        const QJsonObject check = QJsonDocument::fromJson(testsupport::readAll(json))
                                      .object()
                                      .value(QStringLiteral("case"))
                                      .toObject()
                                      .value(QStringLiteral("translation_check"))
                                      .toObject();
        QCOMPARE(check.value(QStringLiteral("score")).toDouble(), 97.5);
        QCOMPARE(check.value(QStringLiteral("minor")).toInt(), 2);
        const auto parsed = CaseJson::fromBytes(testsupport::readAll(json));
        QVERIFY(parsed && parsed->translationCheck);
        QCOMPARE(parsed->translationCheck->major, 1);

        const QString html = QString::fromUtf8(
            testsupport::readAll(exportTo(*loaded, id, ExportFormat::Html, dir.path()).first()));
        QVERIFY(html.contains(QStringLiteral("Translation check")));
        QVERIFY(html.contains(QStringLiteral("score 97.5 of 100")));
    }

    void csvParsesBackWithLinkedPairsOnOneRow()
    {
        QTemporaryDir dir;
        CaseBundle bundle = testsupport::demoBundle();
        const QStringList files = exportTo(bundle, 3, ExportFormat::Csv, dir.path());
        QCOMPARE(QFileInfo(files.first()).suffix(), QStringLiteral("csv"));
        const QString text = QString::fromUtf8(testsupport::readAll(files.first()));
        QVERIFY(text.endsWith(QStringLiteral("\r\n")));
        const QList<QStringList> rows = parseCsv(text);
        QCOMPARE(rows.first(), CsvWriter::columns());
        bool sawCrp = false, sawNegated = false;
        for (const QStringList& row : rows.mid(1)) {
            QCOMPARE(row.size(), CsvWriter::columns().size());
            if (row[1] == u"procalcitonina 0,84") {
                QCOMPARE(row[0], QStringLiteral("lab_result"));
                QCOMPARE(row[2], QStringLiteral("procalcitonin 0.84"));
                QCOMPARE(row[3], QStringLiteral("0.84"));
                QCOMPARE(row[6], QStringLiteral("high"));
                QCOMPARE(row[7], QStringLiteral("proposed"));
                sawCrp = true;
            }
            if (row[1] == u"murmúrios") {
                QCOMPARE(row[2], QStringLiteral("murmurs"));
                QCOMPARE(row[8], QStringLiteral("true"));
                sawNegated = true;
            }
        }
        QVERIFY(sawCrp);
        QVERIFY(sawNegated);
    }

    void csvQuotesAndDefusesFormulas()
    {
        QCOMPARE(CsvWriter::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(CsvWriter::field(QStringLiteral("say \"no\"")), QStringLiteral("\"say \"\"no\"\"\""));
        QCOMPARE(CsvWriter::field(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
        CaseBundle bundle;
        bundle.aCase.documents << Document{
            0, DocumentRole::Original, QStringLiteral("en"), QStringLiteral("=HYPERLINK(\"x\") fever"), {}};
        Finding finding;
        finding.category = FindingCategory::Symptom;
        finding.start = 0;
        finding.end = 16;
        finding.text = QStringLiteral("=HYPERLINK(\"x\")");
        bundle.findings << finding;
        bundle.findingDocumentRoles << DocumentRole::Original;
        const QList<QStringList> rows = parseCsv(CsvWriter::render(bundle));
        QCOMPARE(rows[1][1], QStringLiteral("'=HYPERLINK(\"x\")"));
    }

    void bratReadsBackThroughImport()
    {
        QTemporaryDir dir;
        CaseBundle bundle = testsupport::demoBundle();
        const QString folder = dir.filePath(QStringLiteral("brat"));
        QDir().mkpath(folder);
        const QStringList files = exportTo(bundle, 4, ExportFormat::Brat, folder);
        QCOMPARE(files.size(), 4); // .txt and .ann per language
        QVERIFY(QFileInfo::exists(folder + QStringLiteral("/annotation.conf")));
        QVERIFY(QFileInfo::exists(folder + QStringLiteral("/visual.conf")));
        QCOMPARE(
            testsupport::readAll(
                folder + QStringLiteral("/case-4-septic-shock-secondary-to-l5-s1-spondylodiscitis.pt.txt")),
            bundle.aCase.original()->text.toUtf8());
        const QString ann = QString::fromUtf8(testsupport::readAll(
            folder + QStringLiteral("/case-4-septic-shock-secondary-to-l5-s1-spondylodiscitis.en.ann")));
        QVERIFY(ann.contains(QStringLiteral("\tAnnotatorNotes ")));
        QVERIFY(ann.contains(
            QStringLiteral("Translation error · terminology: cloxacillin, not cloxacycline (Dr. Silva")));
        QVERIFY(ann.contains(QStringLiteral("\tNegated T")));

        // What the engine found is what comes back, span for span, with its negation.
        const PreparedCase prepared = CaseExporter({}).prepare(bundle);
        auto library = openLibrary(dir.filePath(QStringLiteral("brat.sqlite")));
        const auto report = importFolder(*library, folder);
        QCOMPARE(report.added, 1);
        const auto imported = CaseArchive::load(*library, 1);
        QVERIFY(imported);
        QCOMPARE(imported->aCase.original()->text, bundle.aCase.original()->text);
        QCOMPARE(imported->aCase.translation()->language, QStringLiteral("en"));
        QCOMPARE(imported->findings.size(), prepared.bundle.findings.size());
        for (qsizetype i = 0; i < imported->findings.size(); ++i) {
            const Finding& back = imported->findings[i];
            const auto match = std::find_if(
                prepared.bundle.findings.cbegin(), prepared.bundle.findings.cend(), [&](const Finding& f) {
                    return f.start == back.start && f.end == back.end && f.category == back.category;
                });
            QVERIFY2(match != prepared.bundle.findings.cend(), qPrintable(back.text));
            QCOMPARE(back.negated, match->negated);
            QCOMPARE(back.uncertain, match->uncertain);
        }
    }

    void htmlEscapesEveryUserText()
    {
        QTemporaryDir dir;
        CaseBundle bundle = testsupport::demoBundle();
        bundle.aCase.title = QStringLiteral("A & B <script>alert(1)</script>");
        bundle.aCase.tags << QStringLiteral("<i>tag</i>");
        const QString path = exportTo(bundle, 5, ExportFormat::Html, dir.path()).first();
        const QByteArray html = testsupport::readAll(path);
        QVERIFY(!html.contains("<img") && !html.contains("<script") && !html.contains("<i>"));
        // Self-contained: nothing to fetch.
        QVERIFY(!html.contains("<link") && !html.contains("url(") && !html.contains("http"));

        // A strict XML parse of the whole file: every element is one we wrote, and the hostile
        // strings come out as text.
        const QSet<QString> allowed{
            QStringLiteral("html"),    QStringLiteral("head"),   QStringLiteral("meta"),
            QStringLiteral("title"),   QStringLiteral("style"),  QStringLiteral("body"),
            QStringLiteral("header"),  QStringLiteral("main"),   QStringLiteral("footer"),
            QStringLiteral("section"), QStringLiteral("h1"),     QStringLiteral("h2"),
            QStringLiteral("h3"),      QStringLiteral("p"),      QStringLiteral("div"),
            QStringLiteral("span"),    QStringLiteral("strong"), QStringLiteral("sup"),
            QStringLiteral("q"),       QStringLiteral("br"),     QStringLiteral("table"),
            QStringLiteral("thead"),   QStringLiteral("tbody"),  QStringLiteral("tr"),
            QStringLiteral("th"),      QStringLiteral("td")};
        QXmlStreamReader reader(html);
        QString text;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement())
                QVERIFY2(allowed.contains(reader.name().toString()), qPrintable(reader.name().toString()));
            if (reader.isCharacters())
                text += reader.text();
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QVERIFY(text.contains(testsupport::hostileComment()));
        QVERIFY(text.contains(QStringLiteral("A & B <script>alert(1)</script>")));
        QVERIFY(text.contains(QStringLiteral("<i>tag</i>")));
        QVERIFY(text.contains(QStringLiteral("Relato de caso clínico")));
        QVERIFY(text.contains(QStringLiteral("Clinical case report")));
        QVERIFY(text.contains(QStringLiteral("cloxacillin, not cloxacycline")));
    }

    void teachingHtmlKeepsTheDiagnosisForTheAnswerSection()
    {
        QTemporaryDir dir;
        const QString html = QString::fromUtf8(testsupport::readAll(
            exportTo(testsupport::demoBundle(), 6, ExportFormat::Html, dir.path(), true).first()));
        const qsizetype answer = html.indexOf(QStringLiteral("<section class=\"answer\">"));
        QVERIFY(answer > 0);
        for (const QString& word : {QStringLiteral("septic shock"), QStringLiteral("choque séptico"),
                                    QStringLiteral("spondylodiscitis"), QStringLiteral("espondilodiscite")}) {
            QVERIFY2(!html.left(answer).contains(word, Qt::CaseInsensitive), qPrintable(word));
            QVERIFY2(html.mid(answer).contains(word, Qt::CaseInsensitive), qPrintable(word));
        }
    }

    void sideBySideRowsHoldTheWholeTexts()
    {
        const CaseBundle bundle = testsupport::demoBundle();
        const CaseExporter exporter({});
        const ExportDocument document = exporter.document(exporter.prepare(bundle));
        QVERIFY(document.sideBySide);
        QVERIFY(document.rows.size() > 5);
        QString original, translation;
        for (const AlignedRow& row : document.rows) {
            for (const TextRun& run : row.original)
                if (run.kind == TextRun::Kind::Text)
                    original += run.text;
            for (const TextRun& run : row.translation)
                if (run.kind == TextRun::Kind::Text)
                    translation += run.text;
            original += QLatin1Char(' ');
            translation += QLatin1Char(' ');
        }
        QCOMPARE(original.simplified(), bundle.aCase.original()->text.simplified());
        QCOMPARE(translation.simplified(), bundle.aCase.translation()->text.simplified());
        // Annotations are numbered in reading order and the text carries their numbers.
        QCOMPARE(document.annotations.size(), 3);
        QCOMPARE(document.annotations[0].label, QStringLiteral("Key finding")); // in the original
        QCOMPARE(document.annotations[0].number, 1);
        QCOMPARE(document.annotations[2].label, QStringLiteral("Translation error"));
        QCOMPARE(document.annotations[2].quote, QStringLiteral("cloxacycline"));
        QCOMPARE(document.notes.size(), 2);
    }

    void storedDecisionsDecideWhatIsShown()
    {
        CaseBundle bundle = testsupport::demoBundle();
        const QString& text = bundle.aCase.original()->text;
        const auto finding = [&](const QString& words, FindingCategory category, FindingState state) {
            Finding f;
            f.start = int(text.indexOf(words));
            f.end = f.start + int(words.size());
            f.text = words;
            f.category = category;
            f.state = state;
            f.source = FindingSource::Extracted;
            return f;
        };
        bundle.findings << finding(QStringLiteral("creatinina 0,80"), FindingCategory::LabResult,
                                   FindingState::Accepted)
                        << finding(QStringLiteral("Mau estado geral"), FindingCategory::Symptom,
                                   FindingState::Rejected);
        bundle.findingDocumentRoles << DocumentRole::Original << DocumentRole::Original;
        const CaseExporter exporter({});
        const PreparedCase prepared = exporter.prepare(bundle);
        QVERIFY(!prepared.findingsFromEngine);
        const ExportDocument document = exporter.document(prepared);
        QCOMPARE(document.findings.size(), 1); // the rejected finding is not shown
        QCOMPARE(document.findings.first().originalText, QStringLiteral("creatinina 0,80"));
        QCOMPARE(document.findings.first().state, QStringLiteral("accepted"));
        QCOMPARE(document.legend, QList<FindingCategory>{FindingCategory::LabResult});
        for (const QString& notice : document.notices)
            QVERIFY(!notice.contains(QStringLiteral("findings engine")));
    }
};

QTEST_MAIN(TestExportFormats)
#include "tst_exportformats.moc"
