// Regression test on the seed case (resources/demo/septic-shock-47m.{pt,en}.txt): every vital
// sign and lab value with its flag, the drugs, the diagnoses, the negated findings, the organism,
// the age and the sex, found on both sides with the same concept and value, and linked.
//
// Temperature: "Ta: 37,5o" is flagged high, because analytes.tsv's adult range ends at 37.2 °C
// (fever, ≥ 38.0 °C, is a separate clinical judgement the flag does not make).

#include "TestSupport.h"
#include "findings/FindingsEngine.h"

#include <QFile>
#include <QTest>

using namespace caselens;

Q_DECLARE_METATYPE(caselens::FindingCategory)
Q_DECLARE_METATYPE(caselens::ValueFlag)

namespace {

QString demoText(const QString& name)
{
    QFile file(testsupport::sourcePath(QStringLiteral("resources/demo/") + name));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

const PairResult& seedPair()
{
    static const PairResult pair = FindingsEngine::shared()->extractPair(
        demoText(QStringLiteral("septic-shock-47m.pt.txt")), QStringLiteral("pt"),
        demoText(QStringLiteral("septic-shock-47m.en.txt")), QStringLiteral("en"));
    return pair;
}

QList<int> indicesOf(const ExtractionResult& result, FindingCategory category, const QString& wanted)
{
    QList<int> indices;
    for (qsizetype i = 0; i < result.findings.size(); ++i)
        if (result.findings[i].category == category && result.findings[i].conceptId == wanted)
            indices.append(static_cast<int>(i));
    return indices;
}

int linkedTo(const PairResult& pair, int original)
{
    for (const FindingLink& link : pair.links)
        if (link.originalFinding == original)
            return static_cast<int>(link.translationFinding);
    return -1;
}

QString describe(const ExtractionResult& result, const QList<int>& indices)
{
    QStringList parts;
    for (const int i : indices)
        parts.append(result.findings[i].text);
    return parts.join(QStringLiteral(" | "));
}

} // namespace

class TestSeedCase : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(!demoText(QStringLiteral("septic-shock-47m.pt.txt")).isEmpty());
        QCOMPARE(seedPair().original.language, QStringLiteral("pt"));
        QCOMPARE(seedPair().translation.language, QStringLiteral("en"));
    }

    void valuesOnBothSidesLinked_data()
    {
        QTest::addColumn<FindingCategory>("category");
        QTest::addColumn<QString>("conceptId");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<bool>("inferred");
        QTest::addColumn<ValueFlag>("flag");
        QTest::addColumn<int>("count"); // occurrences on each side

        QTest::newRow("blood pressure 80/50") << FindingCategory::VitalSign << "cl:blood_pressure" << 80.0
                                              << "mm[Hg]" << true << ValueFlag::Low << 1;
        QTest::newRow("heart rate 109")
            << FindingCategory::VitalSign << "cl:heart_rate" << 109.0 << "/min" << false << ValueFlag::High
            << 2; // "Fc: 109 bpm" and the ECG's "109 bpm"
        QTest::newRow("temperature 37.5") << FindingCategory::VitalSign << "cl:temperature" << 37.5 << "Cel"
                                          << false << ValueFlag::High << 1;
        QTest::newRow("leukocytes 27400/mm3") << FindingCategory::LabResult << "cl:leukocytes" << 27400.0
                                              << "/mm3" << false << ValueFlag::High << 1;
        QTest::newRow("neutrophils 22%")
            << FindingCategory::LabResult << "cl:neutrophils" << 22.0 << "%" << false << ValueFlag::Low << 1;
        QTest::newRow("haemoglobin 9.9") << FindingCategory::LabResult << "cl:haemoglobin" << 9.9 << "g/dL"
                                         << false << ValueFlag::Low << 1;
        QTest::newRow("creatinine 0.80") << FindingCategory::LabResult << "cl:creatinine" << 0.8 << "mg/dL"
                                         << true << ValueFlag::Normal << 1;
        QTest::newRow("LDH 313") << FindingCategory::LabResult << "cl:ldh" << 313.0 << "U/L" << true
                                 << ValueFlag::High << 1;
        QTest::newRow("procalcitonin 0.84") << FindingCategory::LabResult << "cl:procalcitonin" << 0.84
                                            << "ng/mL" << true << ValueFlag::High << 1;
        QTest::newRow("CRP 115") << FindingCategory::LabResult << "cl:crp" << 115.0 << "mg/L" << true
                                 << ValueFlag::High << 1;
        QTest::newRow("age 47") << FindingCategory::Age << "cl:age" << 47.0 << "a" << false << ValueFlag::None
                                << 1;
    }
    void valuesOnBothSidesLinked()
    {
        QFETCH(FindingCategory, category);
        QFETCH(QString, conceptId);
        QFETCH(double, value);
        QFETCH(QString, unit);
        QFETCH(bool, inferred);
        QFETCH(ValueFlag, flag);
        QFETCH(int, count);
        const PairResult& pair = seedPair();
        const QList<int> original = indicesOf(pair.original, category, conceptId);
        const QList<int> translation = indicesOf(pair.translation, category, conceptId);
        QVERIFY2(original.size() == count, qPrintable(describe(pair.original, original)));
        QVERIFY2(translation.size() == count, qPrintable(describe(pair.translation, translation)));
        for (const ExtractionResult* side : {&pair.original, &pair.translation}) {
            for (const int i : (side == &pair.original ? original : translation)) {
                const Finding& finding = side->findings[i];
                QVERIFY(finding.value);
                QCOMPARE(*finding.value, value);
                QCOMPARE(finding.unit, unit);
                QCOMPARE(finding.unitInferred, inferred);
                QCOMPARE(finding.flag, flag);
                QVERIFY(!finding.negated);
            }
        }
        for (const int i : original)
            QVERIFY2(translation.contains(linkedTo(pair, i)), qPrintable(pair.original.findings[i].text));
    }

    void termsOnBothSidesLinked_data()
    {
        QTest::addColumn<FindingCategory>("category");
        QTest::addColumn<QString>("conceptId");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("negated");
        QTest::addColumn<int>("count");

        QTest::newRow("male") << FindingCategory::Sex << "cl:male"
                              << "" << false << 1;
        QTest::newRow("diclofenac") << FindingCategory::Medication << "drugbank:DB00586"
                                    << "DB00586" << false << 1;
        QTest::newRow("dexamethasone") << FindingCategory::Medication << "drugbank:DB01234"
                                       << "DB01234" << false << 1;
        QTest::newRow("ceftriaxone") << FindingCategory::Medication << "drugbank:DB01212"
                                     << "DB01212" << false << 1;
        QTest::newRow("vasoactive drugs") << FindingCategory::Medication << "cl:vasoactive_drugs"
                                          << "" << false << 1;
        QTest::newRow("septic shock") << FindingCategory::Diagnosis << "icd10:R57.2"
                                      << "R57.2" << false << 1;
        QTest::newRow("spondylodiscitis") << FindingCategory::Diagnosis << "icd10:M46.4"
                                          << "M46.4" << false << 2;
        QTest::newRow("pleural effusion") << FindingCategory::Diagnosis << "icd10:J90"
                                          << "J90" << false << 1;
        QTest::newRow("sinus tachycardia") << FindingCategory::Diagnosis << "cl:sinus_tachycardia"
                                           << "" << false << 1;
        QTest::newRow("E. coli") << FindingCategory::Organism << "cl:escherichia_coli"
                                 << "" << false << 2;
        QTest::newRow("no murmurs") << FindingCategory::Symptom << "cl:heart_murmur"
                                    << "" << true << 1;
        QTest::newRow("no focal deficit") << FindingCategory::Symptom << "cl:focal_neurological_deficit"
                                          << "" << true << 1;
        QTest::newRow("vertebral level L5-S1") << FindingCategory::Anatomy << "cl:spine_L5-S1"
                                               << "" << false << 3;
    }
    void termsOnBothSidesLinked()
    {
        QFETCH(FindingCategory, category);
        QFETCH(QString, conceptId);
        QFETCH(QString, code);
        QFETCH(bool, negated);
        QFETCH(int, count);
        const PairResult& pair = seedPair();
        const QList<int> original = indicesOf(pair.original, category, conceptId);
        const QList<int> translation = indicesOf(pair.translation, category, conceptId);
        QVERIFY2(original.size() == count, qPrintable(describe(pair.original, original)));
        QVERIFY2(translation.size() == count, qPrintable(describe(pair.translation, translation)));
        for (const int i : original) {
            QCOMPARE(pair.original.findings[i].code, code);
            QCOMPARE(pair.original.findings[i].negated, negated);
            const int j = linkedTo(pair, i);
            QVERIFY2(translation.contains(j), qPrintable(pair.original.findings[i].text));
            QCOMPARE(pair.translation.findings[j].negated, negated);
        }
    }

    void spondylodiscitisIsUncertainWhereImagingSuggestsIt()
    {
        for (const ExtractionResult* side : {&seedPair().original, &seedPair().translation}) {
            const QList<int> found =
                indicesOf(*side, FindingCategory::Diagnosis, QStringLiteral("icd10:M46.4"));
            QCOMPARE(found.size(), 2);
            QVERIFY(side->findings[found[0]].uncertain);  // "sugestivo de" / "suggestive of"
            QVERIFY(!side->findings[found[1]].uncertain); // the final diagnosis
            QCOMPARE(side->findings[found[1]].section, QStringLiteral("diagnosis"));
        }
    }

    void misspelledDrugsAreNotMedications()
    {
        // "cloxaciclina" / "cloxacycline" (for cloxacilina / cloxacillin): the translation check
        // reports them; the extractor must not pretend they are a known drug.
        for (const ExtractionResult* side : {&seedPair().original, &seedPair().translation})
            for (const Finding& finding : side->findings)
                QVERIFY2(!finding.text.startsWith(QStringLiteral("cloxac"), Qt::CaseInsensitive),
                         qPrintable(finding.text));
    }

    void everyDiagnosisIsLinked()
    {
        const PairResult& pair = seedPair();
        QStringList unlinked;
        for (const int i : pair.unpairedOriginal)
            if (pair.original.findings[i].category == FindingCategory::Diagnosis)
                unlinked.append(pair.original.findings[i].text);
        for (const int j : pair.unpairedTranslation)
            if (pair.translation.findings[j].category == FindingCategory::Diagnosis)
                unlinked.append(pair.translation.findings[j].text);
        QVERIFY2(unlinked.isEmpty(), qPrintable(unlinked.join(QStringLiteral(" | "))));
    }

    void normalImagingIsNotNegatedFindings()
    {
        // "Raio-X ao tórax: sem dados de interesse TAC de abdómen e pélvis c/c: ..." — "no data
        // of interest" says the X-ray was normal; neither the X-ray nor the CT that follows is
        // a negated finding.
        QStringList negated;
        for (const ExtractionResult* side : {&seedPair().original, &seedPair().translation})
            for (const Finding& finding : side->findings)
                if (finding.negated && finding.category != FindingCategory::Symptom)
                    negated.append(finding.text);
        // Fixed by the pseudo-triggers "sem dados de interesse" (pt) and "no data of interest" (en),
        // added for the translation check: the drift between the two negations was a false issue.
        QVERIFY2(negated.isEmpty(), qPrintable(negated.join(QStringLiteral(" | "))));
    }
};

QTEST_GUILESS_MAIN(TestSeedCase)
#include "tst_seedcase.moc"
