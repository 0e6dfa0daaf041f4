#include "storage/CaseRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace caselens;

namespace {

Case makeCase(const QString& title, const QString& original, const QString& translation = {})
{
    Case aCase;
    aCase.title = title;
    aCase.source = QStringLiteral("test");
    aCase.documents << Document{0, DocumentRole::Original, QStringLiteral("pt"), original, {}};
    if (!translation.isEmpty())
        aCase.documents << Document{0, DocumentRole::Translation, QStringLiteral("en"), translation, {}};
    return aCase;
}

} // namespace

class TestCaseRepository : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Library> m_library;
    int m_counter = 0;

private slots:
    void init()
    {
        m_library.reset();
        auto opened = storage::Library::open(m_dir.filePath(QStringLiteral("lib%1.sqlite").arg(++m_counter)));
        QVERIFY(opened.ok());
        m_library = std::move(opened).value();
    }

    void storesAndLoadsACase()
    {
        storage::CaseRepository cases(*m_library);
        Case aCase =
            makeCase(QStringLiteral("Título com acentos"), QStringLiteral("Febre 38,5 ºC; não há vómitos."),
                     QStringLiteral("Fever 38.5 ºC; no vomiting."));
        aCase.tags = {QStringLiteral("sepsis"), QStringLiteral("teaching")};
        aCase.status = ReviewStatus::InReview;
        const auto added = cases.add(aCase);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QVERIFY(added->id > 0);

        const auto loaded = cases.load(added->id);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->title, aCase.title);
        QCOMPARE(loaded->status, ReviewStatus::InReview);
        QCOMPARE(loaded->tags, aCase.tags);
        QCOMPARE(loaded->original()->text, aCase.documents[0].text);
        QCOMPARE(loaded->translation()->text, aCase.documents[1].text);
        QCOMPARE(loaded->original()->contentHash.size(), 64);
        QVERIFY(loaded->createdAt.isValid());
    }

    void theSameTextsAreStoredOnce()
    {
        storage::CaseRepository cases(*m_library);
        const auto first =
            cases.add(makeCase(QStringLiteral("A"), QStringLiteral("texto"), QStringLiteral("text")));
        const auto second =
            cases.add(makeCase(QStringLiteral("B"), QStringLiteral("texto"), QStringLiteral("text")));
        QVERIFY(first.ok() && second.ok());
        QVERIFY(second->alreadyPresent);
        QCOMPARE(second->id, first->id);
        // Moving text from one side to the other is a different case.
        const auto third = cases.add(makeCase(QStringLiteral("C"), QStringLiteral("textotext")));
        QVERIFY(third.ok());
        QVERIFY(!third->alreadyPresent);
        QCOMPARE(*cases.count(), 2);
    }

    void listsPages()
    {
        storage::CaseRepository cases(*m_library);
        for (int i = 0; i < 25; ++i)
            QVERIFY(cases
                        .add(makeCase(QStringLiteral("Case %1").arg(i), QStringLiteral("texto %1").arg(i),
                                      QStringLiteral("text %1").arg(i)))
                        .ok());
        const auto page = cases.list(20, 10);
        QVERIFY(page.ok());
        QCOMPARE(page->size(), 5);
        QCOMPARE(page->first().title, QStringLiteral("Case 20"));
        QCOMPARE(page->first().languages, QStringList({QStringLiteral("pt"), QStringLiteral("en")}));
        QCOMPARE(*cases.count(), 25);
    }

    void loadingAMissingCaseSaysSo()
    {
        storage::CaseRepository cases(*m_library);
        const auto loaded = cases.load(4242);
        QVERIFY(!loaded.ok());
        QVERIFY(loaded.error().contains(QStringLiteral("4242")));
    }

    void aCaseNeedsAnOriginal()
    {
        storage::CaseRepository cases(*m_library);
        Case empty;
        empty.title = QStringLiteral("nothing");
        QVERIFY(!cases.add(empty).ok());
    }

    void textWithQuotesAndSqlIsJustText()
    {
        storage::CaseRepository cases(*m_library);
        const QString nasty = QStringLiteral("O'Brien said \"x\"; DROP TABLE cases; -- <b>bold</b>");
        const auto added = cases.add(makeCase(nasty, nasty));
        QVERIFY(added.ok());
        QCOMPARE(cases.load(added->id)->title, nasty);
        QCOMPARE(*cases.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCaseRepository)
#include "tst_caserepository.moc"
