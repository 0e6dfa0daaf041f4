#include "TestSupport.h"
#include "core/import/CaseImporter.h"
#include "storage/CaseRepository.h"

#include <QTest>

using namespace caselens;

class TestCaseImporter : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Library> m_library;

    QString demo(const QString& file) const
    {
        return testsupport::sourcePath(QStringLiteral("resources/demo/") + file);
    }

private slots:
    void init()
    {
        m_library.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("lib.sqlite")));
        auto opened = storage::Library::open(m_dir.filePath(QStringLiteral("lib.sqlite")));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        m_library = std::move(opened).value();
    }

    void importsAPairGuessingLanguages()
    {
        storage::CaseRepository cases(*m_library);
        CaseImporter importer(cases);
        PairImportRequest request;
        request.originalPath = demo(QStringLiteral("septic-shock-47m.pt.txt"));
        request.translationPath = demo(QStringLiteral("septic-shock-47m.en.txt"));
        const auto outcome = importer.importPair(request);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(outcome->languages, QStringList({QStringLiteral("pt"), QStringLiteral("en")}));
        QCOMPARE(outcome->title, QStringLiteral("septic-shock-47m"));
        QVERIFY(!outcome->alreadyPresent);

        const auto loaded = cases.load(outcome->id);
        QVERIFY(loaded.ok());
        QVERIFY(loaded->original()->text.contains(QStringLiteral("espondilodiscite")));
        QVERIFY(loaded->translation()->text.contains(QStringLiteral("spondylodiscitis")));
    }

    void importingTwiceDoesNotDuplicate()
    {
        storage::CaseRepository cases(*m_library);
        CaseImporter importer(cases);
        PairImportRequest request{demo(QStringLiteral("septic-shock-47m.pt.txt")),
                                  demo(QStringLiteral("septic-shock-47m.en.txt")),
                                  {},
                                  {},
                                  QStringLiteral("First"),
                                  {},
                                  {}};
        const auto first = importer.importPair(request);
        request.title = QStringLiteral("Second title, same texts");
        const auto second = importer.importPair(request);
        QVERIFY(first.ok() && second.ok());
        QVERIFY(second->alreadyPresent);
        QCOMPARE(second->id, first->id);
        QCOMPARE(*cases.count(), 1);
    }

    void refusesSameLanguageOnBothSides()
    {
        storage::CaseRepository cases(*m_library);
        CaseImporter importer(cases);
        PairImportRequest request;
        request.originalPath = demo(QStringLiteral("septic-shock-47m.en.txt"));
        request.translationPath = demo(QStringLiteral("codiesp-S0211-69952011000500011-2.en.txt"));
        const auto outcome = importer.importPair(request);
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error().contains(QStringLiteral("same language")), qPrintable(outcome.error()));
        QCOMPARE(*cases.count(), 0);
    }

    void refusesUnknownLanguageCode()
    {
        PairImportRequest request;
        request.originalPath = demo(QStringLiteral("septic-shock-47m.pt.txt"));
        request.originalLanguage = QStringLiteral("klingon");
        const auto prepared = CaseImporter::prepare(request);
        QVERIFY(!prepared.ok());
        QVERIFY(prepared.error().contains(QStringLiteral("klingon")));
    }

    void aBadTranslationLeavesTheLibraryAsItWas()
    {
        storage::CaseRepository cases(*m_library);
        CaseImporter importer(cases);
        const QString binary = m_dir.filePath(QStringLiteral("scan.pdf"));
        QVERIFY(testsupport::writeFile(binary, QByteArray("%PDF-1.4\n\0\0\x01\x02", 14)));
        PairImportRequest request;
        request.originalPath = demo(QStringLiteral("septic-shock-47m.pt.txt"));
        request.translationPath = binary;
        const auto outcome = importer.importPair(request);
        QVERIFY(!outcome.ok());
        QVERIFY(outcome.error().contains(QStringLiteral("scan.pdf")));
        QCOMPARE(*cases.count(), 0);
    }

    void titleFromFileName_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("title");
        QTest::newRow("language suffix") << "/x/septic-shock-47m.pt.txt"
                                         << "septic-shock-47m";
        QTest::newRow("plain") << "case 12.txt"
                               << "case 12";
        QTest::newRow("dots in name") << "S0211-6995.2011.es.txt"
                                      << "S0211-6995.2011";
    }
    void titleFromFileName()
    {
        QFETCH(QString, path);
        QFETCH(QString, title);
        QCOMPARE(CaseImporter::titleFromFileName(path), title);
    }
};

QTEST_GUILESS_MAIN(TestCaseImporter)
#include "tst_caseimporter.moc"
