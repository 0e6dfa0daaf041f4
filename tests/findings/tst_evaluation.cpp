// The evaluation readers (brat, CodiEsp, E3C XMI, NegEx) and the span scorer, on tiny corpora
// written for the tests (tests/data/findings/gold).

#include "FindingsTestSupport.h"
#include "findings/evaluation/GoldCorpus.h"
#include "findings/evaluation/NegexEvaluation.h"
#include "findings/evaluation/SpanScorer.h"

#include <QTest>

using namespace caselens;
using namespace caselens::evaluation;

namespace {

const GoldSpan* spanOf(const GoldDocument& document, const QString& category, int start)
{
    for (const GoldSpan& span : document.spans)
        if (span.category == category && span.start == start)
            return &span;
    return nullptr;
}

Finding finding(FindingCategory category, int start, int end, bool negated = false)
{
    Finding f;
    f.category = category;
    f.start = start;
    f.end = end;
    f.negated = negated;
    return f;
}

} // namespace

class TestEvaluation : public QObject {
    Q_OBJECT
private slots:
    void readsBrat()
    {
        const auto documents =
            GoldCorpus::readBrat(testsupport::dataPath(QStringLiteral("findings/gold/brat")), {});
        QVERIFY2(documents, qPrintable(documents.error()));
        QCOMPARE(documents->size(), 1);
        const GoldDocument& document = documents->first();
        QCOMPARE(document.id, QStringLiteral("case1"));
        // The qualitative Lab_value is not a measurement: 7 of 8 spans are kept.
        QCOMPARE(document.spans.size(), 7);
        QCOMPARE(spanOf(document, QStringLiteral("symptom"), 25)->polarity, 1); // event marked NEG
        QCOMPARE(spanOf(document, QStringLiteral("age"), 2)->polarity, 0);      // not an event
        QVERIFY(spanOf(document, QStringLiteral("value"), 44));
        QVERIFY(!spanOf(document, QStringLiteral("value"), 31));
        const auto only = GoldCorpus::readBrat(testsupport::dataPath(QStringLiteral("findings/gold/brat")),
                                               {QStringLiteral("nothing")});
        QVERIFY(only && only->isEmpty());
    }

    void scoresBratWithSplitValues()
    {
        const auto documents =
            GoldCorpus::readBrat(testsupport::dataPath(QStringLiteral("findings/gold/brat")), {});
        QVERIFY(documents);
        SpanScorer scorer(true);
        scorer.add(documents->first(),
                   testsupport::fixtureEngine()->extract(documents->first().text, QStringLiteral("en")));
        const auto& scores = scorer.scores();
        for (const char* category : {"age", "sex", "symptom", "procedure", "value", "medication"}) {
            const CategoryScore score = scores.value(QString::fromLatin1(category));
            QVERIFY2(score.strict.truePositives == 1 && score.gold == 1 && score.predicted == 1, category);
        }
        QCOMPARE(scores.value(QStringLiteral("anatomy")).gold, 1);
        QCOMPARE(scores.value(QStringLiteral("anatomy")).overlapGold, 0);
        QCOMPARE(scorer.negation().truePositives, 1);
        QCOMPARE(scorer.negation().gold, 1);
        QVERIFY(scorer.errors().contains(QStringLiteral("case1\tanatomy\tmissed\tA")));
    }

    void strictAndOverlapArithmetic()
    {
        GoldDocument gold{
            QStringLiteral("d"), QStringLiteral("0123456789012345678901234567890123456789"), {}};
        gold.spans.append({QStringLiteral("medication"), 0, 5, QStringLiteral("M"), 0});
        gold.spans.append({QStringLiteral("medication"), 10, 15, QStringLiteral("M"), 0});
        gold.spans.append({QStringLiteral("medication"), 20, 25, QStringLiteral("M"), 0});
        ExtractionResult extracted;
        extracted.findings.append(finding(FindingCategory::Medication, 0, 5));   // exact
        extracted.findings.append(finding(FindingCategory::Medication, 12, 18)); // overlap only
        extracted.findings.append(finding(FindingCategory::Medication, 30, 33)); // spurious
        extracted.findings.append(finding(FindingCategory::Diagnosis, 20, 25));  // other category
        SpanScorer scorer;
        scorer.add(gold, extracted);
        const CategoryScore score = scorer.scores().value(QStringLiteral("medication"));
        QCOMPARE(score.strict.truePositives, 1);
        QCOMPARE(score.strict.precision(), 1.0 / 3);
        QCOMPARE(score.strict.recall(), 1.0 / 3);
        QCOMPARE(score.overlapPrecision(), 2.0 / 3);
        QCOMPARE(score.overlapRecall(), 2.0 / 3);
        QCOMPARE(score.overlapF1(), 2.0 / 3);
        QVERIFY(!scorer.scores().contains(QStringLiteral("diagnosis"))); // not annotated: not scored
    }

    void readsCodiesp()
    {
        const auto documents =
            GoldCorpus::readCodiesp(testsupport::dataPath(QStringLiteral("findings/gold/codiesp")), {});
        QVERIFY2(documents, qPrintable(documents.error()));
        QCOMPARE(documents->size(), 1);
        const GoldDocument& document = documents->first();
        QCOMPARE(document.spans.size(), 3);
        QCOMPARE(spanOf(document, QStringLiteral("condition"), 21)->end, 35);
        QCOMPARE(spanOf(document, QStringLiteral("procedure"), 52)->end, 55);
        QCOMPARE(spanOf(document, QStringLiteral("condition"), 0)->end, 35); // discontinuous: its extent
        QVERIFY(!GoldCorpus::readCodiesp(testsupport::dataPath(QStringLiteral("findings/gold/brat")), {}));
    }

    void readsE3cInCodePoints()
    {
        const auto documents =
            GoldCorpus::readE3c(testsupport::dataPath(QStringLiteral("findings/gold/e3c")), {});
        QVERIFY2(documents, qPrintable(documents.error()));
        QCOMPARE(documents->size(), 1);
        const GoldDocument& document = documents->first();
        const QList<uint> points = document.text.toUcs4();
        const GoldSpan* fever = spanOf(document, QStringLiteral("condition"), 5);
        QVERIFY(fever); // UTF-16 offset 6, code point 5: after the emoji
        QCOMPARE(fever->end, 10);
        QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t*>(&points[5]), 5),
                 QStringLiteral("fever"));
        int times = 0;
        int events = 0;
        for (const GoldSpan& span : document.spans) {
            times += span.category == QLatin1String("time") ? 1 : 0; // the SET is not a time
            events += span.category == QLatin1String("event") ? 1 : 0;
        }
        QCOMPARE(times, 1);
        QCOMPARE(events, 2);
        QCOMPARE(spanOf(document, QStringLiteral("event"), 5)->polarity, 1);
    }

    void negexRows()
    {
        const auto result = NegexEvaluation::run(
            testsupport::dataPath(QStringLiteral("findings/gold/negex.tsv")), QStringLiteral("en"));
        QVERIFY2(result, qPrintable(result.error()));
        // The last row's sentence is quoted and holds a tab, quotes and a line break.
        QCOMPARE(result->rows, 6);
        QCOMPARE(result->skipped, 1);
        QCOMPARE(result->negated.gold, 3);
        QCOMPARE(result->negated.truePositives, 3);
        QCOMPARE(result->negated.predicted, 3);
        const auto half =
            NegexEvaluation::run(testsupport::dataPath(QStringLiteral("findings/gold/negex.tsv")),
                                 QStringLiteral("en"), {QStringLiteral("2")});
        QCOMPARE(half->rows, 2);
    }
};

QTEST_GUILESS_MAIN(TestEvaluation)
#include "tst_evaluation.moc"
