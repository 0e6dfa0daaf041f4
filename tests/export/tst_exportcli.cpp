// caselens-cli export, end to end: every format, batch export with progress, clear errors for a
// bad case id, an unwritable folder and bad usage, and a library left exactly as it was.

#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QTemporaryFile>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestExportCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_home;
    QString m_db;

    Run cli(const QStringList& arguments, bool withoutDisplay = true)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        if (withoutDisplay) { // as on a server: the command must find its own way to fonts
            env.remove(QStringLiteral("QT_QPA_PLATFORM"));
            env.remove(QStringLiteral("DISPLAY"));
            env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        }
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CASELENS_CLI_PATH),
                      QStringList{QStringLiteral("--db"), m_db} + arguments);
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString demo(const QString& file) const
    {
        return testsupport::sourcePath(QStringLiteral("resources/demo/") + file);
    }

    void importDemo(const QString& stem, const QString& original, const QString& title)
    {
        const Run imported =
            cli({QStringLiteral("import"), demo(stem + QLatin1Char('.') + original + QStringLiteral(".txt")),
                 QStringLiteral("--translation"), demo(stem + QStringLiteral(".en.txt")),
                 QStringLiteral("--lang"), original, QStringLiteral("--translation-lang"),
                 QStringLiteral("en"), QStringLiteral("--title"), title});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }

    void expectCleanFailure(const Run& result, int code, const QString& reason)
    {
        QCOMPARE(result.exitCode, code);
        const QString error = result.err.trimmed();
        QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
        QVERIFY2(error.startsWith(QStringLiteral("caselens-cli: ")), qPrintable(error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    QByteArray libraryHash() const
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QString& suffix : {QString(), QStringLiteral("-wal")})
            hash.addData(testsupport::readAll(m_db + suffix));
        return hash.result();
    }

private slots:
    void initTestCase()
    {
        m_db = m_home.filePath(QStringLiteral("library.sqlite"));
        importDemo(QStringLiteral("septic-shock-47m"), QStringLiteral("pt"),
                   QStringLiteral("Septic shock secondary to L5-S1 spondylodiscitis"));
        importDemo(QStringLiteral("codiesp-S0211-69952011000500011-2"), QStringLiteral("es"),
                   QStringLiteral("Lactic acidosis on metformin"));
        importDemo(QStringLiteral("codiesp-S1130-01082009000700018-1"), QStringLiteral("es"),
                   QStringLiteral("Ruptured hepatocellular carcinoma"));
        const Run status =
            cli({QStringLiteral("set-status"), QStringLiteral("2"), QStringLiteral("reviewed")});
        QVERIFY2(status.exitCode == 0, qPrintable(status.err));
        const Run note = cli({QStringLiteral("annotate"), QStringLiteral("1"), QStringLiteral("--whole-case"),
                              QStringLiteral("--label"), QStringLiteral("Note"), QStringLiteral("--comment"),
                              QStringLiteral("<img src=\"file:///etc/passwd\"><b>x</b>")});
        QVERIFY2(note.exitCode == 0, qPrintable(note.err));
    }

    void helpWorksWithoutADisplay()
    {
        const Run help = cli({QStringLiteral("export"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("--deidentify")));
        QVERIFY(help.out.contains(QStringLiteral("--layout")));
    }

    void exportsEveryFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QStringList>("files");
        const QString base = QStringLiteral("case-1-septic-shock-secondary-to-l5-s1-spondylodiscitis");
        QTest::newRow("pdf") << "pdf" << QStringList() << QStringList{base + QStringLiteral(".pdf")};
        QTest::newRow("pdf teaching letter stacked")
            << "pdf"
            << QStringList{QStringLiteral("--teaching"), QStringLiteral("--page"), QStringLiteral("letter"),
                           QStringLiteral("--layout"), QStringLiteral("stacked")}
            << QStringList{QStringLiteral("case-1-teaching.pdf")};
        QTest::newRow("html") << "html" << QStringList() << QStringList{base + QStringLiteral(".html")};
        QTest::newRow("json de-identified") << "json" << QStringList{QStringLiteral("--deidentify")}
                                            << QStringList{QStringLiteral("case-1-deid.json")};
        QTest::newRow("csv") << "csv" << QStringList() << QStringList{base + QStringLiteral(".csv")};
        QTest::newRow("brat") << "brat" << QStringList()
                              << QStringList{
                                     base + QStringLiteral(".pt.txt"), base + QStringLiteral(".pt.ann"),
                                     base + QStringLiteral(".en.txt"), base + QStringLiteral(".en.ann")};
    }
    void exportsEveryFormat()
    {
        QFETCH(QString, format);
        QFETCH(QStringList, extra);
        QFETCH(QStringList, files);
        QTemporaryDir out;
        const Run result =
            cli(QStringList{QStringLiteral("export"), QStringLiteral("--case"), QStringLiteral("1"),
                            QStringLiteral("--format"), format, QStringLiteral("--out"), out.path()} +
                extra);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        for (const QString& file : files) {
            QVERIFY2(QFileInfo(out.filePath(file)).size() > 0, qPrintable(file));
            QVERIFY(result.out.contains(out.filePath(file)));
        }
        QVERIFY(result.err.contains(QStringLiteral("1 case(s) exported")));
        // Nothing half-written is left behind (QSaveFile's temporaries, the folder probe).
        for (const QString& name : QDir(out.path()).entryList(QDir::Files | QDir::Hidden))
            QVERIFY2(!name.startsWith(QLatin1Char('.')), qPrintable(name));
    }

    void batchExportShowsProgress()
    {
        QTemporaryDir out;
        const Run all = cli({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--format"),
                             QStringLiteral("pdf"), QStringLiteral("--out"), out.path()});
        QVERIFY2(all.exitCode == 0, qPrintable(all.err));
        QCOMPARE(QDir(out.path()).entryList({QStringLiteral("*.pdf")}).size(), 3);
        QVERIFY2(all.err.contains(QStringLiteral("exported 3 of 3")), qPrintable(all.err));

        QTemporaryDir reviewed;
        const Run byStatus = cli({QStringLiteral("export"), QStringLiteral("--status"),
                                  QStringLiteral("reviewed"), QStringLiteral("--format"),
                                  QStringLiteral("html"), QStringLiteral("--out"), reviewed.path()});
        QVERIFY2(byStatus.exitCode == 0, qPrintable(byStatus.err));
        const QStringList html = QDir(reviewed.path()).entryList({QStringLiteral("*.html")});
        QCOMPARE(html.size(), 1);
        QVERIFY(html.first().startsWith(QStringLiteral("case-2-")));
    }

    void showMaskedListsChangesAndWritesNothing()
    {
        QTemporaryDir out;
        const Run shown = cli({QStringLiteral("export"), QStringLiteral("--case"), QStringLiteral("3"),
                               QStringLiteral("--deidentify"), QStringLiteral("--show-masked")});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        for (const QString& line : shown.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            QCOMPARE(line.split(QLatin1Char('\t')).size(), 7);
    }

    void clearErrors()
    {
        QTemporaryDir out;
        const QString folder = out.path();
        const auto exportWith = [&](const QStringList& arguments) {
            return cli(QStringList{QStringLiteral("export")} + arguments);
        };
        expectCleanFailure(
            exportWith({QStringLiteral("--case"), QStringLiteral("99"), QStringLiteral("--format"),
                        QStringLiteral("pdf"), QStringLiteral("--out"), folder}),
            1, QStringLiteral("no case 99"));
        expectCleanFailure(
            exportWith({QStringLiteral("--case"), QStringLiteral("x"), QStringLiteral("--format"),
                        QStringLiteral("pdf"), QStringLiteral("--out"), folder}),
            2, QStringLiteral("not a case id"));
        expectCleanFailure(
            exportWith({QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), folder}),
            2, QStringLiteral("--case ID, --status STATUS or --all"));
        expectCleanFailure(
            exportWith({QStringLiteral("--all"), QStringLiteral("--case"), QStringLiteral("1"),
                        QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), folder}),
            2, QStringLiteral("--case ID, --status STATUS or --all"));
        expectCleanFailure(exportWith({QStringLiteral("--all"), QStringLiteral("--format"),
                                       QStringLiteral("docx"), QStringLiteral("--out"), folder}),
                           2, QStringLiteral("unknown format 'docx'"));
        expectCleanFailure(
            exportWith({QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("csv"),
                        QStringLiteral("--teaching"), QStringLiteral("--out"), folder}),
            2, QStringLiteral("--teaching"));
        expectCleanFailure(
            exportWith({QStringLiteral("--status"), QStringLiteral("done"), QStringLiteral("--format"),
                        QStringLiteral("pdf"), QStringLiteral("--out"), folder}),
            2, QStringLiteral("unknown status 'done'"));

        // Folders that cannot take the files: a file in the way, a folder under a file.
        const QString file = out.filePath(QStringLiteral("plain-file"));
        QVERIFY(testsupport::writeFile(file, "x"));
        expectCleanFailure(
            exportWith({QStringLiteral("--case"), QStringLiteral("1"), QStringLiteral("--format"),
                        QStringLiteral("pdf"), QStringLiteral("--out"), file}),
            1, QStringLiteral("is not a folder"));
        expectCleanFailure(
            exportWith({QStringLiteral("--case"), QStringLiteral("1"), QStringLiteral("--format"),
                        QStringLiteral("pdf"), QStringLiteral("--out"), file + QStringLiteral("/sub")}),
            1, QStringLiteral("cannot create the folder"));
        // A read-only folder (not for root, who may write anywhere).
        const QString readOnly = out.filePath(QStringLiteral("read-only"));
        QDir().mkpath(readOnly);
        QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        QTemporaryFile probe(readOnly + QStringLiteral("/probe-XXXXXX"));
        if (!probe.open())
            expectCleanFailure(
                exportWith({QStringLiteral("--case"), QStringLiteral("1"), QStringLiteral("--format"),
                            QStringLiteral("json"), QStringLiteral("--out"), readOnly}),
                1, QStringLiteral("cannot write in"));
        QFile::setPermissions(readOnly,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        // A library that is not there is not created by exporting.
        const QString missing = m_home.filePath(QStringLiteral("missing.sqlite"));
        QProcess process;
        process.start(QStringLiteral(CASELENS_CLI_PATH),
                      {QStringLiteral("--db"), missing, QStringLiteral("export"), QStringLiteral("--all"),
                       QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), folder});
        process.waitForFinished(60000);
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(!QFileInfo::exists(missing));
    }

    void exportingLeavesTheLibraryAsItWas()
    {
        const QByteArray before = libraryHash();
        QTemporaryDir out;
        for (const QString& format :
             {QStringLiteral("pdf"), QStringLiteral("json"), QStringLiteral("brat")}) {
            const Run result =
                cli({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--format"), format,
                     QStringLiteral("--deidentify"), QStringLiteral("--out"), out.path()});
            QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        }
        QCOMPARE(libraryHash(), before);
    }
};

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
