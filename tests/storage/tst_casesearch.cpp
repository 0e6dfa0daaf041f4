#include "StorageTestSupport.h"
#include "storage/CaseSearch.h"
#include "storage/FindingRepository.h"

#include <QTest>

using namespace caselens;
using storage::SearchQuery;

class TestCaseSearch : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Library> m_library;
    CaseId m_pt = 0, m_es = 0, m_en = 0;

    QList<CaseId> find(const SearchQuery& query)
    {
        storage::CaseSearch search(*m_library);
        const auto results = search.search(query);
        if (!results) {
            qWarning("search failed: %s", qPrintable(results.error()));
            return {CaseId(-1)};
        }
        QList<CaseId> ids;
        for (const auto& hit : results->hits)
            ids << hit.summary.id;
        return ids;
    }
    QList<CaseId> find(const QString& text)
    {
        SearchQuery query;
        query.text = text;
        return find(query);
    }

private slots:
    void initTestCase()
    {
        m_library = testsupport::openLibrary(m_dir, QStringLiteral("search.sqlite"));
        storage::CaseRepository cases(*m_library);
        Case pt = testsupport::makeCase(
            QStringLiteral("Choque séptico"),
            QStringLiteral("Espondilodiscite L5-S1 com abcessos glúteos. PCR 115."), QStringLiteral("pt"),
            QStringLiteral("L5-S1 spondylodiscitis with gluteal abscesses. CRP 115."), QStringLiteral("en"));
        pt.tags = {QStringLiteral("sepsis")};
        m_pt = cases.add(pt)->id;
        Case es = testsupport::makeCase(
            QStringLiteral("Fracaso renal"), QStringLiteral("Náuseas, vómitos y diarrea; ceftriaxona iv."),
            QStringLiteral("es"), QStringLiteral("Nausea, vomiting and diarrhoea."), QStringLiteral("en"));
        m_es = cases.add(es)->id;
        m_en = cases
                   .add(testsupport::makeCase(QStringLiteral("Sepsis in a child"),
                                              QStringLiteral("A febrile child with septic shock."),
                                              QStringLiteral("en")))
                   ->id;
        QVERIFY(cases.setStatus(m_es, ReviewStatus::Reviewed).ok());

        // A CRP finding flagged high on the Portuguese case, ceftriaxone on the Spanish one.
        const auto ptCase = cases.load(m_pt);
        const auto esCase = cases.load(m_es);
        storage::FindingRepository findings(*m_library);
        Finding crp;
        crp.start = 46;
        crp.end = 49;
        crp.category = FindingCategory::LabResult;
        crp.text = QStringLiteral("PCR");
        crp.conceptId = QStringLiteral("cl:crp");
        crp.value = 115;
        crp.unit = QStringLiteral("mg/L");
        crp.flag = ValueFlag::High;
        QVERIFY(findings.replaceExtracted(ptCase->original()->id, {crp}, QStringLiteral("test")).ok());
        Finding drug;
        drug.start = 27;
        drug.end = 38;
        drug.category = FindingCategory::Medication;
        drug.text = QStringLiteral("ceftriaxona");
        drug.conceptId = QStringLiteral("drugbank:DB01212");
        QVERIFY(findings.replaceExtracted(esCase->original()->id, {drug}, QStringLiteral("test")).ok());
    }

    void findsWordsInEitherLanguageIgnoringAccents()
    {
        QCOMPARE(find(QStringLiteral("espondilodiscite")), QList<CaseId>{m_pt});
        QCOMPARE(find(QStringLiteral("Spondylodiscitis")), QList<CaseId>{m_pt});
        QCOMPARE(find(QStringLiteral("vomitos")), QList<CaseId>{m_es});
        QCOMPARE(find(QStringLiteral("gluteos")), QList<CaseId>{m_pt});
        QCOMPARE(find(QStringLiteral("NAUSEAS")), QList<CaseId>{m_es});
    }

    void findsTitlesPhrasesPrefixesAndAlternatives()
    {
        QCOMPARE(find(QStringLiteral("renal")), QList<CaseId>{m_es});
        QCOMPARE(find(QStringLiteral("\"septic shock\"")), QList<CaseId>{m_en});
        QCOMPARE(find(QStringLiteral("abscess*")), QList<CaseId>{m_pt});
        QCOMPARE(find(QStringLiteral("diarrea OR febrile")), (QList<CaseId>{m_es, m_en}));
        QCOMPARE(find(QStringLiteral("sepsis -child")), QList<CaseId>{});
    }

    void oddInputIsSafe_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("dangling operator") << "foo AND (";
        QTest::newRow("quotes") << "\"\"\"";
        QTest::newRow("star") << "*";
        QTest::newRow("near") << "NEAR(septic shock, 2)";
        QTest::newRow("sql") << "x'); DROP TABLE cases; --";
        QTest::newRow("column") << "title:sepsis";
        QTest::newRow("caret") << "^sepsis";
        QTest::newRow("braces") << "{text} : sepsis";
    }
    void oddInputIsSafe()
    {
        QFETCH(QString, typed);
        storage::CaseSearch search(*m_library);
        SearchQuery query;
        query.text = typed;
        const auto results = search.search(query);
        QVERIFY2(results.ok(), qPrintable(results.error()));
        storage::CaseRepository cases(*m_library);
        QCOMPARE(*cases.count(), 3); // nothing was dropped
    }

    void filters()
    {
        SearchQuery byStatus;
        byStatus.status = ReviewStatus::Reviewed;
        QCOMPARE(find(byStatus), QList<CaseId>{m_es});

        SearchQuery byTag;
        byTag.tag = QStringLiteral("sepsis");
        QCOMPARE(find(byTag), QList<CaseId>{m_pt});

        SearchQuery byLanguage;
        byLanguage.language = QStringLiteral("es");
        QCOMPARE(find(byLanguage), QList<CaseId>{m_es});

        SearchQuery abnormalCrp;
        abnormalCrp.finding = QStringLiteral("cl:crp");
        abnormalCrp.abnormalOnly = true;
        QCOMPARE(find(abnormalCrp), QList<CaseId>{m_pt});

        SearchQuery drugByName;
        drugByName.finding = QStringLiteral("Ceftriaxona");
        QCOMPARE(find(drugByName), QList<CaseId>{m_es});

        SearchQuery medications;
        medications.findingCategory = FindingCategory::Medication;
        QCOMPARE(find(medications), QList<CaseId>{m_es});

        SearchQuery combined;
        combined.text = QStringLiteral("L5-S1");
        combined.language = QStringLiteral("es");
        QCOMPARE(find(combined), QList<CaseId>{});
    }

    void countsAndSnippets()
    {
        storage::CaseSearch search(*m_library);
        SearchQuery query;
        query.text = QStringLiteral("vomitos");
        query.limit = 1;
        const auto results = search.search(query);
        QVERIFY(results.ok());
        QCOMPARE(results->totalCount, 1);
        const QString snippet = results->hits.first().snippet;
        QVERIFY2(snippet.contains(QString(storage::CaseSearch::kMatchStart) + QStringLiteral("vómitos") +
                                  storage::CaseSearch::kMatchEnd),
                 qPrintable(snippet));

        SearchQuery everything;
        everything.limit = 2;
        const auto page = search.search(everything);
        QCOMPARE(page->totalCount, 3);
        QCOMPARE(page->hits.size(), 2);
    }

    void exclusionsAloneExplainThemselves()
    {
        storage::CaseSearch search(*m_library);
        SearchQuery query;
        query.text = QStringLiteral("-sepsis");
        const auto results = search.search(query);
        QVERIFY(!results.ok());
        QVERIFY(!results.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCaseSearch)
#include "tst_casesearch.moc"
