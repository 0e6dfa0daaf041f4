// caselens-cli check-pair and check, run as child processes: the JSON's shape and offsets, the
// text format, exit codes (0 clean, 1 issues, 2 could not check) and remembered dismissals.

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QDir>
#include <QFile>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestQaCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_home;
    int m_counter = 0;

    Run cli(const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CASELENS_CLI_PATH), arguments);
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString demo(const QString& file) const
    {
        return testsupport::sourcePath(QStringLiteral("resources/demo/") + file);
    }

    QString writeTemp(const QString& name, const char* text)
    {
        const QString path = m_home.filePath(name);
        testsupport::writeFile(path, QByteArray(text));
        return path;
    }

    QJsonObject json(const Run& run)
    {
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON: %s", qPrintable(run.out.left(200)));
        return root;
    }

    QString importSeedCase()
    {
        const QString db = m_home.filePath(QStringLiteral("library%1.sqlite").arg(++m_counter));
        const Run imported =
            cli({QStringLiteral("--db"), db, QStringLiteral("import"),
                 demo(QStringLiteral("septic-shock-47m.pt.txt")), QStringLiteral("--translation"),
                 demo(QStringLiteral("septic-shock-47m.en.txt"))});
        if (imported.exitCode != 0)
            qWarning("import failed: %s", qPrintable(imported.err));
        return db;
    }

private slots:
    void checkPairReportsTheSeedCaseInJson()
    {
        const QString original = demo(QStringLiteral("septic-shock-47m.pt.txt"));
        const QString translation = demo(QStringLiteral("septic-shock-47m.en.txt"));
        const Run run =
            cli({QStringLiteral("check-pair"), original, translation, QStringLiteral("--lang"),
                 QStringLiteral("pt"), QStringLiteral("--translation-lang"), QStringLiteral("en")});
        QCOMPARE(run.exitCode, 1); // issues
        const QJsonObject root = json(run);
        QCOMPARE(root.value(QStringLiteral("original_language")).toString(), QStringLiteral("pt"));
        QCOMPARE(root.value(QStringLiteral("translation_language")).toString(), QStringLiteral("en"));
        QVERIFY(root.value(QStringLiteral("score")).toDouble() > 95);
        QVERIFY(root.value(QStringLiteral("words")).toInt() > 300);
        QVERIFY(!root.contains(QStringLiteral("dismissed"))); // no library, nothing dismissed
        const QJsonArray issues = root.value(QStringLiteral("issues")).toArray();
        QVERIFY(!issues.isEmpty());
        const QList<uint> originalPoints = QString::fromUtf8(testsupport::readAll(original)).toUcs4();
        const QList<uint> translationPoints = QString::fromUtf8(testsupport::readAll(translation)).toUcs4();
        bool sawDrug = false;
        for (const QJsonValue& value : issues) {
            const QJsonObject issue = value.toObject();
            for (const char* key : {"type", "severity", "message", "key", "original", "translation"})
                QVERIFY2(issue.contains(QLatin1String(key)), key);
            QVERIFY(!issue.value(QStringLiteral("message")).toString().isEmpty());
            // Each span's text is the file's text at its code-point offsets.
            for (const auto& [side, points] :
                 {std::pair{QStringLiteral("original"), &originalPoints},
                  std::pair{QStringLiteral("translation"), &translationPoints}}) {
                if (issue.value(side).isNull())
                    continue;
                const QJsonObject span = issue.value(side).toObject();
                const int start = span.value(QStringLiteral("start")).toInt();
                const int end = span.value(QStringLiteral("end")).toInt();
                QString spanned;
                for (int i = start; i < end; ++i)
                    spanned += QString::fromUcs4(reinterpret_cast<const char32_t*>(&(*points)[i]), 1);
                QCOMPARE(spanned, span.value(QStringLiteral("text")).toString());
            }
            if (issue.value(QStringLiteral("type")).toString() == QLatin1String("terminology")) {
                sawDrug = true;
                QCOMPARE(issue.value(QStringLiteral("severity")).toString(), QStringLiteral("major"));
                QCOMPARE(issue.value(QStringLiteral("translation"))
                             .toObject()
                             .value(QStringLiteral("text"))
                             .toString(),
                         QStringLiteral("cloxacycline"));
            }
            QVERIFY(issue.value(QStringLiteral("type")).toString() != QLatin1String("value"));
        }
        QVERIFY(sawDrug);
    }

    void checkPairExitsZeroOnACleanPair()
    {
        const QString original =
            writeTemp(QStringLiteral("clean.pt.txt"), "Doente sem febre. Creatinina 0,80 mg/dL.");
        const QString translation =
            writeTemp(QStringLiteral("clean.en.txt"), "Patient without fever. Creatinine 0.80 mg/dL.");
        const Run run = cli({QStringLiteral("check-pair"), original, translation, QStringLiteral("--format"),
                             QStringLiteral("text")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("score 100.0")), qPrintable(run.out));
    }

    void checkPairTextFormat()
    {
        const QString original = writeTemp(QStringLiteral("side.pt.txt"), "Derrame pleural esquerdo.");
        const QString translation = writeTemp(QStringLiteral("side.en.txt"), "Right pleural effusion.");
        const Run run = cli({QStringLiteral("check-pair"), original, translation, QStringLiteral("--lang"),
                             QStringLiteral("pt"), QStringLiteral("--translation-lang"), QStringLiteral("en"),
                             QStringLiteral("--format"), QStringLiteral("text")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.startsWith(
                     QStringLiteral("critical\tlaterality\toriginal 16-24 \"esquerdo\" | translation "
                                    "0-5 \"Right\"\n")),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("score 0.0 (3 words): 1 critical, 0 major, 0 minor")));
    }

    void checkPairUsageErrorsExitTwo()
    {
        const QString text = writeTemp(QStringLiteral("one.txt"), "Febre.");
        const auto expectTwo = [&](const QStringList& arguments, const QString& reason) {
            const Run run = cli(arguments);
            QCOMPARE(run.exitCode, 2);
            const QString error = run.err.trimmed();
            QVERIFY2(error.startsWith(QStringLiteral("caselens-cli: ")) && !error.contains(QLatin1Char('\n')),
                     qPrintable(error));
            QVERIFY2(error.contains(reason), qPrintable(error));
        };
        expectTwo({QStringLiteral("check-pair"), text}, QStringLiteral("ORIGINAL and a TRANSLATION"));
        expectTwo({QStringLiteral("check-pair"), text, text, QStringLiteral("--lang"), QStringLiteral("xx")},
                  QStringLiteral("unknown language"));
        expectTwo(
            {QStringLiteral("check-pair"), text, text, QStringLiteral("--format"), QStringLiteral("xml")},
            QStringLiteral("unknown format"));
        // A file that cannot be read: the check could not run, which is not "issues found".
        expectTwo({QStringLiteral("check-pair"), text, m_home.filePath(QStringLiteral("missing.txt"))},
                  QStringLiteral("missing.txt"));
    }

    void checkSkipsDismissedIssues()
    {
        const QString db = importSeedCase();
        const Run first = cli({QStringLiteral("--db"), db, QStringLiteral("check"), QStringLiteral("1")});
        QCOMPARE(first.exitCode, 1);
        const QJsonObject before = json(first);
        QCOMPARE(before.value(QStringLiteral("dismissed")).toInt(), 0);
        const QJsonArray issues = before.value(QStringLiteral("issues")).toArray();
        QVERIFY(!issues.isEmpty());
        const QString key = issues.first().toObject().value(QStringLiteral("key")).toString();

        const Run dismissed =
            cli({QStringLiteral("--db"), db, QStringLiteral("--author"), QStringLiteral("Dr. QA"),
                 QStringLiteral("check"), QStringLiteral("1"), QStringLiteral("--dismiss"), key});
        const QJsonObject after = json(dismissed);
        QCOMPARE(after.value(QStringLiteral("dismissed")).toInt(), 1);
        QCOMPARE(after.value(QStringLiteral("issues")).toArray().size(), issues.size() - 1);
        QVERIFY(dismissed.err.contains(QStringLiteral("1 dismissed")));
        // Remembered: a later check still leaves it out, and says so in text too.
        const Run text = cli({QStringLiteral("--db"), db, QStringLiteral("check"), QStringLiteral("1"),
                              QStringLiteral("--format"), QStringLiteral("text")});
        QVERIFY2(text.out.contains(QStringLiteral("1 dismissed issue(s) not shown")), qPrintable(text.out));
        QVERIFY(!text.out.contains(issues.first().toObject().value(QStringLiteral("message")).toString()));
        // The history names who dismissed it.
        const Run history = cli({QStringLiteral("--db"), db, QStringLiteral("history"), QStringLiteral("1")});
        QVERIFY2(history.out.contains(QStringLiteral("Dr. QA\tcreate qa_dismissal")),
                 qPrintable(history.out));
        // Restored, it is reported again.
        const Run restored = cli({QStringLiteral("--db"), db, QStringLiteral("check"), QStringLiteral("1"),
                                  QStringLiteral("--restore"), key});
        QCOMPARE(json(restored).value(QStringLiteral("issues")).toArray().size(), issues.size());
    }

    void checkExitsZeroWhenEverythingIsDismissed()
    {
        const QString db = importSeedCase();
        const QJsonArray issues =
            json(cli({QStringLiteral("--db"), db, QStringLiteral("check"), QStringLiteral("1")}))
                .value(QStringLiteral("issues"))
                .toArray();
        Run last;
        for (const QJsonValue& issue : issues)
            last =
                cli({QStringLiteral("--db"), db, QStringLiteral("check"), QStringLiteral("1"),
                     QStringLiteral("--dismiss"), issue.toObject().value(QStringLiteral("key")).toString()});
        QCOMPARE(last.exitCode, 0);
        QCOMPARE(json(last).value(QStringLiteral("score")).toDouble(), 100.0);
        // The library keeps the score of the last check: an export shows 100, not the import's.
        const QString out = m_home.filePath(QStringLiteral("exported"));
        const Run exported = cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--case"),
                                  QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("json"),
                                  QStringLiteral("--out"), out});
        QCOMPARE(exported.exitCode, 0);
        const QStringList files = QDir(out).entryList({QStringLiteral("*.json")}, QDir::Files);
        QCOMPARE(files.size(), 1);
        QFile file(QDir(out).filePath(files.first()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject check = QJsonDocument::fromJson(file.readAll())
                                      .object()
                                      .value(QStringLiteral("case"))
                                      .toObject()
                                      .value(QStringLiteral("translation_check"))
                                      .toObject();
        QCOMPARE(check.value(QStringLiteral("score")).toDouble(), 100.0);
    }

    void checkFailsCleanlyWithTwo()
    {
        const QString db = importSeedCase();
        for (const QStringList& arguments :
             {QStringList{QStringLiteral("check"), QStringLiteral("9")},
              QStringList{QStringLiteral("check"), QStringLiteral("one")},
              QStringList{QStringLiteral("check"), QStringLiteral("1"), QStringLiteral("--dismiss"),
                          QStringLiteral("value:1-2:3-4:0000")}}) {
            const Run run = cli(QStringList{QStringLiteral("--db"), db} + arguments);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.startsWith(QStringLiteral("caselens-cli: ")), qPrintable(run.err));
        }
        const Run noLibrary = cli({QStringLiteral("--db"), m_home.filePath(QStringLiteral("none.sqlite")),
                                   QStringLiteral("check"), QStringLiteral("1")});
        QCOMPARE(noLibrary.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestQaCli)
#include "tst_qacli.moc"
