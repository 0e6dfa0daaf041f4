// The pieces around an issue: its stable key, the MQM score, the "Translation error"
// annotation it becomes, the keys of types and severities, and the term index's near misses.

#include "QaTestSupport.h"
#include "findings/TextFolder.h"
#include "findings/qa/QaAnnotation.h"
#include "findings/qa/QaScore.h"
#include "findings/qa/TermIndex.h"

#include <QTest>

using namespace caselens;
using namespace caselens::qa;

Q_DECLARE_METATYPE(caselens::qa::IssueType)

namespace {

QaIssue sampleIssue()
{
    QaIssue issue;
    issue.type = IssueType::Value;
    issue.severity = Severity::Critical;
    issue.message = QStringLiteral("The value differs.");
    issue.original = {17, 27, QStringLiteral("0,80 mg/dL")};
    issue.translation = {15, 25, QStringLiteral("0.08 mg/dL")};
    return issue;
}

std::u16string folded(const char* word)
{
    return findings::TextFolder::folded(QString::fromUtf8(word));
}

} // namespace

class TestQaIssue : public QObject {
    Q_OBJECT
private slots:
    void keyIsStableAndNamesTypeSpansAndTexts()
    {
        const QaIssue issue = sampleIssue();
        QCOMPARE(issue.key(), sampleIssue().key());
        QVERIFY(issue.key().startsWith(QStringLiteral("value:17-27:15-25:")));
        QaIssue other = issue;
        other.message = QStringLiteral("Reworded in another release.");
        other.severity = Severity::Major;
        QCOMPARE(other.key(), issue.key()); // wording and severity are not the issue's identity
        other = issue;
        other.type = IssueType::Unit;
        QVERIFY(other.key() != issue.key());
        other = issue;
        other.translation.text = QStringLiteral("0.8 mg/dL");
        QVERIFY(other.key() != issue.key());
        other = issue;
        other.original = {};
        QVERIFY(other.key().startsWith(QStringLiteral("value:-1--1:15-25:")));
    }

    void keysOfAReportAreStableAcrossRuns()
    {
        const auto first =
            testsupport::checkPair("Derrame pleural esquerdo.", "pt", "Right pleural effusion.", "en");
        const auto second =
            testsupport::checkPair("Derrame pleural esquerdo.", "pt", "Right pleural effusion.", "en");
        QCOMPARE(first.issues.size(), 1);
        QCOMPARE(first.issues.first().key(), second.issues.first().key());
    }

    void typeAndSeverityKeysRoundTrip()
    {
        for (const IssueType type : allIssueTypes()) {
            QCOMPARE(issueTypeFromKey(toKey(type)), std::optional<IssueType>(type));
            QVERIFY(!displayName(type).isEmpty());
        }
        QCOMPARE(toKey(IssueType::LocaleConvention), QStringLiteral("locale_convention"));
        QVERIFY(!issueTypeFromKey(QStringLiteral("grammar")));
        for (const Severity severity : {Severity::Critical, Severity::Major, Severity::Minor})
            QCOMPARE(severityFromKey(toKey(severity)), std::optional<Severity>(severity));
    }

    void scoreFollowsTheMqmFormula()
    {
        QList<QaIssue> issues;
        QCOMPARE(QaScore::of(issues, 200).score, 100.0);
        QCOMPARE(QaScore::of(issues, 0).score, 100.0);
        QaIssue critical = sampleIssue();
        QaIssue major = sampleIssue();
        major.severity = Severity::Major;
        QaIssue minor = sampleIssue();
        minor.severity = Severity::Minor;
        issues << critical << major << minor << minor;
        const QaScore score = QaScore::of(issues, 200);
        QCOMPARE(score.critical, 1);
        QCOMPARE(score.major, 1);
        QCOMPARE(score.minor, 2);
        QCOMPARE(score.penalty, 10 + 5 + 2);
        QCOMPARE(score.score, 100.0 - 17.0 * 100.0 / 200.0); // 91.5
        QCOMPARE(QaScore::of(issues, 10).score, 0.0);        // never below zero
        QCOMPARE(QaScore::of(issues, 0).score, 0.0);
        QCOMPARE(score.issueCount(), 4);
    }

    void becomesATranslationErrorAnnotation_data()
    {
        QTest::addColumn<IssueType>("type");
        QTest::addColumn<QString>("subtype");
        QTest::newRow("value") << IssueType::Value << "number/unit";
        QTest::newRow("unit") << IssueType::Unit << "number/unit";
        QTest::newRow("locale") << IssueType::LocaleConvention << "number/unit";
        QTest::newRow("polarity") << IssueType::Polarity << "mistranslation";
        QTest::newRow("certainty") << IssueType::Certainty << "mistranslation";
        QTest::newRow("laterality") << IssueType::Laterality << "mistranslation";
        QTest::newRow("omission") << IssueType::Omission << "omission";
        QTest::newRow("addition") << IssueType::Addition << "addition";
        QTest::newRow("terminology") << IssueType::Terminology << "terminology";
        QTest::newRow("untranslated") << IssueType::Untranslated << "terminology";
    }
    void becomesATranslationErrorAnnotation()
    {
        QFETCH(IssueType, type);
        QFETCH(QString, subtype);
        QaIssue issue = sampleIssue();
        issue.type = type;
        const Annotation annotation = translationErrorAnnotation(issue, 7, 11, 12);
        QCOMPARE(annotation.caseId, CaseId(7));
        QCOMPARE(annotation.label, QStringLiteral("Translation error"));
        QCOMPARE(annotation.subtype, subtype);
        QCOMPARE(annotation.comment, issue.message);
        // On the translation, where the error is.
        QCOMPARE(annotation.documentId, qint64(12));
        QCOMPARE(annotation.start, 15);
        QCOMPARE(annotation.end, 25);
    }

    void anOmissionIsAnnotatedOnTheOriginal()
    {
        QaIssue issue = sampleIssue();
        issue.type = IssueType::Omission;
        issue.translation = {};
        const Annotation annotation = translationErrorAnnotation(issue, 7, 11, 12);
        QCOMPARE(annotation.documentId, qint64(11));
        QCOMPARE(annotation.start, 17);
        QCOMPARE(annotation.end, 27);
        QCOMPARE(annotation.subtype, QStringLiteral("omission"));
    }

    void editDistanceCountsTranspositionsOnce()
    {
        QCOMPARE(TermIndex::editDistance(u"cloxacilina", u"cloxacilina", 3), 0);
        QCOMPARE(TermIndex::editDistance(u"cloxaciclina", u"cloxacilina", 3), 1);
        QCOMPARE(TermIndex::editDistance(u"ciprofloaxcin", u"ciprofloxacin", 3), 1);
        QCOMPARE(TermIndex::editDistance(u"cloxacycline", u"cloxacillin", 3), 3);
        QCOMPARE(TermIndex::editDistance(u"abc", u"abcdefgh", 3), 4); // stops past the limit
    }

    void nearMissesOfKnownDrugs()
    {
        const auto index = TermIndex::shared();
        const auto pt = index->nearMiss(folded("cloxaciclina"), 0);
        QVERIFY(pt);
        QCOMPARE(pt->conceptId, QStringLiteral("drugbank:DB01147"));
        QCOMPARE(pt->distance, 1);
        const auto en = index->nearMiss(folded("cloxacycline"), 2);
        QVERIFY(en);
        QCOMPARE(en->conceptId, QStringLiteral("drugbank:DB01147"));
        // A known name is no near miss of anything; nor is a word of another language's form.
        QVERIFY(!index->nearMiss(folded("cloxacilina"), 0));
        QVERIFY(index->isLexiconWord(folded("cloxacilina")));
        // Inflections and spelling variants of pt/es are not misspellings; English is strict.
        QVERIFY(!index->nearMiss(folded("ciprofloxacina"), 0));
        QVERIFY(!index->nearMiss(folded("carbamacepina"), 1));
        QVERIFY(index->nearMiss(folded("vancomicin"), 2));
        // Ordinary words near drug names.
        QVERIFY(!index->nearMiss(folded("gestation"), 2));
    }

    void untranslatedTermsAreFoundByLanguage()
    {
        const auto index = TermIndex::shared();
        QVERIFY(!index->conceptsOfWord(folded("mixoma"), 0).isEmpty());
        QVERIFY(index->conceptsOfWord(folded("mixoma"), 2).isEmpty());
        QVERIFY(index->termLanguages(folded("abdominal")) & (1 << 2)); // an English word too
    }
};

QTEST_GUILESS_MAIN(TestQaIssue)
#include "tst_qaissue.moc"
