#include "TestSupport.h"
#include "findings/LanguageGuesser.h"

#include <QTest>

using namespace caselens;

class TestLanguageGuesser : public QObject {
    Q_OBJECT
private slots:
    void guessesDemoTexts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("pt") << "septic-shock-47m.pt.txt"
                            << "pt";
        QTest::newRow("en") << "septic-shock-47m.en.txt"
                            << "en";
        QTest::newRow("es 1") << "codiesp-S0211-69952011000500011-2.es.txt"
                              << "es";
        QTest::newRow("en mt 1") << "codiesp-S0211-69952011000500011-2.en.txt"
                                 << "en";
        QTest::newRow("es 2") << "codiesp-S1139-76322010000300008-1.es.txt"
                              << "es";
        QTest::newRow("es 3") << "codiesp-S1130-63432016000500012-1.es.txt"
                              << "es";
    }
    void guessesDemoTexts()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const QString text = QString::fromUtf8(
            testsupport::readAll(testsupport::sourcePath(QStringLiteral("resources/demo/") + file)));
        QVERIFY(!text.isEmpty());
        QCOMPARE(guessLanguage(text), expected);
    }

    void shortSentences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("pt") << "O doente não tinha febre e foi internado com dor abdominal."
                            << "pt";
        QTest::newRow("es") << "El paciente no tenía fiebre y fue ingresado con dolor abdominal."
                            << "es";
        QTest::newRow("en") << "The patient had no fever and was admitted with abdominal pain."
                            << "en";
    }
    void shortSentences()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(guessLanguage(text), expected);
    }

    void saysWhenItCannotTell()
    {
        QCOMPARE(guessLanguage(QStringLiteral("PCR 115")), QString());
        QCOMPARE(guessLanguage(QString()), QString());
    }
};

QTEST_APPLESS_MAIN(TestLanguageGuesser)
#include "tst_languageguesser.moc"
