#include "storage/FullTextQuery.h"

#include <QTest>

using namespace caselens;

class TestFullTextQuery : public QObject {
    Q_OBJECT
private slots:
    void translates_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("query");
        QTest::newRow("one word") << "sepsis"
                                  << "(\"sepsis\")";
        QTest::newRow("two words") << "septic shock"
                                   << "(\"septic\") AND (\"shock\")";
        QTest::newRow("phrase") << "\"septic shock\" abscess"
                                << "(\"septic shock\") AND (\"abscess\")";
        QTest::newRow("prefix") << "ceftriax*"
                                << "(\"ceftriax\"*)";
        QTest::newRow("or") << "ceftriaxone OR ceftriaxona"
                            << "(\"ceftriaxone\" OR \"ceftriaxona\")";
        QTest::newRow("exclusion") << "sepsis -covid"
                                   << "(\"sepsis\") NOT \"covid\"";
        QTest::newRow("NOT keyword") << "sepsis NOT covid"
                                     << "(\"sepsis\") NOT \"covid\"";
        QTest::newRow("dangling AND and paren") << "foo AND ("
                                                << "(\"foo\")";
        QTest::newRow("unclosed quote") << "dor \"lombar intensa"
                                        << "(\"dor\") AND (\"lombar intensa\")";
        QTest::newRow("quote inside word") << "O'Brien's"
                                           << "(\"O'Brien's\")";
        QTest::newRow("NEAR is a word") << "NEAR(a b)"
                                        << "(\"NEAR(a\") AND (\"b)\")";
        QTest::newRow("sql fragment") << "'; DROP TABLE cases; --"
                                      << "(\"DROP\") AND (\"TABLE\") AND (\"cases;\")";
        QTest::newRow("column filter syntax") << "text:sepsis"
                                              << "(\"text:sepsis\")";
        QTest::newRow("star only") << "*"
                                   << "";
        QTest::newRow("punctuation only") << "( ) \" - ;"
                                          << "";
        QTest::newRow("empty") << ""
                               << "";
    }
    void translates()
    {
        QFETCH(QString, typed);
        QFETCH(QString, query);
        const auto result = storage::toFullTextQuery(typed);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(*result, query);
    }

    void onlyExclusionsIsAClearMessage()
    {
        const auto result = storage::toFullTextQuery(QStringLiteral("-covid"));
        QVERIFY(!result.ok());
        QVERIFY(result.error().contains(QStringLiteral("Add a word")));
    }
};

QTEST_APPLESS_MAIN(TestFullTextQuery)
#include "tst_fulltextquery.moc"
