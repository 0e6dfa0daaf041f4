// Numbers as each language writes them, and the second reading of an ambiguous grouping.

#include "findings/CompiledLexicons.h"
#include "findings/NumberReader.h"

#include <QTest>

using namespace caselens::findings;

class TestNumberReader : public QObject {
    Q_OBJECT
private slots:
    void reads_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("language");
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("alternative"); // -1: none

        QTest::newRow("pt grouping dot") << "27.400"
                                         << "pt" << 27400.0 << 27.4;
        QTest::newRow("es grouping dot") << "27.400"
                                         << "es" << 27400.0 << 27.4;
        QTest::newRow("pt decimal comma") << "0,80"
                                          << "pt" << 0.8 << -1.0;
        QTest::newRow("pt temperature") << "37,5"
                                        << "pt" << 37.5 << -1.0;
        QTest::newRow("pt ambiguous comma") << "27,400"
                                            << "pt" << 27.4 << 27400.0;
        QTest::newRow("en grouping comma") << "27,400"
                                           << "en" << 27400.0 << 27.4;
        QTest::newRow("en decimal point") << "0.80"
                                          << "en" << 0.8 << -1.0;
        QTest::newRow("en ambiguous point") << "1.500"
                                            << "en" << 1.5 << 1500.0;
        QTest::newRow("leading zero is decimal") << "0,400"
                                                 << "pt" << 0.4 << -1.0;
        QTest::newRow("long integer part is decimal") << "1234,567"
                                                      << "es" << 1234.567 << -1.0;
        QTest::newRow("pt thousands and decimals") << "1.234,5"
                                                   << "pt" << 1234.5 << -1.0;
        QTest::newRow("en thousands and decimals") << "1,234.5"
                                                   << "pt" << 1234.5 << -1.0;
        QTest::newRow("millions") << "1.234.567"
                                  << "es" << 1234567.0 << -1.0;
        QTest::newRow("integer") << "12"
                                 << "en" << 12.0 << -1.0;
    }
    void reads()
    {
        QFETCH(QString, written);
        QFETCH(QString, language);
        QFETCH(double, value);
        QFETCH(double, alternative);
        const auto reading = NumberReader::read(written, CompiledLexicons::languageIndex(language));
        QVERIFY(reading);
        QCOMPARE(reading->value, value);
        if (alternative < 0) {
            QVERIFY(!reading->alternative);
        } else {
            QVERIFY(reading->alternative);
            QCOMPARE(*reading->alternative, alternative);
        }
    }

    void refusesWhatIsNotOneNumber_data()
    {
        QTest::addColumn<QString>("written");
        QTest::newRow("three groups of mixed sizes") << "1.2.3";
        QTest::newRow("separator repeated as decimal") << "1,234,5";
        QTest::newRow("words") << "abc";
        QTest::newRow("spaced groups") << "27 400";
    }
    void refusesWhatIsNotOneNumber()
    {
        QFETCH(QString, written);
        QVERIFY(!NumberReader::read(written, CompiledLexicons::languageIndex(QStringLiteral("pt"))));
    }
};

QTEST_APPLESS_MAIN(TestNumberReader)
#include "tst_numberreader.moc"
