// Regression test on the seed case (resources/demo/septic-shock-47m): the translation check
// flags the misspelt cloxacillin on both sides as one terminology issue, reports no value
// mismatch (37,5o = 37.5o, 0,80 = 0.80, 9,9 = 9.9), and reads the Portuguese "27,400/mm3"
// (English grouping) as 27 400 leukocytes, reported at most as a minor number-format issue.

#include "QaTestSupport.h"
#include "TestSupport.h"

#include <QFile>
#include <QTest>

using namespace caselens;
using namespace caselens::qa;

namespace {

QString demoText(const QString& name)
{
    QFile file(testsupport::sourcePath(QStringLiteral("resources/demo/") + name));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

const QaReport& seedReport()
{
    static const QaReport report = testsupport::checker().check(
        demoText(QStringLiteral("septic-shock-47m.pt.txt")), QStringLiteral("pt"),
        demoText(QStringLiteral("septic-shock-47m.en.txt")), QStringLiteral("en"));
    return report;
}

} // namespace

class TestQaSeedCase : public QObject {
    Q_OBJECT
private slots:
    void flagsTheMisspeltCloxacillinOnBothSides()
    {
        const QList<QaIssue> terms = testsupport::issuesOf(seedReport(), IssueType::Terminology);
        QVERIFY2(terms.size() == 1, qPrintable(testsupport::describe(seedReport())));
        QCOMPARE(terms.first().original.text, QStringLiteral("cloxaciclina"));
        QCOMPARE(terms.first().translation.text, QStringLiteral("cloxacycline"));
        QVERIFY(terms.first().message.contains(QStringLiteral("cloxacilina")));
        QVERIFY(terms.first().message.contains(QStringLiteral("cloxacillin")));
        QCOMPARE(terms.first().severity, Severity::Major);
    }

    void reportsNoValueMismatch()
    {
        for (const IssueType type :
             {IssueType::Value, IssueType::Unit, IssueType::Omission, IssueType::Addition})
            QVERIFY2(testsupport::issuesOf(seedReport(), type).isEmpty(),
                     qPrintable(testsupport::describe(seedReport())));
    }

    void readsTheLeukocytesByPlausibilityAtMostAsMinor()
    {
        for (const QaIssue& issue : seedReport().issues) {
            if (!issue.original.text.contains(QStringLiteral("27,400")))
                continue;
            QCOMPARE(issue.type, IssueType::LocaleConvention);
            QCOMPARE(issue.severity, Severity::Minor);
            QVERIFY(issue.message.contains(QStringLiteral("27400")));
        }
    }

    void nothingElse()
    {
        // The two issues above, and no drift from ConText reading the two languages differently
        // ("sem dados de interesse" / "no data of interest" are normal results, not negations).
        QVERIFY2(seedReport().issues.size() <= 2, qPrintable(testsupport::describe(seedReport())));
        QVERIFY(seedReport().score.score > 95);
        QCOMPARE(seedReport().score.critical, 0);
    }
};

QTEST_GUILESS_MAIN(TestQaSeedCase)
#include "tst_qaseedcase.moc"
