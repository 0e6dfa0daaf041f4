// Vital signs and laboratory values: numbers per language, ambiguous groupings resolved by
// plausibility, units, inferred units and flags (with sex-specific ranges).

#include "FindingsTestSupport.h"

#include <QTest>

using namespace caselens;

Q_DECLARE_METATYPE(caselens::FindingCategory)
Q_DECLARE_METATYPE(caselens::ValueFlag)

class TestValues : public QObject {
    Q_OBJECT
private slots:
    void values_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("span");
        QTest::addColumn<QString>("conceptId");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<bool>("inferred");
        QTest::addColumn<ValueFlag>("flag");

        QTest::newRow("en grouping") << "en"
                                     << "Leukocytes 27,400/mm3."
                                     << "Leukocytes 27,400/mm3"
                                     << "cl:leukocytes" << 27400.0 << "/mm3" << false << ValueFlag::High;
        QTest::newRow("pt grouping") << "pt"
                                     << "Leucócitos 27.400/mm3."
                                     << "Leucócitos 27.400/mm3"
                                     << "cl:leukocytes" << 27400.0 << "/mm3" << false << ValueFlag::High;
        QTest::newRow("pt English grouping made plausible")
            << "pt"
            << "leucócitos 27,400/mm3 e mais"
            << "leucócitos 27,400/mm3"
            << "cl:leukocytes" << 27400.0 << "/mm3" << false << ValueFlag::High;
        QTest::newRow("pt decimal in SI units")
            << "pt"
            << "Leucócitos 7,4 x10^9/L"
            << "Leucócitos 7,4 x10^9/L"
            << "cl:leukocytes" << 7.4 << "10*9/L" << false << ValueFlag::Normal;
        QTest::newRow("inferred unit") << "pt"
                                       << "creatinina 0,80, PCR 2"
                                       << "creatinina 0,80"
                                       << "cl:creatinine" << 0.8 << "mg/dL" << true << ValueFlag::Normal;
        QTest::newRow("inferred unit high") << "en"
                                            << "CRP 115."
                                            << "CRP 115"
                                            << "cl:crp" << 115.0 << "mg/L" << true << ValueFlag::High;
        QTest::newRow("UCUM spelling") << "en"
                                       << "Glucose 110 mg/dl."
                                       << "Glucose 110 mg/dl"
                                       << "cl:glucose" << 110.0 << "mg/dL" << false << ValueFlag::High;
        QTest::newRow("percent") << "pt"
                                 << "(neutrófilos 22%)"
                                 << "neutrófilos 22%"
                                 << "cl:neutrophils" << 22.0 << "%" << false << ValueFlag::Low;
        QTest::newRow("number first") << "en"
                                      << "with 80% neutrophils"
                                      << "80% neutrophils"
                                      << "cl:neutrophils" << 80.0 << "%" << false << ValueFlag::High;
        QTest::newRow("temperature letter o")
            << "pt"
            << "Ta: 37,5o. Mau estado"
            << "Ta: 37,5o"
            << "cl:temperature" << 37.5 << "Cel" << false << ValueFlag::High;
        QTest::newRow("temperature degree sign")
            << "en"
            << "Ta: 37.5º"
            << "Ta: 37.5º"
            << "cl:temperature" << 37.5 << "Cel" << false << ValueFlag::High;
        QTest::newRow("spaced o is a word") << "es"
                                            << "T 37 o 38"
                                            << "T 37"
                                            << "cl:temperature" << 37.0 << "Cel" << true << ValueFlag::Normal;
        QTest::newRow("unit implies heart rate")
            << "en"
            << "sinus tachycardia 109 bpm."
            << "109 bpm"
            << "cl:heart_rate" << 109.0 << "/min" << false << ValueFlag::High;
        QTest::newRow("filler words") << "en"
                                      << "Haemoglobin was 9.9 g/dl"
                                      << "Haemoglobin was 9.9 g/dl"
                                      << "cl:haemoglobin" << 9.9 << "g/dL" << false << ValueFlag::Low;
        QTest::newRow("name glued to value")
            << "en"
            << "Fc110 bpm"
            << "Fc110 bpm"
            << "cl:heart_rate" << 110.0 << "/min" << false << ValueFlag::High;
    }
    void values()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QString, span);
        QFETCH(QString, conceptId);
        QFETCH(double, value);
        QFETCH(QString, unit);
        QFETCH(bool, inferred);
        QFETCH(ValueFlag, flag);
        const ExtractionResult result = testsupport::fixtureEngine()->extract(text, language);
        const Finding* finding = nullptr;
        for (const Finding& candidate : result.findings)
            if (candidate.conceptId == conceptId)
                finding = &candidate;
        QVERIFY2(finding, qPrintable(testsupport::describe(result)));
        QCOMPARE(finding->text, span);
        QVERIFY(finding->value);
        QCOMPARE(*finding->value, value);
        QCOMPARE(finding->unit, unit);
        QCOMPARE(finding->unitInferred, inferred);
        QCOMPARE(finding->flag, flag);
    }

    void bloodPressureHasTwoValues()
    {
        const ExtractionResult result = testsupport::fixtureEngine()->extract(
            QStringLiteral("BP 80/50; Fc: 109 bpm"), QStringLiteral("en"));
        const Finding* pressure =
            testsupport::findingOf(result, FindingCategory::VitalSign, QStringLiteral("BP 80/50"));
        QVERIFY2(pressure, qPrintable(testsupport::describe(result)));
        QCOMPARE(*pressure->value, 80.0);
        QCOMPARE(*pressure->secondValue, 50.0);
        QCOMPARE(pressure->unit, QStringLiteral("mm[Hg]"));
        QVERIFY(pressure->unitInferred);
        QCOMPARE(pressure->flag, ValueFlag::Low);
        const ExtractionResult high =
            testsupport::fixtureEngine()->extract(QStringLiteral("BP 150/95 mmHg"), QStringLiteral("en"));
        QCOMPARE(high.findings.size(), 1);
        QCOMPARE(high.findings.first().flag, ValueFlag::High);
        QVERIFY(!high.findings.first().unitInferred);
    }

    void sexSpecificRanges_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<ValueFlag>("flag");
        QTest::newRow("man") << "A man. Haemoglobin 13 g/dL." << ValueFlag::Low;
        QTest::newRow("woman") << "A woman. Haemoglobin 13 g/dL." << ValueFlag::Normal;
        QTest::newRow("sex found after the value") << "Haemoglobin 13 g/dL in a man." << ValueFlag::Low;
        QTest::newRow("unknown sex") << "Haemoglobin 13 g/dL." << ValueFlag::Normal;
    }
    void sexSpecificRanges()
    {
        QFETCH(QString, text);
        QFETCH(ValueFlag, flag);
        const ExtractionResult result = testsupport::fixtureEngine()->extract(text, QStringLiteral("en"));
        const Finding* haemoglobin = nullptr;
        for (const Finding& finding : result.findings)
            if (finding.conceptId == QLatin1String("cl:haemoglobin"))
                haemoglobin = &finding;
        QVERIFY2(haemoglobin, qPrintable(testsupport::describe(result)));
        QCOMPARE(haemoglobin->flag, flag);
    }

    void notValues_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::newRow("implausible without unit") << "en"
                                                  << "T 12 was fractured";
        QTest::newRow("case-sensitive name") << "en"
                                             << "fc 100";
        QTest::newRow("name alone") << "en"
                                    << "CRP was normal";
        QTest::newRow("name inside a word") << "en"
                                            << "Tax 38";
    }
    void notValues()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        const ExtractionResult result = testsupport::fixtureEngine()->extract(text, language);
        for (const Finding& finding : result.findings)
            QVERIFY2(finding.category != FindingCategory::VitalSign &&
                         finding.category != FindingCategory::LabResult,
                     qPrintable(testsupport::describe(result)));
    }

    void dosesPerDayAreNotLabResults()
    {
        // A mass per day is a dose; per 24 hours, a urine collection's result (a regression
        // found when "mg/day" joined units.tsv for the translation check).
        const auto engine = FindingsEngine::shared();
        for (const auto& [text, language] : {std::pair{"Prednisona 30 mg/día.", "es"},
                                             std::pair{"Prednisone 30 mg/day and 1 g/d of metformin.", "en"}}) {
            const ExtractionResult result = engine->extract(QString::fromUtf8(text), QString::fromLatin1(language));
            for (const Finding& finding : result.findings)
                QVERIFY2(finding.category != FindingCategory::LabResult, qPrintable(testsupport::describe(result)));
        }
        const ExtractionResult urine =
            engine->extract(QStringLiteral("Urine collection: 300 mg/24 h."), QStringLiteral("en"));
        bool lab = false;
        for (const Finding& finding : urine.findings)
            lab = lab || finding.category == FindingCategory::LabResult;
        QVERIFY2(lab, qPrintable(testsupport::describe(urine)));
    }

    void valueWordsAreNotAlsoTerms()
    {
        // "glucose" is a medication term too; inside a lab value it is the analyte only.
        const ExtractionResult result = testsupport::fixtureEngine()->extract(
            QStringLiteral("Glucose 110 mg/dl, glucose infusion."), QStringLiteral("en"));
        QCOMPARE(result.findings.size(), 2);
        QCOMPARE(result.findings[0].category, FindingCategory::LabResult);
        QCOMPARE(result.findings[1].category, FindingCategory::Medication);
        QCOMPARE(result.findings[1].text, QStringLiteral("glucose"));
    }
};

QTEST_GUILESS_MAIN(TestValues)
#include "tst_values.moc"
