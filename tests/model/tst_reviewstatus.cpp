#include "model/ReviewStatus.h"

#include <QTest>

using namespace caselens;

class TestReviewStatus : public QObject {
    Q_OBJECT
private slots:
    void keysRoundTrip()
    {
        for (const QString& key : reviewStatusKeys()) {
            const auto status = reviewStatusFromKey(key);
            QVERIFY2(status.has_value(), qPrintable(key));
            QCOMPARE(toKey(*status), key);
        }
        QCOMPARE(reviewStatusKeys().size(), 4);
    }

    void acceptsSpellingsPeopleType_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("expected");
        QTest::newRow("underscore") << "in_review" << int(ReviewStatus::InReview);
        QTest::newRow("space and case") << " Teaching Ready " << int(ReviewStatus::TeachingReady);
        QTest::newRow("plain") << "reviewed" << int(ReviewStatus::Reviewed);
    }
    void acceptsSpellingsPeopleType()
    {
        QFETCH(QString, typed);
        QFETCH(int, expected);
        const auto status = reviewStatusFromKey(typed);
        QVERIFY(status.has_value());
        QCOMPARE(int(*status), expected);
    }

    void rejectsUnknown()
    {
        QVERIFY(!reviewStatusFromKey(QStringLiteral("done")).has_value());
        QVERIFY(!reviewStatusFromKey(QString()).has_value());
    }

    void displayNamesAreHuman()
    {
        QCOMPARE(displayName(ReviewStatus::InReview), QStringLiteral("In review"));
    }
};

QTEST_APPLESS_MAIN(TestReviewStatus)
#include "tst_reviewstatus.moc"
