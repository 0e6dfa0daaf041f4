#include "core/import/BratReader.h"

#include <QTest>

using namespace caselens;

class TestBratReader : public QObject {
    Q_OBJECT
private slots:
    void readsMaccrobatStyleAnnotations()
    {
        const QString text = QStringLiteral("A 23 year old male with no fever and abdominal pain.");
        const QString ann = QStringLiteral("T1\tAge 2 13\t23 year old\n"
                                           "T2\tSex 14 18\tmale\n"
                                           "T3\tSign_symptom 27 32\tfever\n"
                                           "E1\tSign_symptom:T3 \n"
                                           "A1\tPOLARITY E1 NEG\n"
                                           "T4\tBiological_structure 37 46\tabdominal\n"
                                           "T5\tSeverity 33 36\tand\n"
                                           "R1\tMODIFY Arg1:T4 Arg2:T3\n"
                                           "#1\tAnnotatorNotes T1\tnote\n");
        const auto parsed = BratReader::parse(ann, text, QStringLiteral("x.ann"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QCOMPARE(parsed->findings.size(), 4);
        QCOMPARE(parsed->findings[0].category, FindingCategory::Age);
        QCOMPARE(parsed->findings[1].category, FindingCategory::Sex);
        QCOMPARE(parsed->findings[2].text, QStringLiteral("fever"));
        QVERIFY(parsed->findings[2].negated);
        QCOMPARE(parsed->findings[3].category, FindingCategory::Anatomy);
        QCOMPARE(parsed->findings[3].source, FindingSource::Clinician);
        QCOMPARE(parsed->findings[3].state, FindingState::Accepted);
        QCOMPARE(parsed->skippedLabels.value(QStringLiteral("Severity")), 1);
    }

    void readsOurOwnExportLabelsAndAttributes()
    {
        const QString text = QStringLiteral("Sem febre. PCR 115.");
        const QString ann =
            QStringLiteral("T1\tsymptom 4 9\tfebre\nA1\tNegated T1\nT2\tlab_result 11 18\tPCR 115\n"
                           "A2\tUncertain T2\nA3\tExperiencer T2 other\n");
        const auto parsed = BratReader::parse(ann, text, QStringLiteral("x.ann"));
        QVERIFY(parsed.ok());
        QVERIFY(parsed->findings[0].negated);
        QVERIFY(parsed->findings[1].uncertain);
        QCOMPARE(parsed->findings[1].experiencer, Experiencer::Other);
    }

    void discontinuousSpansBecomeTheirCover()
    {
        const QString text = QStringLiteral("left and right kidney");
        const auto parsed = BratReader::parse(QStringLiteral("T1\tanatomy 0 4;15 21\tleft kidney\n"), text,
                                              QStringLiteral("x.ann"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->findings[0].start, 0);
        QCOMPARE(parsed->findings[0].end, 21);
        QCOMPARE(parsed->discontinuousSpans, 1);
    }

    void refusesMismatchesAndBadLines_data()
    {
        QTest::addColumn<QString>("ann");
        QTest::addColumn<QString>("reason");
        QTest::newRow("wrong text") << "T1\tsymptom 0 5\tfever\n"
                                    << "another text";
        QTest::newRow("outside") << "T1\tsymptom 10 500\tx\n"
                                 << "not a span";
        QTest::newRow("backwards") << "T1\tsymptom 5 2\tx\n"
                                   << "not a span";
        QTest::newRow("garbage offsets") << "T1\tsymptom a b\tx\n"
                                         << "not a span";
        QTest::newRow("no text column") << "T1\tsymptom 0 5\n"
                                        << "needs";
    }
    void refusesMismatchesAndBadLines()
    {
        QFETCH(QString, ann);
        QFETCH(QString, reason);
        const auto parsed = BratReader::parse(ann, QStringLiteral("febre alta"), QStringLiteral("case.ann"));
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().contains(reason), qPrintable(parsed.error()));
        QVERIFY(parsed.error().startsWith(QStringLiteral("case.ann, line 1")));
    }
};

QTEST_APPLESS_MAIN(TestBratReader)
#include "tst_bratreader.moc"
