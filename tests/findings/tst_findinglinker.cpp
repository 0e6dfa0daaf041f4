// Sentence alignment and cross-language links between an original and its translation.

#include "FindingsTestSupport.h"
#include "findings/AlignmentGrid.h"

#include <QTest>

using namespace caselens;

namespace {

const Finding& linkedCounterpart(const PairResult& pair, const QString& originalText, bool* found)
{
    for (const FindingLink& link : pair.links) {
        if (pair.original.findings[static_cast<qsizetype>(link.originalFinding)].text == originalText) {
            *found = true;
            return pair.translation.findings[static_cast<qsizetype>(link.translationFinding)];
        }
    }
    *found = false;
    return pair.original.findings.first();
}

} // namespace

class TestFindingLinker : public QObject {
    Q_OBJECT
private slots:
    void linksByConceptAndCanonicalValue()
    {
        const PairResult pair = testsupport::fixtureEngine()->extractPair(
            QStringLiteral(
                "Homem de 47 anos com choque séptico. Leucócitos 27,400/mm3. Tratado com ceftriaxona."),
            QStringLiteral("pt"),
            QStringLiteral("A 47-year-old man with septic shock. Leukocytes 27.4 x10^9/L. Fever. Treated "
                           "with ceftriaxone."),
            QStringLiteral("en"));
        QCOMPARE(pair.original.language, QStringLiteral("pt"));
        QCOMPARE(pair.translation.language, QStringLiteral("en"));
        bool found = false;
        QCOMPARE(linkedCounterpart(pair, QStringLiteral("47 anos"), &found).text,
                 QStringLiteral("47-year-old"));
        QVERIFY(found);
        QCOMPARE(linkedCounterpart(pair, QStringLiteral("Homem"), &found).text, QStringLiteral("man"));
        QCOMPARE(linkedCounterpart(pair, QStringLiteral("choque séptico"), &found).text,
                 QStringLiteral("septic shock"));
        QCOMPARE(linkedCounterpart(pair, QStringLiteral("Leucócitos 27,400/mm3"), &found).text,
                 QStringLiteral("Leukocytes 27.4 x10^9/L"));
        QCOMPARE(linkedCounterpart(pair, QStringLiteral("ceftriaxona"), &found).text,
                 QStringLiteral("ceftriaxone"));
        QCOMPARE(pair.links.size(), 5);
        QVERIFY(pair.unpairedOriginal.isEmpty());
        QCOMPARE(pair.unpairedTranslation.size(), 1);
        QCOMPARE(pair.translation.findings[pair.unpairedTranslation.first()].text, QStringLiteral("Fever"));
        for (const FindingLink& link : pair.links)
            QVERIFY(link.score > 0 && link.score <= 1);
    }

    void differentValuesDoNotLink()
    {
        const PairResult pair = testsupport::fixtureEngine()->extractPair(
            QStringLiteral("Leucócitos 27.400/mm3."), QStringLiteral("pt"),
            QStringLiteral("Leukocytes 24,700/mm3."), QStringLiteral("en"));
        QVERIFY(pair.links.isEmpty());
        QCOMPARE(pair.unpairedOriginal, QList<int>{0});
        QCOMPARE(pair.unpairedTranslation, QList<int>{0});
    }

    void alignsAroundADroppedSentence()
    {
        const PairResult pair = testsupport::fixtureEngine()->extractPair(
            QStringLiteral(
                "Choque séptico grave desde a admissão. O doente estava muito mal e confuso nessa altura. "
                "Tratado com ceftriaxona durante dez dias."),
            QStringLiteral("pt"),
            QStringLiteral("Severe septic shock since admission. Treated with ceftriaxone for ten days."),
            QStringLiteral("en"));
        QCOMPARE(pair.original.sentences.size(), 3);
        QCOMPARE(pair.translation.sentences.size(), 2);
        // 0-0, 1-nothing, 2-1: the anchors (concepts) keep the last pair together.
        bool lastPaired = false;
        bool middleAlone = false;
        for (const SentenceAlignment& bead : pair.alignment) {
            if (bead.originalFirst == 2 && bead.originalCount == 1 && bead.translationFirst == 1 &&
                bead.translationCount == 1)
                lastPaired = true;
            if (bead.originalFirst == 1 && bead.originalCount == 1 && bead.translationCount == 0)
                middleAlone = true;
        }
        QVERIFY(lastPaired);
        QVERIFY(middleAlone);
        QCOMPARE(pair.links.size(), 3); // septic shock, ceftriaxone, ten days
    }

    void nearestOfRepeatedFindingsIsLinked()
    {
        const PairResult pair = testsupport::fixtureEngine()->extractPair(
            QStringLiteral("Febre ausente. Ceftriaxona. Choque séptico. Ceftriaxona outra vez."),
            QStringLiteral("pt"), QStringLiteral("No fever. Ceftriaxone. Septic shock. Ceftriaxone again."),
            QStringLiteral("en"));
        QCOMPARE(pair.links.size(), 3);
        for (const FindingLink& link : pair.links) {
            const Finding& a = pair.original.findings[static_cast<qsizetype>(link.originalFinding)];
            const Finding& b = pair.translation.findings[static_cast<qsizetype>(link.translationFinding)];
            QCOMPARE(a.conceptId, b.conceptId);
            QVERIFY2(std::abs(a.start - b.start) < 10, qPrintable(a.text));
        }
    }

    void longTextsKeepOnlyABandOfTheGrid()
    {
        // A 1 MB report has about 8,000 sentences a side: the whole grid was 64 million cells
        // (half a gigabyte, minutes of work before the workspace could show the case).
        const findings::AlignmentGrid shortCase(120, 130);
        QCOMPARE(shortCase.cellCount(), std::size_t{121 * 131});
        QVERIFY(shortCase.contains(0, 130));
        const findings::AlignmentGrid longCase(8000, 8200);
        QVERIFY2(longCase.cellCount() < std::size_t{8001} * 700, qPrintable(QString::number(longCase.cellCount())));
        QVERIFY(longCase.contains(0, 0));
        QVERIFY(longCase.contains(8000, 8200));
        QVERIFY(longCase.contains(4000, 4100));
        QVERIFY(!longCase.contains(0, 8200));
        QCOMPARE(longCase.cost(0, 8200), std::numeric_limits<double>::infinity());
        // Very uneven sides still connect row to row.
        const findings::AlignmentGrid uneven(10, 200000);
        for (int i = 1; i <= 10; ++i)
            QVERIFY(uneven.firstColumn(i) <= uneven.lastColumn(i - 1));
    }

    void longReportsAlignSentenceBySentence()
    {
        QString original;
        QString translation;
        for (int i = 0; i < 1500; ++i) {
            original += QStringLiteral("Leucócitos %1/mm3 no dia %2. ").arg(9000 + i).arg(i);
            translation += QStringLiteral("Leukocytes %1/mm3 on day %2. ").arg(9000 + i).arg(i);
        }
        const PairResult pair = testsupport::fixtureEngine()->extractPair(original, QStringLiteral("pt"), translation,
                                                                          QStringLiteral("en"));
        QCOMPARE(pair.alignment.size(), qsizetype{1500});
        for (const SentenceAlignment& bead : pair.alignment) {
            QCOMPARE(bead.originalCount, 1);
            QCOMPARE(bead.translationCount, 1);
            QCOMPARE(bead.translationFirst, bead.originalFirst);
        }
        QVERIFY(pair.links.size() >= 1500);
    }
};

QTEST_GUILESS_MAIN(TestFindingLinker)
#include "tst_findinglinker.moc"
