// Kills a writing process with SIGKILL and checks that the library opens, passes the integrity
// check and holds every write the process acknowledged. Also: two processes on one library.

#include "TestSupport.h"
#include "storage/AnnotationRepository.h"
#include "storage/CaseRepository.h"
#include "storage/Library.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

#include <csignal>

using namespace caselens;

namespace {

// Starts the writer and collects the numbers it acknowledges until `enough` arrived.
QList<qint64> runUntilAcknowledged(QProcess& writer, int enough)
{
    QList<qint64> acknowledged;
    QByteArray pending;
    QElapsedTimer timer;
    timer.start();
    while (acknowledged.size() < enough && timer.elapsed() < 60000) {
        if (!writer.waitForReadyRead(5000))
            break;
        pending += writer.readAllStandardOutput();
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(newline);
            pending.remove(0, newline + 1);
            if (line.startsWith("ack "))
                acknowledged << line.mid(4).toLongLong();
        }
    }
    return acknowledged;
}

void killHard(QProcess& process)
{
    ::kill(pid_t(process.processId()), SIGKILL);
    process.waitForFinished(10000);
}

} // namespace

class TestCrashSafety : public QObject {
    Q_OBJECT
private:
    const QString m_writer = QStringLiteral(CASELENS_CRASH_WRITER_PATH);

private slots:
    void annotationsAcknowledgedBeforeAKillSurvive()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("library.sqlite"));
        QProcess writer;
        writer.start(m_writer, {QStringLiteral("annotate"), db});
        QVERIFY(writer.waitForStarted());
        const QList<qint64> acknowledged = runUntilAcknowledged(writer, 40);
        killHard(writer);
        QVERIFY2(acknowledged.size() >= 40, qPrintable(QString::fromUtf8(writer.readAllStandardError())));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

        auto library = storage::Library::open(db, storage::Library::Options{false});
        QVERIFY2(library.ok(), qPrintable(library.error()));
        const auto problems = (*library)->integrityProblems();
        QVERIFY(problems.ok());
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
        storage::AnnotationRepository annotations(**library);
        for (const qint64 id : acknowledged)
            QVERIFY2(annotations.load(id).ok(),
                     qPrintable(QStringLiteral("annotation %1 was acknowledged but lost").arg(id)));
    }

    void aKillInTheMiddleOfAnImportKeepsFinishedBatchesWhole()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(QStringLiteral("cases"));
        const QByteArray body = testsupport::readAll(
            testsupport::sourcePath(QStringLiteral("resources/demo/septic-shock-47m.en.txt")));
        for (int i = 0; i < 3000; ++i)
            QVERIFY(testsupport::writeFile(dir.filePath(QStringLiteral("cases/case%1.en.txt").arg(i)),
                                           body + "\nCase number " + QByteArray::number(i) + ".\n"));
        const QString db = dir.filePath(QStringLiteral("library.sqlite"));
        QProcess writer;
        writer.start(m_writer, {QStringLiteral("import"), db, dir.filePath(QStringLiteral("cases"))});
        QVERIFY(writer.waitForStarted());
        const QList<qint64> acknowledged = runUntilAcknowledged(writer, 3);
        QVERIFY(acknowledged.size() >= 3);
        killHard(writer);

        auto library = storage::Library::open(db, storage::Library::Options{false});
        QVERIFY2(library.ok(), qPrintable(library.error()));
        const auto problems = (*library)->integrityProblems();
        QVERIFY(problems.ok() && problems->isEmpty());
        storage::CaseRepository cases(**library);
        const int stored = *cases.count();
        QVERIFY2(
            stored >= acknowledged.last(),
            qPrintable(QStringLiteral("%1 stored, %2 acknowledged").arg(stored).arg(acknowledged.last())));
        QVERIFY(stored % 25 == 0 || stored == 3000); // whole batches only
        // Every stored case is whole: its text is there.
        const auto page = cases.list(0, stored);
        for (const CaseSummary& summary : *page)
            QCOMPARE(summary.languages, QStringList{QStringLiteral("en")});
    }

    void aWriteThatMeetsALockWaitsThenSaysSo()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("library.sqlite"));
        QVERIFY(storage::Library::open(db).ok()); // create it

        QProcess holder;
        holder.start(m_writer, {QStringLiteral("hold"), db, QStringLiteral("3000")});
        QVERIFY(holder.waitForStarted());
        QVERIFY(holder.waitForReadyRead(10000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));

        storage::Library::Options impatient;
        impatient.busyTimeoutMs = 300;
        auto library = storage::Library::open(db, impatient);
        QVERIFY2(library.ok(), qPrintable(library.error())); // reading is fine while another writes
        QElapsedTimer timer;
        timer.start();
        const Status blocked = (*library)->setMetaValue(QStringLiteral("k"), QStringLiteral("v"));
        QVERIFY(!blocked.ok());
        QVERIFY2(blocked.error().contains(QStringLiteral("busy")), qPrintable(blocked.error()));
        QVERIFY(timer.elapsed() >= 250); // it waited before giving up

        QVERIFY(holder.waitForFinished(10000));
        QCOMPARE(holder.exitCode(), 0);
        QVERIFY(
            (*library)->setMetaValue(QStringLiteral("k"), QStringLiteral("v")).ok()); // and works afterwards
    }

    void aPatientWriteWaitsForTheLock()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("library.sqlite"));
        QVERIFY(storage::Library::open(db).ok());
        QProcess holder;
        holder.start(m_writer, {QStringLiteral("hold"), db, QStringLiteral("600")});
        QVERIFY(holder.waitForReadyRead(10000));
        auto library = storage::Library::open(db); // default: waits up to 5 s
        QVERIFY(library.ok());
        const Status saved = (*library)->setMetaValue(QStringLiteral("k"), QStringLiteral("v"));
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QVERIFY(holder.waitForFinished(10000));
        QCOMPARE((*(*library)->metaValue(QStringLiteral("held"))).value_or(QString()), QStringLiteral("yes"));
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
