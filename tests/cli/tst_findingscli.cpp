// caselens-cli extract, extract-pair and context, run as child processes.

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestFindingsCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_home;

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

    QString writeTemp(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_home.filePath(name);
        testsupport::writeFile(path, bytes);
        return path;
    }

private slots:
    void extractJsonShapeAndOffsets()
    {
        const QString path = demo(QStringLiteral("septic-shock-47m.pt.txt"));
        const Run run =
            cli({QStringLiteral("extract"), path, QStringLiteral("--lang"), QStringLiteral("pt")});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.keys(), (QStringList{QStringLiteral("findings"), QStringLiteral("language")}));
        QCOMPARE(root.value(QStringLiteral("language")).toString(), QStringLiteral("pt"));
        const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
        QVERIFY(findings.size() > 30);
        const QStringList keys =
            QStringLiteral("category start end text negated uncertain historical hypothetical "
                           "experiencer section concept code value unit flag")
                .split(QLatin1Char(' '));
        const QList<uint> points = QString::fromUtf8(testsupport::readAll(path)).toUcs4();
        bool sawBloodPressure = false;
        for (const QJsonValue& value : findings) {
            const QJsonObject finding = value.toObject();
            for (const QString& key : keys)
                QVERIFY2(finding.contains(key), qPrintable(key));
            const int start = finding.value(QStringLiteral("start")).toInt();
            const int end = finding.value(QStringLiteral("end")).toInt();
            QString spanned;
            for (int i = start; i < end; ++i)
                spanned += QString::fromUcs4(reinterpret_cast<const char32_t*>(&points[i]), 1);
            QCOMPARE(spanned, finding.value(QStringLiteral("text")).toString());
            if (finding.value(QStringLiteral("concept")).toString() == QLatin1String("cl:blood_pressure")) {
                sawBloodPressure = true;
                QCOMPARE(finding.value(QStringLiteral("value")).toDouble(), 80.0);
                QCOMPARE(finding.value(QStringLiteral("value2")).toDouble(), 50.0);
                QCOMPARE(finding.value(QStringLiteral("flag")).toString(), QStringLiteral("low"));
            } else {
                QVERIFY(!finding.contains(QStringLiteral("value2")));
            }
            if (finding.value(QStringLiteral("category")).toString() == QLatin1String("medication"))
                QVERIFY(finding.value(QStringLiteral("value")).isNull());
        }
        QVERIFY(sawBloodPressure);
        // Keys in the documented order.
        QVERIFY(run.out.indexOf(QStringLiteral("\"language\"")) <
                run.out.indexOf(QStringLiteral("\"findings\"")));
        QVERIFY(run.out.indexOf(QStringLiteral("\"category\"")) <
                run.out.indexOf(QStringLiteral("\"start\"")));
    }

    void extractOffsetsAreInTheFileAsRead()
    {
        // A BOM is not counted, CRLF stays two characters, an emoji is one code point.
        const QString path =
            writeTemp(QStringLiteral("crlf.txt"),
                      QByteArray("\xEF\xBB\xBF") + "Dor.\r\n\xF0\x9F\x98\x80 Tratado com ceftriaxona.\r\n");
        const Run run =
            cli({QStringLiteral("extract"), path, QStringLiteral("--lang"), QStringLiteral("pt")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray findings =
            QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("findings")).toArray();
        QJsonObject drug;
        for (const QJsonValue& value : findings)
            if (value.toObject().value(QStringLiteral("category")).toString() == QLatin1String("medication"))
                drug = value.toObject();
        QCOMPARE(drug.value(QStringLiteral("text")).toString(), QStringLiteral("ceftriaxona"));
        QCOMPARE(drug.value(QStringLiteral("start")).toInt(),
                 20); // "Dor.\r\n" 6 + emoji 1 + " Tratado com " 13
        QCOMPARE(drug.value(QStringLiteral("end")).toInt(), 31);
    }

    void extractGuessesTheLanguage()
    {
        const Run run = cli({QStringLiteral("extract"), demo(QStringLiteral("septic-shock-47m.pt.txt")),
                             QStringLiteral("--lang"), QStringLiteral("auto")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(
            QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("language")).toString(),
            QStringLiteral("pt"));
    }

    void extractBrat()
    {
        const Run run = cli({QStringLiteral("extract"), demo(QStringLiteral("septic-shock-47m.en.txt")),
                             QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--format"),
                             QStringLiteral("brat")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.first().startsWith(QStringLiteral("T1\t")));
        bool negatedMurmurs = false;
        QString murmursId;
        for (const QString& line : lines) {
            const QStringList fields = line.split(QLatin1Char('\t'));
            QVERIFY2(fields.size() >= 2, qPrintable(line));
            if (line.startsWith(QLatin1Char('T'))) {
                QCOMPARE(fields.size(), 3);
                QVERIFY(QRegularExpression(QStringLiteral("^[a-z_]+ \\d+ \\d+(;\\d+ \\d+)*$"))
                            .match(fields[1])
                            .hasMatch());
                if (fields[2] == QLatin1String("murmurs"))
                    murmursId = fields[0];
            } else if (line.startsWith(QLatin1Char('A'))) {
                if (fields[1] == QStringLiteral("Negated ") + murmursId)
                    negatedMurmurs = true;
            } else {
                QVERIFY2(line.startsWith(QLatin1Char('#')), qPrintable(line));
            }
        }
        QVERIFY(!murmursId.isEmpty());
        QVERIFY(negatedMurmurs);
        QVERIFY(run.out.contains(QStringLiteral("AnnotatorNotes")));
    }

    void extractPair()
    {
        const Run run =
            cli({QStringLiteral("extract-pair"), demo(QStringLiteral("septic-shock-47m.pt.txt")),
                 demo(QStringLiteral("septic-shock-47m.en.txt")), QStringLiteral("--lang"),
                 QStringLiteral("pt"), QStringLiteral("--translation-lang"), QStringLiteral("en")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonArray original =
            root.value(QStringLiteral("original")).toObject().value(QStringLiteral("findings")).toArray();
        const QJsonArray translation =
            root.value(QStringLiteral("translation")).toObject().value(QStringLiteral("findings")).toArray();
        QVERIFY(!original.isEmpty() && !translation.isEmpty());
        QCOMPARE(
            root.value(QStringLiteral("translation")).toObject().value(QStringLiteral("language")).toString(),
            QStringLiteral("en"));
        QVERIFY(!root.value(QStringLiteral("original"))
                     .toObject()
                     .value(QStringLiteral("sentences"))
                     .toArray()
                     .isEmpty());
        QVERIFY(!root.value(QStringLiteral("alignment")).toArray().isEmpty());
        const QJsonArray links = root.value(QStringLiteral("links")).toArray();
        QVERIFY(links.size() > 50);
        for (const QJsonValue& value : links) {
            const QJsonObject link = value.toObject();
            const QJsonObject a = original[link.value(QStringLiteral("original")).toInt()].toObject();
            const QJsonObject b = translation[link.value(QStringLiteral("translation")).toInt()].toObject();
            QCOMPARE(a.value(QStringLiteral("concept")), b.value(QStringLiteral("concept")));
        }
        const QJsonObject unpaired = root.value(QStringLiteral("unpaired")).toObject();
        QCOMPARE(unpaired.value(QStringLiteral("original")).toArray().size() + links.size(), original.size());
        QCOMPARE(unpaired.value(QStringLiteral("translation")).toArray().size() + links.size(),
                 translation.size());
    }

    void context()
    {
        const QString rows =
            writeTemp(QStringLiteral("rows.tsv"), "id\tsentence\ttarget\n"
                                                  "1\tNo fever.\tfever\textra column\n"
                                                  "2\tPossible history of pneumonia.\tpneumonia\n"
                                                  "3\tHis mother had breast cancer.\tbreast cancer\n"
                                                  "4\tThe cough improved.\tcough\n");
        const Run run = cli({QStringLiteral("context"), QStringLiteral("--input"), rows});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("1\tnegated\tcertain\trecent\tpatient\n"
                                         "2\taffirmed\tuncertain\thistorical\tpatient\n"
                                         "3\taffirmed\tcertain\trecent\tother\n"
                                         "4\taffirmed\tcertain\trecent\tpatient\n"));
        const QString pt = writeTemp(QStringLiteral("pt.tsv"), "a\tSem febre.\tfebre\n");
        const Run portuguese = cli({QStringLiteral("context"), QStringLiteral("--input"), pt,
                                    QStringLiteral("--lang"), QStringLiteral("pt")});
        QCOMPARE(portuguese.out, QStringLiteral("a\tnegated\tcertain\trecent\tpatient\n"));
    }

    void evaluate()
    {
        const Run brat = cli({QStringLiteral("evaluate"), QStringLiteral("--gold"),
                              testsupport::dataPath(QStringLiteral("findings/gold/brat")),
                              QStringLiteral("--format"), QStringLiteral("brat")});
        QCOMPARE(brat.exitCode, 0);
        QVERIFY(brat.out.contains(QStringLiteral("documents 1")));
        QVERIFY(brat.out.contains(QStringLiteral("category\tgold\tpredicted\tstrict_P")));
        QVERIFY(brat.out.contains(QStringLiteral("\nsex\t1\t")));
        const Run negex =
            cli({QStringLiteral("evaluate"), QStringLiteral("--gold"),
                 testsupport::dataPath(QStringLiteral("findings/gold/negex.tsv")), QStringLiteral("--format"),
                 QStringLiteral("negex"), QStringLiteral("--errors")});
        QCOMPARE(negex.exitCode, 0);
        QVERIFY2(negex.out.contains(QStringLiteral("negation\tgold 3\tpredicted 3\ttp 3")),
                 qPrintable(negex.out));
        QCOMPARE(cli({QStringLiteral("evaluate"), QStringLiteral("--gold"),
                      m_home.filePath(QStringLiteral("none")), QStringLiteral("--format"),
                      QStringLiteral("codiesp")})
                     .exitCode,
                 1);
        QCOMPARE(cli({QStringLiteral("evaluate"), QStringLiteral("--gold"), QStringLiteral("x"),
                      QStringLiteral("--format"), QStringLiteral("conll")})
                     .exitCode,
                 2);
    }

    void usageAndFailures()
    {
        QCOMPARE(cli({QStringLiteral("extract")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("extract"), demo(QStringLiteral("septic-shock-47m.pt.txt")),
                      QStringLiteral("--format"), QStringLiteral("xml")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("extract"), demo(QStringLiteral("septic-shock-47m.pt.txt")),
                      QStringLiteral("--lang"), QStringLiteral("fr")})
                     .exitCode,
                 2);
        QCOMPARE(
            cli({QStringLiteral("extract-pair"), demo(QStringLiteral("septic-shock-47m.pt.txt"))}).exitCode,
            2);
        QCOMPARE(cli({QStringLiteral("context")}).exitCode, 2);
        const Run missing = cli({QStringLiteral("extract"), m_home.filePath(QStringLiteral("nope.txt"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.trimmed().startsWith(QStringLiteral("caselens-cli: ")));
        QVERIFY(!missing.err.trimmed().contains(QLatin1Char('\n')));
        const QString bad = writeTemp(QStringLiteral("bad.tsv"), "only one column\n");
        QCOMPARE(cli({QStringLiteral("context"), QStringLiteral("--input"), bad}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestFindingsCli)
#include "tst_findingscli.moc"
