// Dismissed translation-check issues: remembered per case, audited, gone with their case, and a
// library of schema 1 migrates to the schema that holds them with its data intact.

#include "StorageTestSupport.h"
#include "TestSupport.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/QaDismissalRepository.h"
#include "storage/SchemaMigrator.h"

#include <QTest>

using namespace caselens;

class TestQaDismissalRepository : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Library> m_library;
    CaseId m_case = 0;
    int m_counter = 0;

    const QString m_key = QStringLiteral("terminology:2202-2214:2189-2201:2ee225c7af93f3e4");

private slots:
    void init()
    {
        m_library = testsupport::openLibrary(m_dir, QStringLiteral("q%1.sqlite").arg(++m_counter));
        storage::CaseRepository cases(*m_library);
        const auto added = cases.add(testsupport::makeCase(QStringLiteral("t"), QStringLiteral("Sem febre."),
                                                           QStringLiteral("pt"), QStringLiteral("No fever."),
                                                           QStringLiteral("en")));
        QVERIFY(added.ok());
        m_case = added->id;
    }

    void dismissesAndRemembers()
    {
        storage::QaDismissalRepository dismissals(*m_library);
        const auto id = dismissals.dismiss(m_case, m_key, QStringLiteral("terminology"));
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QVERIFY(*id > 0);
        const auto all = dismissals.forCase(m_case);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().issueKey, m_key);
        QCOMPARE(all->first().issueType, QStringLiteral("terminology"));
        QCOMPARE(all->first().author, QStringLiteral("Dr. Test"));
        QVERIFY(all->first().dismissedAt.isValid());
        QCOMPARE(*dismissals.keys(m_case), QSet<QString>{m_key});
        // Another library connection (the app after a restart) sees it.
        auto reopened = storage::Library::open(m_library->path());
        QVERIFY(reopened.ok());
        QCOMPARE(*storage::QaDismissalRepository(**reopened).keys(m_case), QSet<QString>{m_key});
    }

    void dismissingTwiceChangesNothing()
    {
        storage::QaDismissalRepository dismissals(*m_library);
        const auto first = dismissals.dismiss(m_case, m_key, QStringLiteral("terminology"));
        const auto second = dismissals.dismiss(m_case, m_key, QStringLiteral("terminology"));
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(*first, *second);
        QCOMPARE(dismissals.forCase(m_case)->size(), 1);
        const auto history = storage::AuditLog(*m_library).history(m_case);
        qsizetype recorded = 0;
        for (const AuditEntry& entry : *history)
            recorded += entry.entity == QLatin1String("qa_dismissal") ? 1 : 0;
        QCOMPARE(recorded, qsizetype(1));
    }

    void restoringForgetsAndIsAudited()
    {
        storage::QaDismissalRepository dismissals(*m_library);
        QVERIFY(dismissals.dismiss(m_case, m_key, QStringLiteral("terminology")).ok());
        const Status restored = dismissals.restore(m_case, m_key);
        QVERIFY2(restored.ok(), qPrintable(restored.error()));
        QVERIFY(dismissals.keys(m_case)->isEmpty());
        QVERIFY(!dismissals.restore(m_case, m_key).ok()); // nothing left to restore

        const auto history = storage::AuditLog(*m_library).history(m_case);
        QStringList actions;
        for (const AuditEntry& entry : *history) {
            if (entry.entity != QLatin1String("qa_dismissal"))
                continue;
            actions << entry.action;
            QCOMPARE(entry.author, QStringLiteral("Dr. Test"));
            // The history names the issue, never the case's words.
            QVERIFY(!QString(entry.oldValue + entry.newValue).contains(QStringLiteral("febre")));
        }
        QCOMPARE(actions, QStringList({QStringLiteral("create"), QStringLiteral("delete")}));
    }

    void refusesUnknownCasesAndEmptyKeys()
    {
        storage::QaDismissalRepository dismissals(*m_library);
        const auto unknown = dismissals.dismiss(m_case + 100, m_key, QStringLiteral("value"));
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().contains(QString::number(m_case + 100)));
        QVERIFY(!dismissals.dismiss(m_case, QStringLiteral("  "), QStringLiteral("value")).ok());
        QVERIFY(dismissals.forCase(m_case)->isEmpty());
    }

    void keysAreKeptPerCase()
    {
        storage::CaseRepository cases(*m_library);
        const auto other = cases.add(testsupport::makeCase(
            QStringLiteral("u"), QStringLiteral("Dor torácica."), QStringLiteral("pt")));
        storage::QaDismissalRepository dismissals(*m_library);
        QVERIFY(dismissals.dismiss(m_case, m_key, QStringLiteral("terminology")).ok());
        QVERIFY(dismissals.dismiss(other->id, m_key, QStringLiteral("terminology")).ok());
        QVERIFY(dismissals.restore(other->id, m_key).ok());
        QCOMPARE(*dismissals.keys(m_case), QSet<QString>{m_key});
        QVERIFY(dismissals.keys(other->id)->isEmpty());
    }

    void goneWithTheirCase()
    {
        storage::QaDismissalRepository dismissals(*m_library);
        QVERIFY(dismissals.dismiss(m_case, m_key, QStringLiteral("terminology")).ok());
        QVERIFY(storage::CaseRepository(*m_library).remove(m_case).ok());
        QVERIFY(dismissals.forCase(m_case)->isEmpty());
    }

    void version1LibraryMigratesWithItsDataIntact()
    {
        QTemporaryDir dir;
        const QString path = testsupport::copyFixture(dir, QStringLiteral("storage/library-v1.sqlite"));
        auto opened = storage::Library::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        storage::Library& library = **opened;
        library.setAuthorName(QStringLiteral("Dr. Test"));
        QVERIFY(storage::SchemaMigrator::latestVersion() >= 3);
        QCOMPARE(library.schemaVersion(), storage::SchemaMigrator::latestVersion());
        storage::CaseRepository cases(library);
        QCOMPARE(*cases.count(), 3);
        const auto seed = cases.load(1);
        QVERIFY(seed.ok());
        QCOMPARE(seed->title, QStringLiteral("Septic shock (v1 fixture)"));
        QVERIFY(seed->original()->text.contains(QStringLiteral("cloxaciclina")));
        QVERIFY(seed->translation()->text.contains(QStringLiteral("cloxacycline")));
        // The new table works on the migrated library.
        storage::QaDismissalRepository dismissals(library);
        QVERIFY(dismissals.forCase(1)->isEmpty());
        QVERIFY(dismissals.dismiss(1, m_key, QStringLiteral("terminology")).ok());
        QCOMPARE(*dismissals.keys(1), QSet<QString>{m_key});
    }
};

QTEST_GUILESS_MAIN(TestQaDismissalRepository)
#include "tst_qadismissalrepository.moc"
