// Sections from headings: at the start of a line or sentence, inline ("Ao exame, ..."), and
// never a heading word that starts an ordinary sentence ("History of ...").

#include "FindingsTestSupport.h"

#include <QTest>

using namespace caselens;

class TestSections : public QObject {
    Q_OBJECT
private:
    static QStringList keys(const ExtractionResult& result)
    {
        QStringList out;
        for (const SectionSpan& section : result.sections)
            out.append(section.key);
        return out;
    }

private slots:
    void headings_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("sections");
        QTest::newRow("pt seed shape")
            << "pt"
            << "Homem de 47 anos. Ao exame, BP 80/50. Exame complementar: leucócitos 27.400/mm3.\n "
               "Diagnóstico: choque séptico."
            << testsupport::strings({"examination", "tests", "diagnosis"});
        QTest::newRow("heading alone on its line")
            << "en"
            << "DIAGNOSIS\nSeptic shock." << testsupport::strings({"diagnosis"});
        QTest::newRow("inline heading with a comma")
            << "en"
            << "On examination, fever." << testsupport::strings({"examination"});
        QTest::newRow("one-word heading needs a colon") << "en"
                                                        << "History of diabetes." << QStringList();
        QTest::newRow("one-word heading with a colon")
            << "en"
            << "History: diabetes." << testsupport::strings({"history"});
        QTest::newRow("es") << "es"
                            << "Exploración física: fiebre. Diagnóstico: neumonía."
                            << testsupport::strings({"examination", "diagnosis"});
    }
    void headings()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QStringList, sections);
        QCOMPARE(keys(testsupport::fixtureEngine()->extract(text, language)), sections);
    }

    void findingsAndSentencesCarryTheirSection()
    {
        const QString text =
            QStringLiteral("Ceftriaxone first. On examination, fever.\nDiagnosis: septic shock.");
        const ExtractionResult result = testsupport::fixtureEngine()->extract(text, QStringLiteral("en"));
        QCOMPARE(result.sections.size(), 2);
        const SectionSpan& diagnosis = result.sections.last();
        QCOMPARE(text.mid(diagnosis.headingStart, diagnosis.headingEnd - diagnosis.headingStart),
                 QStringLiteral("Diagnosis"));
        QCOMPARE(diagnosis.end, static_cast<int>(text.size()));
        QCOMPARE(result.sentences.size(), 3);
        QCOMPARE(result.sentences[0].section, QString());
        QCOMPARE(result.sentences[1].section, QStringLiteral("examination"));
        QCOMPARE(result.sentences[2].section, QStringLiteral("diagnosis"));
        QCOMPARE(testsupport::findingOf(result, FindingCategory::Medication, QStringLiteral("Ceftriaxone"))
                     ->section,
                 QString());
        QCOMPARE(testsupport::findingOf(result, FindingCategory::Symptom, QStringLiteral("fever"))->section,
                 QStringLiteral("examination"));
        QCOMPARE(testsupport::findingOf(result, FindingCategory::Diagnosis, QStringLiteral("septic shock"))
                     ->section,
                 QStringLiteral("diagnosis"));
    }
};

QTEST_GUILESS_MAIN(TestSections)
#include "tst_sections.moc"
