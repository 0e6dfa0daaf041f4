// Kills the running app (SIGKILL) right after a reviewer's edit: the edit is in the library.

#include "storage/AnnotationRepository.h"
#include "storage/CaseRepository.h"
#include "storage/Library.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace caselens;

class TestKillAfterEdit : public QObject {
    Q_OBJECT
private slots:
    void anEditSurvivesKillingTheApp()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("library.sqlite"));
        QProcess app;
        app.start(QStringLiteral(CASELENS_GUI_EDITOR_PATH),
                  {db, dir.filePath(QStringLiteral("settings.ini"))});
        QVERIFY(app.waitForStarted());
        QVERIFY2(app.waitForReadyRead(60000), qPrintable(QString::fromUtf8(app.readAllStandardError())));
        QCOMPARE(app.readLine().trimmed(), QByteArray("ack"));
        ::kill(pid_t(app.processId()), SIGKILL);
        QVERIFY(app.waitForFinished(10000));
        QCOMPARE(app.exitStatus(), QProcess::CrashExit);

        auto library = storage::Library::open(db, storage::Library::Options{false});
        QVERIFY2(library.ok(), qPrintable(library.error()));
        QVERIFY((*library)->integrityProblems()->isEmpty());
        const auto cases = storage::CaseRepository(**library).list(0, 1);
        const auto annotations = storage::AnnotationRepository(**library).forCase(cases->first().id);
        QCOMPARE(annotations->size(), 1);
        QCOMPARE(annotations->first().comment, QStringLiteral("saved before the kill"));
        QCOMPARE(annotations->first().end - annotations->first().start, 16); // "spondylodiscitis"
    }
};

QTEST_GUILESS_MAIN(TestKillAfterEdit)
#include "tst_killafteredit.moc"
