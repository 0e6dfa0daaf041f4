// Units: UCUM spelling, conversion to canonical units, and the canonical value of findings.

#include "FindingsTestSupport.h"
#include "findings/UnitTable.h"

#include <QTest>

using namespace caselens;
using namespace caselens::findings;

class TestUnits : public QObject {
    Q_OBJECT
private slots:
    void ucumSpelling_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("ucum");
        QTest::newRow("mg/dl") << "mg/dl"
                               << "mg/dL";
        QTest::newRow("g/dl") << "g/dl"
                              << "g/dL";
        QTest::newRow("degree") << "°C"
                                << "Cel";
        QTest::newRow("letter o") << "o"
                                  << "Cel";
        QTest::newRow("bpm") << "bpm"
                             << "/min";
        QTest::newRow("per mm3") << "/mm3"
                                 << "/mm3";
    }
    void ucumSpelling()
    {
        QFETCH(QString, written);
        QFETCH(QString, ucum);
        const UnitEntry* unit = testsupport::fixtureLexicons()->units().find(written);
        QVERIFY(unit);
        QCOMPARE(unit->ucum, ucum);
    }

    void convertibleUnitsCompareEqual()
    {
        const UnitTable& units = testsupport::fixtureLexicons()->units();
        const auto perCubicMillimetre = units.toCanonical(27400, QStringLiteral("/mm3"));
        const auto perLitre = units.toCanonical(27.4, QStringLiteral("10*9/L"));
        QVERIFY(perCubicMillimetre && perLitre);
        QCOMPARE(perCubicMillimetre->dimension, QStringLiteral("cell_count"));
        QCOMPARE(perCubicMillimetre->unit, QStringLiteral("10*9/L"));
        QCOMPARE(perCubicMillimetre->value, perLitre->value);
        QCOMPARE(units.toCanonical(13.5, QStringLiteral("g/dL"))->value,
                 units.toCanonical(135, QStringLiteral("g/L"))->value);
        QVERIFY(!units.toCanonical(1, QStringLiteral("furlongs")));
    }

    void dosesPerDayInEveryLanguage()
    {
        // "100 mg/día" and its translation "100 mg/day" are the same dose (found by the
        // translation check: without "mg/day" the English read "100 mg", a different unit).
        const UnitTable& units = findings::CompiledLexicons::shared()->units();
        for (const char* written : {"mg/día", "mg/dia", "mg/day", "mg/d", "mg/24 hours"})
            QCOMPARE(units.find(QString::fromUtf8(written))->ucum, QStringLiteral("mg/(24.h)"));
        QCOMPARE(units.toCanonical(1, QStringLiteral("g/day"))->value,
                 units.toCanonical(1000, QStringLiteral("mg/day"))->value);
    }

    void exactCaseWinsBetweenVariants()
    {
        // "mm" (length) and "mM" (millimolar) fold alike; the one written exactly wins.
        const auto lexicons = testsupport::fixtureLexicons();
        const auto millimolar = Tokenizer::tokenize(QStringLiteral("mM"));
        const auto millimetre = Tokenizer::tokenize(QStringLiteral("mm"));
        QCOMPARE(lexicons->units().match(QStringLiteral("mM"), millimolar, 0, 1).unit->ucum,
                 QStringLiteral("mmol/L"));
        QCOMPARE(lexicons->units().match(QStringLiteral("mm"), millimetre, 0, 1).unit->ucum,
                 QStringLiteral("mm"));
    }

    void canonicalValueOfFindings()
    {
        const auto engine = testsupport::fixtureEngine();
        const ExtractionResult pt =
            engine->extract(QStringLiteral("Leucócitos 27,400/mm3."), QStringLiteral("pt"));
        const ExtractionResult en =
            engine->extract(QStringLiteral("Leukocytes 27.4 x10^9/L."), QStringLiteral("en"));
        QCOMPARE(pt.findings.size(), 1);
        QCOMPARE(en.findings.size(), 1);
        const auto a = engine->canonicalQuantity(pt.findings.first());
        const auto b = engine->canonicalQuantity(en.findings.first());
        QVERIFY(a && b);
        QCOMPARE(a->value, 27.4);
        QCOMPARE(b->value, 27.4);
        QCOMPARE(a->unit, QStringLiteral("10*9/L"));
        // Durations in days, ages in years.
        const ExtractionResult time =
            engine->extract(QStringLiteral("Pain for two weeks."), QStringLiteral("en"));
        const Finding* weeks =
            testsupport::findingOf(time, FindingCategory::Time, QStringLiteral("two weeks"));
        QVERIFY(weeks);
        QCOMPARE(engine->canonicalQuantity(*weeks)->value, 14.0);
        // The free function uses the shipped lexicons, which know the same units.
        QCOMPARE(*canonicalValue(pt.findings.first()), 27.4);
    }
};

QTEST_GUILESS_MAIN(TestUnits)
#include "tst_units.moc"
