#include "TestSupport.h"
#include "core/caseformat/CaseArchive.h"
#include "core/caseformat/CaseJson.h"
#include "core/import/FolderImporter.h"
#include "storage/AnnotationRepository.h"
#include "storage/CaseRepository.h"
#include "storage/FindingRepository.h"

#include <QJsonDocument>
#include <QTest>

#include <atomic>

using namespace caselens;

class TestFolderImporter : public QObject {
    Q_OBJECT
private:
    QString demo(const QString& file) const
    {
        return testsupport::sourcePath(QStringLiteral("resources/demo/") + file);
    }

    std::unique_ptr<storage::Library> openLibrary(const QTemporaryDir& dir)
    {
        auto opened = storage::Library::open(dir.filePath(QStringLiteral("library.sqlite")));
        if (!opened)
            qFatal("%s", qPrintable(opened.error()));
        auto library = std::move(opened).value();
        library->setAuthorName(QStringLiteral("importer"));
        return library;
    }

    // A folder with a pt/en pair, an es/en pair in a subfolder, a single text, brat, and bad files.
    void makeFolder(const QTemporaryDir& dir)
    {
        QDir(dir.path()).mkpath(QStringLiteral("cases/sub"));
        const QString root = dir.filePath(QStringLiteral("cases/"));
        QFile::copy(demo(QStringLiteral("septic-shock-47m.pt.txt")), root + QStringLiteral("shock.pt.txt"));
        QFile::copy(demo(QStringLiteral("septic-shock-47m.en.txt")), root + QStringLiteral("shock.en.txt"));
        QFile::copy(demo(QStringLiteral("codiesp-S0211-69952011000500011-2.es.txt")),
                    root + QStringLiteral("sub/renal.es.txt"));
        QFile::copy(demo(QStringLiteral("codiesp-S0211-69952011000500011-2.en.txt")),
                    root + QStringLiteral("sub/renal.en.txt"));
        QFile::copy(demo(QStringLiteral("codiesp-S1139-76322010000300008-1.es.txt")),
                    root + QStringLiteral("osteo.txt"));
        // brat with Windows line ends: offsets count the CR, the library does not.
        testsupport::writeFile(root + QStringLiteral("note.en.txt"),
                               QByteArray("Fever 39.\r\nNo vomiting.\r\n"));
        testsupport::writeFile(root + QStringLiteral("note.en.ann"),
                               QByteArray("T1\tSign_symptom 0 5\tFever\nT2\tSign_symptom 14 22\tvomiting\n"
                                          "E1\tSign_symptom:T2\nA1\tPOLARITY E1 NEG\n"));
        testsupport::writeFile(root + QStringLiteral("scan.txt"), QByteArray("\x89PNG\r\n\x1A\n\0\0\0", 11));
        testsupport::writeFile(root + QStringLiteral("broken.json"),
                               QByteArray("{\"format\": \"caselens-case\", "));
        testsupport::writeFile(root + QStringLiteral("lonely.ann"), QByteArray("T1\tAge 0 2\t47\n"));
        testsupport::writeFile(root + QStringLiteral("README.md"), QByteArray("# notes\n"));
    }

private slots:
    void importsAFolderReportingEachBadFile()
    {
        QTemporaryDir dir;
        makeFolder(dir);
        auto library = openLibrary(dir);
        FolderImporter importer(FolderImporter::Options{{}, {QStringLiteral("batch-1")}, 2});
        const auto plan = importer.plan(dir.filePath(QStringLiteral("cases")));
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QList<int> progress;
        const auto report = importer.run(*library, *plan, [&](int done, int) { progress << done; });

        QCOMPARE(report.added, 4);
        QCOMPARE(report.problems.size(), 3);
        QStringList problemFiles;
        for (const auto& problem : report.problems)
            problemFiles << problem.file;
        problemFiles.sort();
        QCOMPARE(problemFiles, QStringList({QStringLiteral("broken.json"), QStringLiteral("lonely.ann"),
                                            QStringLiteral("scan")}));
        QCOMPARE(report.ignoredFiles, 1);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last(), int(plan->units.size()));

        storage::CaseRepository cases(*library);
        QMap<QString, Case> byTitle;
        const auto summaries = cases.list(0, 50);
        for (const CaseSummary& summary : *summaries)
            byTitle.insert(summary.title, *cases.load(summary.id));
        QCOMPARE(byTitle.value(QStringLiteral("shock")).languages(),
                 QStringList({QStringLiteral("pt"), QStringLiteral("en")}));
        QCOMPARE(byTitle.value(QStringLiteral("renal")).languages(),
                 QStringList({QStringLiteral("es"), QStringLiteral("en")}));
        QCOMPARE(byTitle.value(QStringLiteral("renal")).source, QStringLiteral("sub/renal"));
        QCOMPARE(byTitle.value(QStringLiteral("osteo")).languages(), QStringList({QStringLiteral("es")}));
        QCOMPARE(byTitle.value(QStringLiteral("shock")).tags, QStringList({QStringLiteral("batch-1")}));

        // The brat spans moved with the text when CRLF became LF.
        const Case note = byTitle.value(QStringLiteral("note"));
        QCOMPARE(note.original()->text, QStringLiteral("Fever 39.\nNo vomiting.\n"));
        const auto findings = storage::FindingRepository(*library).forDocument(note.original()->id);
        QCOMPARE(findings->size(), 2);
        QCOMPARE(findings->at(1).text, QStringLiteral("vomiting"));
        QCOMPARE(note.original()->text.mid(findings->at(1).start, findings->at(1).length()),
                 QStringLiteral("vomiting"));
        QVERIFY(findings->at(1).negated);
        QCOMPARE(findings->at(1).state, FindingState::Accepted);

        // Importing the same folder again adds nothing.
        const auto again = importer.run(*library, *plan);
        QCOMPARE(again.added, 0);
        QCOMPARE(again.alreadyPresent, 4);
    }

    void stoppingKeepsTheFinishedBatchesAndWaitsForTheOneBeingRead()
    {
        // The next batch is read while one is stored: a stop after the first batch leaves its
        // cases, drops the batch being read, and returns only when that reading has ended.
        QTemporaryDir dir;
        makeFolder(dir);
        auto library = openLibrary(dir);
        FolderImporter importer(FolderImporter::Options{{}, {}, 1});
        const auto plan = importer.plan(dir.filePath(QStringLiteral("cases")));
        QVERIFY(plan.ok());
        std::atomic<bool> stop{false};
        const auto report = importer.run(*library, *plan, [&](int, int) { stop = true; }, &stop);
        QVERIFY(report.cancelled);
        QCOMPARE(report.added + report.problems.size() - plan->problems.size(), 1);
        QCOMPARE(*storage::CaseRepository(*library).count(), report.added);
    }

    void originalLanguageChoosesTheOriginal()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(QStringLiteral("three"));
        const QString root = dir.filePath(QStringLiteral("three/"));
        QFile::copy(demo(QStringLiteral("septic-shock-47m.pt.txt")), root + QStringLiteral("c.pt.txt"));
        QFile::copy(demo(QStringLiteral("septic-shock-47m.en.txt")), root + QStringLiteral("c.en.txt"));
        QFile::copy(demo(QStringLiteral("codiesp-S1139-76322010000300008-1.es.txt")),
                    root + QStringLiteral("c.es.txt"));

        const auto ambiguous = FolderImporter({}).plan(root);
        QVERIFY(ambiguous.ok());
        QCOMPARE(ambiguous->units.size(), 0);
        QCOMPARE(ambiguous->problems.size(), 1);
        QVERIFY(ambiguous->problems.first().reason.contains(QStringLiteral("--original-lang")));

        const auto chosen = FolderImporter({QStringLiteral("pt"), {}, 1000}).plan(root);
        QCOMPARE(chosen->units.size(), 1);
        QCOMPARE(chosen->units.first().originalLanguage, QStringLiteral("pt"));
        QCOMPARE(chosen->units.first().translationLanguage, QStringLiteral("en"));
    }

    void caseFilesRoundTripWithNothingLost()
    {
        QTemporaryDir dir;
        auto library = openLibrary(dir);
        storage::CaseRepository cases(*library);
        Case aCase;
        aCase.title = QStringLiteral("Round trip <b>");
        aCase.tags = {QStringLiteral("x")};
        aCase.documents << Document{0,
                                    DocumentRole::Original,
                                    QStringLiteral("pt"),
                                    QStringLiteral("Sem febre. PCR 115."),
                                    {}}
                        << Document{0,
                                    DocumentRole::Translation,
                                    QStringLiteral("en"),
                                    QStringLiteral("No fever. CRP 115."),
                                    {}};
        const auto added = cases.add(aCase);
        QVERIFY(cases.setStatus(added->id, ReviewStatus::Reviewed).ok());
        const Case stored = *cases.load(added->id);
        storage::FindingRepository findings(*library);
        Finding fever;
        fever.start = 4;
        fever.end = 9;
        fever.category = FindingCategory::Symptom;
        fever.text = QStringLiteral("febre");
        fever.negated = true;
        Finding crp;
        crp.start = 11;
        crp.end = 18;
        crp.category = FindingCategory::LabResult;
        crp.value = 115;
        crp.unit = QStringLiteral("mg/L");
        crp.flag = ValueFlag::High;
        const auto ptIds =
            findings.replaceExtracted(stored.original()->id, {fever, crp}, QStringLiteral("v"));
        crp.start = 10;
        crp.end = 17;
        const auto enIds = findings.replaceExtracted(stored.translation()->id, {crp}, QStringLiteral("v"));
        QVERIFY(findings.setState(ptIds->at(0), FindingState::Rejected).ok());
        QVERIFY(findings.replaceLinks(added->id, {{ptIds->at(1), enIds->at(0), 0.8}}).ok());
        Annotation note;
        note.caseId = added->id;
        note.documentId = stored.translation()->id;
        note.start = 0;
        note.end = 9;
        note.label = QStringLiteral("Translation error");
        note.subtype = QStringLiteral("omission");
        note.comment = QStringLiteral("<img src=x>");
        QVERIFY(storage::AnnotationRepository(*library).add(note).ok());

        const auto bundle = CaseArchive::load(*library, added->id);
        QVERIFY(bundle.ok());
        const QByteArray json = QJsonDocument(CaseJson::toJson(*bundle)).toJson();

        QTemporaryDir other;
        auto second = openLibrary(other);
        second->setAuthorName(QStringLiteral("someone else"));
        const auto read = CaseJson::fromBytes(json);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        const auto restored = CaseArchive::store(*second, *read);
        QVERIFY2(restored.ok(), qPrintable(restored.error()));
        const auto back = CaseArchive::load(*second, restored->id);
        QVERIFY(back.ok());

        QCOMPARE(back->aCase.title, aCase.title);
        QCOMPARE(back->aCase.status, ReviewStatus::Reviewed);
        QCOMPARE(back->aCase.tags, aCase.tags);
        QCOMPARE(back->aCase.languages(), stored.languages());
        QCOMPARE(back->aCase.original()->text, stored.original()->text);
        QCOMPARE(back->findings.size(), 3);
        QCOMPARE(back->findings[0].state, FindingState::Rejected);
        QVERIFY(back->findings[0].negated);
        QCOMPARE(*back->findings[1].value, 115.0);
        QCOMPARE(back->findings[1].flag, ValueFlag::High);
        QCOMPARE(back->findingDocumentRoles[2], DocumentRole::Translation);
        QCOMPARE(back->links.size(), 1);
        QCOMPARE(back->links[0].originalFinding, 1);
        QCOMPARE(back->links[0].translationFinding, 2);
        QCOMPARE(back->annotations.size(), 1);
        QCOMPARE(back->annotations[0].comment, QStringLiteral("<img src=x>"));
        QCOMPARE(back->annotations[0].author,
                 QStringLiteral("importer")); // who wrote it, not who imported it
        QCOMPARE(back->annotations[0].createdAt, bundle->annotations[0].createdAt);
        QCOMPARE(back->annotationDocumentRoles[0], DocumentRole::Translation);
        // Every line of the history came along (plus one saying the case was imported).
        for (const AuditEntry& entry : bundle->history) {
            bool found = false;
            for (const AuditEntry& line : back->history)
                found = found ||
                        (line.at == entry.at && line.action == entry.action && line.entity == entry.entity &&
                         line.author == entry.author && line.newValue == entry.newValue);
            QVERIFY2(found, qPrintable(entry.entity + QLatin1Char(' ') + entry.action));
        }
        // A second import of the same file is recognised.
        QVERIFY(CaseArchive::store(*second, *read)->alreadyPresent);
    }

    void caseFilesFromTheFutureOrBrokenAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        QTest::newRow("newer") << QByteArray("{\"format\":\"caselens-case\",\"version\":99,\"case\":{}}")
                               << "newer CaseLens";
        QTest::newRow("other format") << QByteArray("{\"format\":\"other\"}") << "not a CaseLens case file";
        QTest::newRow("truncated") << QByteArray("{\"format\":\"caselens-case\",\"vers") << "not valid JSON";
        QTest::newRow("array") << QByteArray("[1,2]") << "not a CaseLens case file";
        QTest::newRow("no original")
            << QByteArray("{\"format\":\"caselens-case\",\"version\":1,\"case\":{\"documents\":[]}}")
            << "no original";
        QTest::newRow("bad link") << QByteArray(
                                         "{\"format\":\"caselens-case\",\"version\":1,\"case\":{"
                                         "\"documents\":[{\"role\":\"original\",\"language\":\"en\",\"text\":"
                                         "\"x\"}],\"links\":[{\"original\":0,\"translation\":5}]}}")
                                  << "link";
    }
    void caseFilesFromTheFutureOrBrokenAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        const auto read = CaseJson::fromBytes(json);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().contains(reason), qPrintable(read.error()));
    }

    void findingsOutsideTheirTextAreRefusedBeforeWriting()
    {
        QTemporaryDir dir;
        auto library = openLibrary(dir);
        CaseBundle bundle;
        bundle.aCase.title = QStringLiteral("t");
        bundle.aCase.documents << Document{
            0, DocumentRole::Original, QStringLiteral("en"), QStringLiteral("short"), {}};
        Finding finding;
        finding.start = 2;
        finding.end = 50;
        bundle.findings << finding;
        bundle.findingDocumentRoles << DocumentRole::Original;
        const auto stored = CaseArchive::store(*library, bundle);
        QVERIFY(!stored.ok());
        QVERIFY(stored.error().contains(QStringLiteral("outside")));
        QCOMPARE(*storage::CaseRepository(*library).count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFolderImporter)
#include "tst_folderimporter.moc"
