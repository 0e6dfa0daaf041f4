#include "core/Settings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace caselens;

class TestSettings : public QObject {
    Q_OBJECT
private slots:
    void defaultsComeFromOnePlace()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        QCOMPARE(settings.textZoomSteps(), 0);
        QVERIFY(settings.synchronizedScrolling());
        QVERIFY(settings.windowGeometry().isEmpty());
    }

    void valuesPersist()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        {
            Settings settings(path);
            settings.setTextZoomSteps(3);
            settings.setSynchronizedScrolling(false);
            settings.setSplitterState(QStringLiteral("main"), QByteArray("\x01\x02", 2));
            settings.sync();
        }
        Settings reopened(path);
        QCOMPARE(reopened.textZoomSteps(), 3);
        QVERIFY(!reopened.synchronizedScrolling());
        QCOMPARE(reopened.splitterState(QStringLiteral("main")), QByteArray("\x01\x02", 2));
    }

    void zoomIsClamped()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        settings.setTextZoomSteps(1000);
        QCOMPARE(settings.textZoomSteps(), Settings::kMaxZoomSteps);
        settings.setTextZoomSteps(-1000);
        QCOMPARE(settings.textZoomSteps(), Settings::kMinZoomSteps);
    }
};

QTEST_APPLESS_MAIN(TestSettings)
#include "tst_settings.moc"
