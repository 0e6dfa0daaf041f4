// Values written the ways the MACCROBAT tuning half showed the engine missing or mistaking
// them: lists closed by "respectively", lists of one analyte, reference intervals, names with
// a bracketed abbreviation, fractions for percentages, degrees Fahrenheit, a value restated in
// another unit. With the shipped lexicons: each rule is engine and lexicon data together.

#include "FindingsTestSupport.h"

#include <QTest>

using namespace caselens;

Q_DECLARE_METATYPE(caselens::ValueFlag)

namespace {

// The value finding whose text is `text`, or nullptr.
const Finding* valueOf(const ExtractionResult& result, const QString& text)
{
    for (const Finding& finding : result.findings)
        if ((finding.category == FindingCategory::VitalSign ||
             finding.category == FindingCategory::LabResult) &&
            finding.text == text)
            return &finding;
    return nullptr;
}

int valueCount(const ExtractionResult& result)
{
    int count = 0;
    for (const Finding& finding : result.findings)
        count +=
            finding.category == FindingCategory::VitalSign || finding.category == FindingCategory::LabResult;
    return count;
}

ExtractionResult extract(const QString& text, const QString& language)
{
    return FindingsEngine::shared()->extract(text, language);
}

} // namespace

class TestValueLists : public QObject {
    Q_OBJECT
private slots:
    void valuesAsWritten_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("span");
        QTest::addColumn<QString>("conceptId");
        QTest::addColumn<QString>("reading"); // value and UCUM unit: "9.9 g/dL"

        // Lists closed by "respectively": the n-th value is the n-th name's.
        QTest::newRow("en respectively, first")
            << "en"
            << "WBC, Hb and platelets were 12, 9.9 and 250 ×10^9/L respectively."
            << "12"
            << "cl:leukocytes"
            << "12 10*9/L";
        QTest::newRow("en respectively, second")
            << "en"
            << "WBC, Hb and platelets were 12, 9.9 and 250 ×10^9/L respectively."
            << "9.9"
            << "cl:haemoglobin"
            << "9.9 g/dL";
        QTest::newRow("en respectively, last")
            << "en"
            << "WBC, Hb and platelets were 12, 9.9 and 250 ×10^9/L respectively."
            << "250 ×10^9/L"
            << "cl:platelets"
            << "250 10*9/L";
        QTest::newRow("en respectively, vital signs")
            << "en"
            << "Blood pressure, pulse rate and respiratory rate were 174/127 mm Hg, 88/min, and 22/min, "
               "respectively."
            << "22/min"
            << "cl:respiratory_rate"
            << "22 /min";
        QTest::newRow("pt respectivamente")
            << "pt"
            << "Hemoglobina e plaquetas de 9,9 g/dL e 250 ×10^9/L, respectivamente."
            << "9,9 g/dL"
            << "cl:haemoglobin"
            << "9.9 g/dL";
        QTest::newRow("es respectivamente")
            << "es"
            << "Hemoglobina y plaquetas de 9,9 g/dL y 250 ×10^9/L, respectivamente."
            << "250 ×10^9/L"
            << "cl:platelets"
            << "250 10*9/L";
        QTest::newRow("respectively, unit written once")
            << "en"
            << "Raised alanine and glutamine (1567 and 1369 μmol/l, respectively)."
            << "1567"
            << "value:substance_concentration"
            << "1567 umol/L";
        // A list of one analyte's values.
        QTest::newRow("en list of one analyte") << "en"
                                                << "Apgar scores were 2, 6, and 7 at 1, 5, and 10 minutes."
                                                << "7"
                                                << "cl:apgar_score"
                                                << "7 {score}";
        // A bracketed abbreviation and words of change between the name and its value.
        QTest::newRow("en bracketed abbreviation") << "en"
                                                   << "a Glasgow coma scale (GCS) score of 14."
                                                   << "Glasgow coma scale (GCS) score of 14"
                                                   << "cl:glasgow_coma_scale"
                                                   << "14 {score}";
        QTest::newRow("pt bracketed abbreviation") << "pt"
                                                   << "saturação periférica de oxigénio (SpO2) de 95%."
                                                   << "saturação periférica de oxigénio (SpO2) de 95%"
                                                   << "cl:spo2"
                                                   << "95 %";
        QTest::newRow("en change verb") << "en"
                                        << "Her ejection fraction had improved to 55%."
                                        << "ejection fraction had improved to 55%"
                                        << "cl:lvef"
                                        << "55 %";
        // Fractions for percentages, degrees Fahrenheit.
        QTest::newRow("en ejection fraction as a fraction") << "en"
                                                            << "reduced EF=0.20 in September"
                                                            << "EF=0.20"
                                                            << "cl:lvef"
                                                            << "0.2 {ratio}";
        QTest::newRow("en Fahrenheit") << "en"
                                       << "His body temperature was 98 °F."
                                       << "body temperature was 98 °F"
                                       << "cl:temperature"
                                       << "98 [degF]";
        QTest::newRow("en Fahrenheit without a name") << "en"
                                                      << "He was febrile (101.3 °F)."
                                                      << "101.3 °F"
                                                      << "cl:temperature"
                                                      << "101.3 [degF]";
        // The same value in another unit, in brackets.
        QTest::newRow("en restated in another unit") << "en"
                                                     << "HbA1c was 62 mmol/mol (7.8%) despite treatment."
                                                     << "7.8%"
                                                     << "cl:hba1c"
                                                     << "7.8 %";
        // An unnamed count whose grouping the text's convention reads as thousands.
        QTest::newRow("en grouped count without a name") << "en"
                                                         << "leukocytosis of 49,500/mm3 with neutrophilia"
                                                         << "49,500/mm3"
                                                         << "value:cell_count"
                                                         << "49500 /mm3";
    }
    void valuesAsWritten()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QString, span);
        QFETCH(QString, conceptId);
        QFETCH(QString, reading);
        const ExtractionResult result = extract(text, language);
        const Finding* finding = valueOf(result, span);
        QVERIFY2(finding, qPrintable(testsupport::describe(result)));
        QCOMPARE(finding->conceptId, conceptId);
        QVERIFY(finding->value);
        QCOMPARE(QString::number(*finding->value) + QLatin1Char(' ') + finding->unit, reading);
    }

    void respectivelyKeepsNamesAsTests()
    {
        // The names stay findings of their own (the tests), the values are the results.
        const ExtractionResult result =
            extract(QStringLiteral("WBC, Hb and platelets were 12, 9.9 and 250 ×10^9/L respectively."),
                    QStringLiteral("en"));
        QCOMPARE(valueCount(result), 3);
        QVERIFY2(testsupport::findingOf(result, FindingCategory::Procedure, QStringLiteral("WBC")),
                 qPrintable(testsupport::describe(result)));
    }

    void namesBeforeAListAreNotOneAnalyte()
    {
        // Without "respectively" the list is ambiguous: the last name does not take it all.
        const ExtractionResult result =
            extract(QStringLiteral("WBC, Hb and platelets were 12, 9.9 and 250."), QStringLiteral("en"));
        QVERIFY2(valueCount(result) <= 1, qPrintable(testsupport::describe(result)));
    }

    void referenceIntervalsAreNotValues_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("values");
        QTest::newRow("en normal") << "en"
                                   << "ALT 247 U/L (normal < 33 U/L) and AST 139 U/L (normal <32 U/L)." << 2;
        QTest::newRow("en normal range")
            << "en"
            << "Lactate was high (3.1 mmol/L, normal range 0.5–2.2 mmol/L)." << 1;
        QTest::newRow("en reference") << "en"
                                      << "serum amylase 249 U/L [reference up to 100 U/L]" << 1;
        QTest::newRow("en bare range after a value") << "en"
                                                     << "lactate dehydrogenase, 547 U/L (106–211 U/L)." << 1;
        QTest::newRow("pt VR") << "pt"
                               << "ALT 247 U/L (VR: 7-56 U/L)." << 1;
        QTest::newRow("es valores normales") << "es"
                                             << "ALT 247 U/L (valores normales 7-56 U/L)." << 1;
        QTest::newRow("en unbracketed") << "en"
                                        << "ESR 7 mm/h, reference range: 0-20 mm/h." << 1;
    }
    void referenceIntervalsAreNotValues()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(int, values);
        const ExtractionResult result = extract(text, language);
        QVERIFY2(valueCount(result) == values, qPrintable(testsupport::describe(result)));
    }

    void normalInsideABracketIsNotAlwaysAnInterval()
    {
        // "within normal limits" ends at the comma: amylase is the patient's.
        const ExtractionResult result = extract(
            QStringLiteral("Tests were obtained (a blood count was within normal limits, amylase: 136 U/L)."),
            QStringLiteral("en"));
        QVERIFY2(valueOf(result, QStringLiteral("amylase: 136 U/L")),
                 qPrintable(testsupport::describe(result)));
    }

    void digitsGluedToAnAbbreviationNameAVariant()
    {
        // "CK19" is cytokeratin 19, not a creatine kinase of 19.
        const ExtractionResult result =
            extract(QStringLiteral("Staining for CK19 and CD99 was present."), QStringLiteral("en"));
        QVERIFY2(valueCount(result) == 0, qPrintable(testsupport::describe(result)));
    }

    void fractionIsFlaggedInItsOwnRange()
    {
        const ExtractionResult result = extract(QStringLiteral("reduced EF (0.11)."), QStringLiteral("en"));
        QCOMPARE(valueCount(result), 1);
        QCOMPARE(result.findings.first().flag, ValueFlag::Low);
        QVERIFY(result.findings.first().unitInferred);
    }
};

QTEST_GUILESS_MAIN(TestValueLists)
#include "tst_valuelists.moc"
