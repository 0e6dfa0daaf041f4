// Loading and compiling lexicons: what the engine knows, and what it reports when a file is
// missing or a row is malformed.

#include "FindingsTestSupport.h"
#include "findings/CompiledLexicons.h"
#include "findings/Tokenizer.h"

#include <QTemporaryDir>
#include <QTest>

using namespace caselens;
using namespace caselens::findings;

class TestLexicons : public QObject {
    Q_OBJECT
private slots:
    void shippedLexiconsLoadOnceAndFast()
    {
        const auto first = CompiledLexicons::shared();
        const auto second = CompiledLexicons::shared();
        QCOMPARE(first.get(), second.get());
        QVERIFY2(first->problems().isEmpty(), qPrintable(first->problems().join(QLatin1Char('\n'))));
        QVERIFY(first->terms().size() > 1000);
        QVERIFY(first->analytes().size() > 10);
        // The 100 ms target is measured in release builds by bench/run_findings_bench.sh; a
        // debug build with assertions must still stay well within a second.
        QVERIFY2(first->loadMilliseconds() < 1000, qPrintable(QString::number(first->loadMilliseconds())));
    }

    void malformedRowsAreSkippedAndReported()
    {
        const auto lexicons = testsupport::fixtureLexicons();
        const QString problems = lexicons->problems().join(QLatin1Char('\n'));
        QVERIFY2(problems.contains(QStringLiteral("terms.tsv: 2 rows ignored")), qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("units.tsv: 1 rows ignored")), qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("analytes.tsv: 1 rows ignored")), qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("analyte_names.tsv: 1 rows ignored")),
                 qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("context_triggers.tsv: 1 rows ignored")),
                 qPrintable(problems));
        // The good rows are all there.
        QVERIFY(lexicons->conceptInfo(QStringLiteral("drugbank:DB01212")));
        QVERIFY(!lexicons->conceptInfo(QStringLiteral("cl:broken")));
    }

    void missingFilesAreReportedAndExtractionStillRuns()
    {
        QTemporaryDir empty;
        const auto lexicons = CompiledLexicons::load(empty.path());
        QCOMPARE(lexicons->problems().size(), 7);
        QVERIFY(lexicons->problems().first().contains(QStringLiteral("missing")));
        const FindingsEngine engine(lexicons);
        const ExtractionResult result =
            engine.extract(QStringLiteral("Fever. BP 80/50. A 47-year-old man."), QStringLiteral("en"));
        QCOMPARE(result.sentences.size(), 3);
        // Without lexicons only the grammar-driven findings remain (age).
        QCOMPARE(result.findings.size(), 1);
        QCOMPARE(result.findings.first().category, FindingCategory::Age);
    }

    void conceptsAreSharedAcrossLanguages()
    {
        const auto lexicons = testsupport::fixtureLexicons();
        const auto description = lexicons->describeConcept(QStringLiteral("drugbank:DB01212"));
        QVERIFY(description);
        QCOMPARE(description->info.code, QStringLiteral("DB01212"));
        QCOMPARE(description->info.category, FindingCategory::Medication);
        QCOMPARE(description->names.value(QStringLiteral("en")), QStringList{QStringLiteral("ceftriaxone")});
        QCOMPARE(description->names.value(QStringLiteral("pt")), QStringList{QStringLiteral("ceftriaxona")});
        QCOMPARE(description->names.value(QStringLiteral("es")), QStringList{QStringLiteral("ceftriaxona")});
        const auto crp = lexicons->describeConcept(QStringLiteral("cl:crp"));
        QVERIFY(crp);
        QCOMPARE(crp->names.value(QStringLiteral("pt")), QStringList{QStringLiteral("PCR")});
        QCOMPARE(crp->names.value(QStringLiteral("en")), QStringList{QStringLiteral("CRP")});
        QVERIFY(!lexicons->describeConcept(QStringLiteral("cl:nothing")));
    }

    void foldingIgnoresCaseAndAccents()
    {
        QCOMPARE(Tokenizer::tokenize(QStringLiteral("Choque SÉPTICO")).at(1).hash,
                 Tokenizer::tokenize(QStringLiteral("séptico")).at(0).hash);
        QCOMPARE(Tokenizer::tokenize(QStringLiteral("Tª")).at(0).hash,
                 Tokenizer::tokenize(QStringLiteral("ta")).at(0).hash);
        // Letters and digits are separate tokens, glued: "SpO2" is "spo" + "2".
        const auto tokens = Tokenizer::tokenize(QStringLiteral("SpO2 didn't"));
        QCOMPARE(tokens.size(), std::size_t(4));
        QVERIFY(tokens[1].glued && tokens[1].continuesWord(tokens[0]));
        QVERIFY(tokens[3].contraction); // "n't"
    }
};

QTEST_GUILESS_MAIN(TestLexicons)
#include "tst_lexicons.moc"
