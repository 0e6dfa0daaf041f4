#include "TestSupport.h"
#include "storage/CaseRepository.h"
#include "storage/CaseSearch.h"
#include "storage/Library.h"
#include "storage/SchemaMigrator.h"
#include "storage/SqlDialect.h"

#include <QCryptographicHash>
#include <QTest>

#include <sys/stat.h>

using namespace caselens;
using storage::Library;

namespace {

QByteArray fileHash(const QString& path)
{
    return QCryptographicHash::hash(testsupport::readAll(path), QCryptographicHash::Sha256);
}

mode_t fileMode(const QString& path)
{
    struct stat info {};
    ::stat(QFile::encodeName(path).constData(), &info);
    return info.st_mode & 0777;
}

} // namespace

class TestLibrary : public QObject {
    Q_OBJECT
private slots:
    void createsANewLibraryReadableByItsOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new/library.sqlite"));
        auto library = Library::open(path);
        QVERIFY2(library.ok(), qPrintable(library.error()));
        QCOMPARE((*library)->schemaVersion(), storage::SchemaMigrator::latestVersion());
        QVERIFY((*library)->openingNote().isEmpty());
        QCOMPARE(fileMode(path), mode_t(0600));
    }

    void refusesToCreateWhenNotAllowed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
        const auto library = Library::open(path, Library::Options{false});
        QVERIFY(!library.ok());
        QVERIFY(library.error().contains(QStringLiteral("no library")));
        QVERIFY(!QFile::exists(path));
    }

    void refusesAFolder()
    {
        QTemporaryDir dir;
        const auto library = Library::open(dir.path());
        QVERIFY(!library.ok());
        QVERIFY(library.error().contains(QStringLiteral("folder")));
    }

    void refusesUntouched_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("reason");
        QTest::newRow("newer CaseLens") << "storage/newer-schema.sqlite"
                                        << "newer version of CaseLens";
        QTest::newRow("another program's database") << "storage/foreign.sqlite"
                                                    << "another program";
        QTest::newRow("not a database") << "storage/not-a-database.sqlite"
                                        << "not an SQLite database";
    }
    void refusesUntouched()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = testsupport::copyFixture(dir, fixture);
        const QByteArray before = fileHash(path);
        const auto library = Library::open(path);
        QVERIFY(!library.ok());
        QVERIFY2(library.error().contains(reason), qPrintable(library.error()));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no backup, no journal left behind
    }

    void migratesTheVersion1FixtureKeepingItsData()
    {
        QTemporaryDir dir;
        const QString path = testsupport::copyFixture(dir, QStringLiteral("storage/library-v1.sqlite"));
        auto library = Library::open(path);
        QVERIFY2(library.ok(), qPrintable(library.error()));
        QCOMPARE((*library)->schemaVersion(), storage::SchemaMigrator::latestVersion());
        QVERIFY((*library)->schemaVersion() > 1);
        QVERIFY2((*library)->openingNote().contains(QStringLiteral("from schema 1")),
                 qPrintable((*library)->openingNote()));

        // The library before migrating was kept, private, and is still a v1 library.
        const QStringList backups =
            QDir(dir.path()).entryList({QStringLiteral("library-v1.sqlite.schema-v1-*.bak")});
        QCOMPARE(backups.size(), 1);
        const QString backupPath = dir.filePath(backups.first());
        QCOMPARE(fileMode(backupPath), mode_t(0600));

        storage::CaseRepository cases(**library);
        QCOMPARE(*cases.count(), 3);
        const auto first = cases.load(1);
        QVERIFY(first.ok());
        QCOMPARE(first->title, QStringLiteral("Septic shock (v1 fixture)"));
        QCOMPARE(first->tags, QStringList({QStringLiteral("fixture"), QStringLiteral("sepsis")}));
        QVERIFY(first->original()->text.contains(QStringLiteral("Choque séptico")));
        QCOMPARE(first->languages(), QStringList({QStringLiteral("pt"), QStringLiteral("en")}));
        const auto third = cases.load(3);
        QVERIFY(third.ok());
        QVERIFY(third->translation() == nullptr);

        // Texts stored before the search index existed are searchable after the migration.
        storage::CaseSearch search(**library);
        storage::SearchQuery query;
        query.text = QStringLiteral("espondilodiscite");
        const auto found = search.search(query);
        QVERIFY2(found.ok(), qPrintable(found.error()));
        QCOMPARE(found->totalCount, 1);
        QCOMPARE(found->hits.first().summary.id, CaseId(1));

        // Opening again migrates nothing and backs up nothing.
        library = Error{};
        auto again = Library::open(path);
        QVERIFY(again.ok());
        QVERIFY((*again)->openingNote().isEmpty());
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.bak")}).size(), 1);
        const auto problems = (*again)->integrityProblems();
        QVERIFY(problems.ok() && problems->isEmpty());
    }

    void metaValuesPersist()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        {
            auto library = Library::open(path);
            QVERIFY(library.ok());
            QVERIFY(!(*(*library)->metaValue(QStringLiteral("k"))).has_value());
            QVERIFY((*library)->setMetaValue(QStringLiteral("k"), QStringLiteral("v1")).ok());
            QVERIFY((*library)->setMetaValue(QStringLiteral("k"), QStringLiteral("v2")).ok());
        }
        auto library = Library::open(path);
        QCOMPARE((*(*library)->metaValue(QStringLiteral("k"))).value_or(QString()), QStringLiteral("v2"));
    }

    void bulkReadsGiveValuesAsStoredAndClearErrors()
    {
        // SqlDialect::forEachRow reads findings in place; it must read what Qt SQL reads.
        QTemporaryDir dir;
        auto library = Library::open(dir.filePath(QStringLiteral("rows.sqlite")));
        QVERIFY(library.ok());
        QVERIFY((*library)->setMetaValue(QStringLiteral("word"), QStringLiteral("vómitos ✓ 𝛼")).ok());
        QSqlDatabase db = (*library)->database();
        const storage::SqlDialect& dialect = (*library)->dialect();
        QStringList texts;
        QList<bool> nulls;
        QList<qint64> integers;
        QList<double> reals;
        const auto collect = [&](const storage::RowView& row) {
            texts << row.text(0);
            nulls << row.isNull(1);
            integers << row.integer(2);
            reals << row.real(3);
        };
        QVERIFY(dialect
                    .forEachRow(db,
                                QStringLiteral("SELECT value, NULL, :n + 1, :x * 2 FROM library_meta WHERE key = :key"),
                                {{QStringLiteral(":key"), QStringLiteral("word")},
                                 {QStringLiteral(":n"), qint64(1) << 40},
                                 {QStringLiteral(":x"), 0.25}},
                                QStringLiteral("read"), collect)
                    .ok());
        QCOMPARE(texts, QStringList{QStringLiteral("vómitos ✓ 𝛼")});
        QCOMPARE(nulls, QList<bool>{true});
        QCOMPARE(integers, QList<qint64>{(qint64(1) << 40) + 1});
        QCOMPARE(reals, QList<double>{0.5});
        texts.clear();
        QVERIFY(dialect.forEachRow(db, QStringLiteral("SELECT NULL"), {}, QStringLiteral("read"), collect).ok());
        QVERIFY(texts.first().isNull());
        // Errors name the read, never crash: bad SQL, an unknown parameter.
        const auto broken = dialect.forEachRow(db, QStringLiteral("SELECT FROM WHERE"), {},
                                               QStringLiteral("read the findings"), collect);
        QVERIFY(!broken.ok());
        QVERIFY2(broken.error().startsWith(QStringLiteral("Could not read the findings")), qPrintable(broken.error()));
        const auto unknown = dialect.forEachRow(db, QStringLiteral("SELECT :a"), {{QStringLiteral(":b"), 1}},
                                                QStringLiteral("read"), collect);
        QVERIFY(!unknown.ok());
    }

    void sharedTextReadsWhatTextReads()
    {
        // Repeated values are decoded once and shared: row after row, the same value as text()
        // gives, a NULL stays null, an empty text stays empty, and a value that changes changes.
        QTemporaryDir dir;
        auto library = Library::open(dir.filePath(QStringLiteral("shared.sqlite")));
        QVERIFY(library.ok());
        QSqlDatabase db = (*library)->database();
        QStringList plain, shared;
        QList<bool> plainNull, sharedNull;
        const auto collect = [&](const storage::RowView& row) {
            for (int column = 0; column < 2; ++column) {
                plain << row.text(column);
                shared << row.sharedText(column);
                plainNull << row.text(column).isNull();
                sharedNull << row.sharedText(column).isNull();
            }
        };
        QVERIFY((*library)
                    ->dialect()
                    .forEachRow(db,
                                QStringLiteral("SELECT 'mg/dL', NULL UNION ALL SELECT 'µmol/L', '' "
                                               "UNION ALL SELECT 'mg/dL', 'vómitos' UNION ALL SELECT 'mg/dL', NULL"),
                                {}, QStringLiteral("read"), collect)
                    .ok());
        QCOMPARE(shared, plain);
        QCOMPARE(sharedNull, plainNull);
        QCOMPARE(shared.at(2), QStringLiteral("µmol/L"));
        QVERIFY(sharedNull.at(1) && !sharedNull.at(3) && shared.at(3).isEmpty());
    }

    void failedTransactionLeavesNoTrace()
    {
        QTemporaryDir dir;
        auto library = Library::open(dir.filePath(QStringLiteral("library.sqlite")));
        QVERIFY(library.ok());
        const Status failed = (*library)->writeTransaction([&]() -> Status {
            if (auto set = (*library)->setMetaValue(QStringLiteral("k"), QStringLiteral("v")); !set)
                return set;
            return Error{QStringLiteral("something went wrong later")};
        });
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error(), QStringLiteral("something went wrong later"));
        QVERIFY(!(*(*library)->metaValue(QStringLiteral("k"))).has_value());
    }

    void backupIsAPrivateConsistentCopy()
    {
        QTemporaryDir dir;
        auto library = Library::open(dir.filePath(QStringLiteral("library.sqlite")));
        QVERIFY(library.ok());
        QVERIFY((*library)->setMetaValue(QStringLiteral("k"), QStringLiteral("kept")).ok());
        const QString backupPath = dir.filePath(QStringLiteral("backup.sqlite"));
        const Status saved = (*library)->backupTo(backupPath);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QCOMPARE(fileMode(backupPath), mode_t(0600));
        auto copy = Library::open(backupPath, Library::Options{false});
        QVERIFY(copy.ok());
        QCOMPARE((*(*copy)->metaValue(QStringLiteral("k"))).value_or(QString()), QStringLiteral("kept"));
        const auto problems = (*copy)->integrityProblems();
        QVERIFY(problems.ok());
        QVERIFY(problems->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
