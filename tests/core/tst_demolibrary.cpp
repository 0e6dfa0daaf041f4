#include "core/DemoLibrary.h"
#include "storage/CaseRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace caselens;

class TestDemoLibrary : public QObject {
    Q_OBJECT
private slots:
    void seedsOnceAndOnlyOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        {
            auto library = storage::Library::open(path);
            QVERIFY(library.ok());
            const auto added = DemoLibrary::seedOnce(**library);
            QVERIFY2(added.ok(), qPrintable(added.error()));
            QCOMPARE(*added, 5);
        }
        // A second start reuses the library and imports nothing.
        auto library = storage::Library::open(path);
        QVERIFY(library.ok());
        const auto again = DemoLibrary::seedOnce(**library);
        QVERIFY(again.ok());
        QCOMPARE(*again, 0);
        storage::CaseRepository cases(**library);
        QCOMPARE(*cases.count(), 5);
    }

    void theDemoCaseComesFirstWithBothLanguages()
    {
        QTemporaryDir dir;
        auto library = storage::Library::open(dir.filePath(QStringLiteral("library.sqlite")));
        QVERIFY(library.ok());
        QVERIFY(DemoLibrary::seedOnce(**library).ok());
        storage::CaseRepository cases(**library);
        const auto list = cases.list(0, 10);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 5);
        QCOMPARE(list->first().languages, QStringList({QStringLiteral("pt"), QStringLiteral("en")}));
        QVERIFY(list->first().title.contains(QStringLiteral("Septic shock")));
        for (int i = 1; i < list->size(); ++i)
            QCOMPARE(list->at(i).languages, QStringList({QStringLiteral("es"), QStringLiteral("en")}));

        const auto demoCase = cases.load(list->first().id);
        QVERIFY(demoCase.ok());
        QVERIFY(demoCase->tags.contains(QStringLiteral("demo")));
        QVERIFY(demoCase->original()->text.startsWith(QStringLiteral("Relato de caso clínico")));
        QVERIFY(demoCase->translation()->text.startsWith(QStringLiteral("Clinical case report")));
    }

    void creditsNameCodiEspAndItsLicence()
    {
        QVERIFY(DemoLibrary::credits().contains(QStringLiteral("CodiEsp")));
        QVERIFY(DemoLibrary::credits().contains(QStringLiteral("CC BY 4.0")));
    }
};

QTEST_GUILESS_MAIN(TestDemoLibrary)
#include "tst_demolibrary.moc"
