// End-to-end tests of caselens-cli (and `caselens --version`) run as child processes.

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_home; // stands in for the user's data folder: logs and default library go here
    QString m_db;
    int m_counter = 0;

    Run run(const QString& program, const QStringList& arguments, const QProcessEnvironment& extra = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        for (const QString& key : extra.keys())
            env.insert(key, extra.value(key));
        process.setProcessEnvironment(env);
        process.start(program, arguments);
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    Run cli(const QStringList& arguments) { return run(QStringLiteral(CASELENS_CLI_PATH), arguments); }

    QString demo(const QString& file) const
    {
        return testsupport::sourcePath(QStringLiteral("resources/demo/") + file);
    }

    QJsonArray listCases()
    {
        const Run listed =
            cli({QStringLiteral("--db"), m_db, QStringLiteral("list"), QStringLiteral("--json")});
        return QJsonDocument::fromJson(listed.out.toUtf8()).array();
    }

    void expectCleanFailure(const Run& result, const QString& reason)
    {
        QVERIFY2(result.exitCode != 0, qPrintable(result.out));
        const QString error = result.err.trimmed();
        QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error)); // one line
        QVERIFY2(error.startsWith(QStringLiteral("caselens-cli: ")), qPrintable(error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

private slots:
    void init() { m_db = m_home.filePath(QStringLiteral("library%1.sqlite").arg(++m_counter)); }

    void versionAndHelp()
    {
        const Run version = cli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.contains(QStringLiteral("caselens-cli 0.")));
        const Run help = cli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("import")));
        QVERIFY(help.out.contains(QStringLiteral("list")));
    }

    void theAppAnswersVersionWithoutADisplay()
    {
        QProcessEnvironment noDisplay;
        noDisplay.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        noDisplay.insert(QStringLiteral("DISPLAY"), QStringLiteral(":424242"));
        const Run version = run(QStringLiteral(CASELENS_APP_PATH), {QStringLiteral("--version")}, noDisplay);
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.contains(QStringLiteral("caselens 0.")), qPrintable(version.out + version.err));
    }

    void unknownCommandIsAUsageError()
    {
        const Run result = cli({QStringLiteral("--db"), m_db, QStringLiteral("frobnicate")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("unknown command 'frobnicate'")));
        QVERIFY(!QFile::exists(m_db));
    }

    void importsAPairAndListsIt()
    {
        const Run imported =
            cli({QStringLiteral("--db"), m_db, QStringLiteral("import"),
                 demo(QStringLiteral("septic-shock-47m.pt.txt")), QStringLiteral("--translation"),
                 demo(QStringLiteral("septic-shock-47m.en.txt")), QStringLiteral("--title"),
                 QStringLiteral("Choque séptico")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY(imported.out.contains(QStringLiteral("Imported case 1")));

        const QJsonArray cases = listCases();
        QCOMPARE(cases.size(), 1);
        const QJsonObject first = cases.first().toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toInt(), 1);
        QCOMPARE(first.value(QStringLiteral("title")).toString(), QStringLiteral("Choque séptico"));
        QCOMPARE(first.value(QStringLiteral("languages")).toArray(),
                 QJsonArray({QStringLiteral("pt"), QStringLiteral("en")}));
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("new"));

        // Again: recognised, not duplicated.
        const Run again =
            cli({QStringLiteral("--db"), m_db, QStringLiteral("import"),
                 demo(QStringLiteral("septic-shock-47m.pt.txt")), QStringLiteral("--translation"),
                 demo(QStringLiteral("septic-shock-47m.en.txt"))});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains(QStringLiteral("Already in the library")));
        QCOMPARE(listCases().size(), 1);
    }

    void explicitLanguagesWin()
    {
        const Run imported =
            cli({QStringLiteral("--db"), m_db, QStringLiteral("import"),
                 demo(QStringLiteral("codiesp-S0211-69952011000500011-2.es.txt")), QStringLiteral("--lang"),
                 QStringLiteral("ES"), QStringLiteral("--translation"),
                 demo(QStringLiteral("codiesp-S0211-69952011000500011-2.en.txt")),
                 QStringLiteral("--translation-lang"), QStringLiteral("en")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QCOMPARE(listCases().first().toObject().value(QStringLiteral("languages")).toArray(),
                 QJsonArray({QStringLiteral("es"), QStringLiteral("en")}));
    }

    void badInputsFailCleanlyAndChangeNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing") << "missing"
                                 << "no such file";
        QTest::newRow("directory") << "directory"
                                   << "is a folder";
        QTest::newRow("binary") << "binary"
                                << "binary";
        QTest::newRow("empty") << "empty"
                               << "is empty";
        QTest::newRow("bad translation") << "bad translation"
                                         << "binary";
        QTest::newRow("unknown encoding") << "unknown encoding"
                                          << "neither UTF-8 nor Latin-1";
    }
    void badInputsFailCleanlyAndChangeNothing()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString binary = dir.filePath(QStringLiteral("image.png"));
        QVERIFY(testsupport::writeFile(binary, QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0", 18)));
        const QString empty = dir.filePath(QStringLiteral("empty.txt"));
        QVERIFY(testsupport::writeFile(empty, {}));
        const QString undecodable = dir.filePath(QStringLiteral("odd.txt"));
        QVERIFY(testsupport::writeFile(undecodable, QByteArray("caso \x81\x8D\x8F cl\xC3")));

        QString original = demo(QStringLiteral("septic-shock-47m.pt.txt"));
        QStringList extra;
        if (kind == u"missing")
            original = dir.filePath(QStringLiteral("nowhere.txt"));
        else if (kind == u"directory")
            original = dir.path();
        else if (kind == u"binary")
            original = binary;
        else if (kind == u"empty")
            original = empty;
        else if (kind == u"unknown encoding")
            original = undecodable;
        else if (kind == u"bad translation")
            extra << QStringLiteral("--translation") << binary;

        // A library that does not exist yet is not created by a failed import...
        Run result =
            cli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("import"), original} + extra);
        expectCleanFailure(result, reason);
        QVERIFY(!QFile::exists(m_db));

        // ...and an existing one keeps exactly what it had.
        QCOMPARE(cli({QStringLiteral("--db"), m_db, QStringLiteral("import"),
                      demo(QStringLiteral("codiesp-S1139-76322010000300008-1.es.txt"))})
                     .exitCode,
                 0);
        const QJsonArray before = listCases();
        result = cli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("import"), original} + extra);
        expectCleanFailure(result, reason);
        QCOMPARE(listCases(), before);
    }

    void latin1IsConvertedWithANote()
    {
        QTemporaryDir dir;
        const QString latin1 = dir.filePath(QStringLiteral("caso.txt"));
        QVERIFY(
            testsupport::writeFile(latin1, QByteArray("O doente n\xE3o tinha febre e foi internado com dor "
                                                      "abdominal e v\xF3mitos h\xE1 duas semanas.")));
        const Run result = cli({QStringLiteral("--db"), m_db, QStringLiteral("import"), latin1});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("note: caso.txt was not UTF-8")), qPrintable(result.err));
        QCOMPARE(listCases().first().toObject().value(QStringLiteral("languages")).toArray(),
                 QJsonArray({QStringLiteral("pt")}));
    }

    void listOfAMissingLibraryIsAnError()
    {
        const Run result = cli({QStringLiteral("--db"), m_db, QStringLiteral("list")});
        expectCleanFailure(result, QStringLiteral("no library"));
        QVERIFY(!QFile::exists(m_db));
    }

    void importDirReportsBadFilesAndTheExitCodeSaysSo()
    {
        QTemporaryDir dir;
        QFile::copy(demo(QStringLiteral("septic-shock-47m.pt.txt")),
                    dir.filePath(QStringLiteral("a.pt.txt")));
        QFile::copy(demo(QStringLiteral("septic-shock-47m.en.txt")),
                    dir.filePath(QStringLiteral("a.en.txt")));
        QFile::copy(demo(QStringLiteral("codiesp-S1139-76322010000300008-1.es.txt")),
                    dir.filePath(QStringLiteral("b.txt")));
        QVERIFY(testsupport::writeFile(dir.filePath(QStringLiteral("c.txt")), QByteArray("\0\1\2binary", 9)));
        const Run result = cli({QStringLiteral("--db"), m_db, QStringLiteral("import-dir"), dir.path()});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("caselens-cli: c: c.txt looks like a binary file")),
                 qPrintable(result.err));
        QVERIFY(result.err.contains(QStringLiteral("imported 2 of 2")) ||
                result.err.contains(QStringLiteral("imported 3 of 3")));
        QVERIFY2(result.out.contains(QStringLiteral("2 cases imported")), qPrintable(result.out));
        QCOMPARE(listCases().size(), 2);

        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("c.txt"))));
        const Run again = cli({QStringLiteral("--db"), m_db, QStringLiteral("import-dir"), dir.path()});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains(QStringLiteral("0 cases imported, 2 already in the library")));

        const Run missing = cli({QStringLiteral("--db"), m_db, QStringLiteral("import-dir"),
                                 dir.filePath(QStringLiteral("nope"))});
        expectCleanFailure(missing, QStringLiteral("no such folder"));
    }

    void searchFindsAndSurvivesOddInput()
    {
        QCOMPARE(cli({QStringLiteral("--db"), m_db, QStringLiteral("import"),
                      demo(QStringLiteral("septic-shock-47m.pt.txt")), QStringLiteral("--translation"),
                      demo(QStringLiteral("septic-shock-47m.en.txt"))})
                     .exitCode,
                 0);
        const Run found = cli({QStringLiteral("--db"), m_db, QStringLiteral("search"),
                               QStringLiteral("vomitos"), QStringLiteral("--json")});
        QCOMPARE(found.exitCode, 0);
        const QJsonObject results = QJsonDocument::fromJson(found.out.toUtf8()).object();
        QCOMPARE(results.value(QStringLiteral("total")).toInt(), 1);
        QVERIFY(results.value(QStringLiteral("cases"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("snippet"))
                    .toString()
                    .contains(QStringLiteral("[vómitos]")));
        for (const QString& odd : {QStringLiteral("foo AND ("), QStringLiteral("\""), QStringLiteral("*"),
                                   QStringLiteral("NEAR(a b)"), QStringLiteral("'; DROP TABLE cases; --")}) {
            const Run result = cli({QStringLiteral("--db"), m_db, QStringLiteral("search"), odd});
            QVERIFY2(result.exitCode == 0, qPrintable(odd + QStringLiteral(": ") + result.err));
        }
        const Run onlyExclusion = cli({QStringLiteral("--db"), m_db, QStringLiteral("search"),
                                       QStringLiteral("--"), QStringLiteral("-sepsis")});
        expectCleanFailure(onlyExclusion, QStringLiteral("Add a word"));
        const Run badStatus = cli({QStringLiteral("--db"), m_db, QStringLiteral("search"),
                                   QStringLiteral("--status"), QStringLiteral("done")});
        QCOMPARE(badStatus.exitCode, 2);
        QCOMPARE(listCases().size(), 1);
    }

    void backupRestoreAndCheck()
    {
        QCOMPARE(cli({QStringLiteral("--db"), m_db, QStringLiteral("import"),
                      demo(QStringLiteral("septic-shock-47m.pt.txt"))})
                     .exitCode,
                 0);
        const QString backup = m_home.filePath(QStringLiteral("backup%1.sqlite").arg(m_counter));
        QCOMPARE(cli({QStringLiteral("--db"), m_db, QStringLiteral("backup"), backup}).exitCode, 0);
        QVERIFY(QFileInfo(backup).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                    QFileDevice::ReadUser | QFileDevice::WriteUser));
        QCOMPARE(cli({QStringLiteral("--db"), m_db, QStringLiteral("import"),
                      demo(QStringLiteral("septic-shock-47m.en.txt"))})
                     .exitCode,
                 0);
        QCOMPARE(listCases().size(), 2);

        const Run restored = cli({QStringLiteral("--db"), m_db, QStringLiteral("restore"), backup});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        QCOMPARE(listCases().size(), 1);
        QVERIFY(restored.out.contains(QStringLiteral("before-restore")));

        const Run checked = cli({QStringLiteral("--db"), m_db, QStringLiteral("check-db")});
        QCOMPARE(checked.exitCode, 0);
        QVERIFY(checked.out.startsWith(QStringLiteral("ok:")));

        // A damaged or foreign backup is refused and the library stays as it was.
        const QString junk = m_home.filePath(QStringLiteral("junk%1.sqlite").arg(m_counter));
        QVERIFY(testsupport::writeFile(junk, QByteArray("not a database at all")));
        expectCleanFailure(cli({QStringLiteral("--db"), m_db, QStringLiteral("restore"), junk}),
                           QStringLiteral("cannot be restored"));
        expectCleanFailure(cli({QStringLiteral("--db"), m_db, QStringLiteral("restore"),
                                m_home.filePath(QStringLiteral("none"))}),
                           QStringLiteral("no such backup"));
        QCOMPARE(listCases().size(), 1);
    }

    void reviewFromTheCommandLine()
    {
        QCOMPARE(cli({QStringLiteral("--db"), m_db, QStringLiteral("import"),
                      demo(QStringLiteral("septic-shock-47m.pt.txt")), QStringLiteral("--translation"),
                      demo(QStringLiteral("septic-shock-47m.en.txt"))})
                     .exitCode,
                 0);
        const Run annotated =
            cli({QStringLiteral("--db"), m_db, QStringLiteral("--author"), QStringLiteral("Dr. Silva"),
                 QStringLiteral("annotate"), QStringLiteral("1"), QStringLiteral("--span"),
                 QStringLiteral("en:0-8"), QStringLiteral("--label"), QStringLiteral("Question"),
                 QStringLiteral("--comment"), QStringLiteral("<b>why?</b>")});
        QVERIFY2(annotated.exitCode == 0, qPrintable(annotated.err));
        QCOMPARE(cli({QStringLiteral("--db"), m_db, QStringLiteral("annotate"), QStringLiteral("1"),
                      QStringLiteral("--whole-case"), QStringLiteral("--label"), QStringLiteral("Note")})
                     .exitCode,
                 0);
        const Run listed = cli({QStringLiteral("--db"), m_db, QStringLiteral("annotations"),
                                QStringLiteral("1"), QStringLiteral("--json")});
        const QJsonArray annotations = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(annotations.size(), 2);
        const QJsonObject span = annotations.at(1).toObject();
        QCOMPARE(span.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
        QCOMPARE(span.value(QStringLiteral("end")).toInt(), 8);
        QCOMPARE(span.value(QStringLiteral("comment")).toString(), QStringLiteral("<b>why?</b>"));
        QCOMPARE(span.value(QStringLiteral("author")).toString(), QStringLiteral("Dr. Silva"));

        QCOMPARE(cli({QStringLiteral("--db"), m_db, QStringLiteral("set-status"), QStringLiteral("1"),
                      QStringLiteral("reviewed")})
                     .exitCode,
                 0);
        QCOMPARE(listCases().first().toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("reviewed"));
        const Run history = cli({QStringLiteral("--db"), m_db, QStringLiteral("history"), QStringLiteral("1"),
                                 QStringLiteral("--json")});
        const QJsonArray lines = QJsonDocument::fromJson(history.out.toUtf8()).array();
        QCOMPARE(lines.size(), 4); // import, two annotations, status
        QCOMPARE(lines.last()
                     .toObject()
                     .value(QStringLiteral("new"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("reviewed"));

        expectCleanFailure(cli({QStringLiteral("--db"), m_db, QStringLiteral("annotate"), QStringLiteral("1"),
                                QStringLiteral("--span"), QStringLiteral("pt:5-999999"),
                                QStringLiteral("--label"), QStringLiteral("Note")}),
                           QStringLiteral("outside the text"));
        expectCleanFailure(
            cli({QStringLiteral("--db"), m_db, QStringLiteral("annotations"), QStringLiteral("42")}),
            QStringLiteral("no case 42"));
        QCOMPARE(cli({QStringLiteral("--db"), m_db, QStringLiteral("set-status"), QStringLiteral("1"),
                      QStringLiteral("finished")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("--db"), m_db, QStringLiteral("annotate"), QStringLiteral("1"),
                      QStringLiteral("--label"), QStringLiteral("x")})
                     .exitCode,
                 2);
    }

    void userLexiconTermsAreFoundAndKeepDecisions()
    {
        QCOMPARE(cli({QStringLiteral("--db"), m_db, QStringLiteral("import"),
                      demo(QStringLiteral("septic-shock-47m.pt.txt")), QStringLiteral("--translation"),
                      demo(QStringLiteral("septic-shock-47m.en.txt"))})
                     .exitCode,
                 0);
        const auto casesWith = [&](const QString& finding) {
            const Run found = cli({QStringLiteral("--db"), m_db, QStringLiteral("search"),
                                   QStringLiteral("--finding"), finding, QStringLiteral("--json")});
            return QJsonDocument::fromJson(found.out.toUtf8())
                .object()
                .value(QStringLiteral("total"))
                .toInt();
        };
        QCOMPARE(casesWith(QStringLiteral("Relato")), 0);
        const Run added = cli({QStringLiteral("--db"), m_db, QStringLiteral("lexicon"), QStringLiteral("add"),
                               QStringLiteral("Relato"), QStringLiteral("--category"),
                               QStringLiteral("procedure"), QStringLiteral("--lang"), QStringLiteral("pt")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QVERIFY(added.err.contains(QStringLiteral("1 case(s) re-analysed")));
        QCOMPARE(casesWith(QStringLiteral("Relato")), 1);
        const Run listed =
            cli({QStringLiteral("--db"), m_db, QStringLiteral("lexicon"), QStringLiteral("list")});
        QVERIFY(listed.out.startsWith(QStringLiteral("1\tpt\tRelato\tprocedure")));
        QCOMPARE(cli({QStringLiteral("--db"), m_db, QStringLiteral("lexicon"), QStringLiteral("remove"),
                      QStringLiteral("1")})
                     .exitCode,
                 0);
        QCOMPARE(casesWith(QStringLiteral("Relato")), 0);
        QCOMPARE(cli({QStringLiteral("--db"), m_db, QStringLiteral("lexicon"), QStringLiteral("add"),
                      QStringLiteral("x"), QStringLiteral("--category"), QStringLiteral("nonsense")})
                     .exitCode,
                 2);
    }

    void patientTextStaysOutOfTheLog()
    {
        const Run imported =
            cli({QStringLiteral("--log-level"), QStringLiteral("debug"), QStringLiteral("--db"), m_db,
                 QStringLiteral("import"), demo(QStringLiteral("septic-shock-47m.pt.txt")),
                 QStringLiteral("--translation"), demo(QStringLiteral("septic-shock-47m.en.txt")),
                 QStringLiteral("--title"), QStringLiteral("Homem de 47 anos")});
        QCOMPARE(imported.exitCode, 0);
        const QString log = QString::fromUtf8(
            testsupport::readAll(m_home.filePath(QStringLiteral("data/caselens/logs/caselens-cli.log"))));
        QVERIFY2(log.contains(QStringLiteral("import: case")), qPrintable(log)); // the log is written...
        for (const QString& secret : {QStringLiteral("espondilodiscite"), QStringLiteral("spondylodiscitis"),
                                      QStringLiteral("Homem de 47 anos"), QStringLiteral("ceftriaxon")})
            QVERIFY2(!log.contains(secret, Qt::CaseInsensitive),
                     qPrintable(secret)); // ...without patient text
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
