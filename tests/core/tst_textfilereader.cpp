#include "TestSupport.h"
#include "core/import/TextFileReader.h"

#include <QTest>

using namespace caselens;

class TestTextFileReader : public QObject {
    Q_OBJECT
private slots:
    void decodes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expectedText");
        QTest::addColumn<QString>("expectedEncoding");
        QTest::addColumn<bool>("expectsNote");

        QTest::newRow("utf8") << QByteArray("febre e v\xC3\xB3mitos") << QStringLiteral("febre e vómitos")
                              << "UTF-8" << false;
        QTest::newRow("utf8 with BOM") << QByteArray("\xEF\xBB\xBF"
                                                     "dor lombar")
                                       << QStringLiteral("dor lombar") << "UTF-8" << false;
        QTest::newRow("latin1") << QByteArray("n\xE3o h\xE1 v\xF3mitos") << QStringLiteral("não há vómitos")
                                << "Windows-1252" << true;
        QTest::newRow("windows-1252 quotes") << QByteArray("\x93"
                                                           "fiebre\x94 \x96 38 \xBA"
                                                           "C")
                                             << QStringLiteral("“fiebre” – 38 ºC") << "Windows-1252" << true;
        QTest::newRow("utf16le") << QByteArray("\xFF\xFE"
                                               "d\0o\0r\0",
                                               8)
                                 << QStringLiteral("dor") << "UTF-16" << true;
        QTest::newRow("crlf") << QByteArray("linha 1\r\nlinha 2\rlinha 3")
                              << QStringLiteral("linha 1\nlinha 2\nlinha 3") << "UTF-8" << true;
        // "é" as e + combining acute becomes one code point, so offsets agree everywhere.
        QTest::newRow("nfd to nfc") << QByteArray("febre\x20"
                                                  "e\xCC\x81")
                                    << QStringLiteral("febre é") << "UTF-8" << false;
    }
    void decodes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expectedText);
        QFETCH(QString, expectedEncoding);
        QFETCH(bool, expectsNote);
        const auto decoded = decodeText(bytes, QStringLiteral("case.txt"));
        QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
        QCOMPARE(decoded->text, expectedText);
        QCOMPARE(decoded->encoding, expectedEncoding);
        QCOMPARE(!decoded->notes.isEmpty(), expectsNote);
    }

    void keepsTextAsReadWhenAsked()
    {
        TextReadOptions asRead;
        asRead.normalizeForLibrary = false;
        const auto decoded = decodeText(QByteArray("\xEF\xBB\xBF"
                                                   "a\r\nb e\xCC\x81"),
                                        QStringLiteral("x"), asRead);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->text, QString::fromUtf8("a\r\nb e\xCC\x81"));
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << "is empty";
        QTest::newRow("only whitespace") << QByteArray(" \n\t\r\n") << "is empty";
        QTest::newRow("nul bytes") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) << "binary";
        QTest::newRow("control bytes") << QByteArray(200, '\x01') << "binary";
        QTest::newRow("undefined cp1252 byte")
            << QByteArray("abc \x81\x8D def") << "neither UTF-8 nor Latin-1";
    }
    void refuses()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const auto decoded = decodeText(bytes, QStringLiteral("report.txt"));
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.error().contains(reason), qPrintable(decoded.error()));
        QVERIFY2(decoded.error().contains(QStringLiteral("report.txt")), "the message names the file");
        QVERIFY2(!decoded.error().contains(QLatin1Char('\n')), "one line");
    }

    void refusesWhatIsNotAFile()
    {
        QTemporaryDir dir;
        auto missing = readTextFile(dir.filePath(QStringLiteral("missing.txt")));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().contains(QStringLiteral("no such file")));
        auto folder = readTextFile(dir.path());
        QVERIFY(!folder.ok());
        QVERIFY(folder.error().contains(QStringLiteral("folder")));
        auto device = readTextFile(QStringLiteral("/dev/zero"));
        QVERIFY(!device.ok());
        QVERIFY(device.error().contains(QStringLiteral("not a regular file")));
    }

    void refusesHugeFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.txt"));
        QVERIFY(testsupport::writeFile(path, QByteArray(4096, 'a')));
        TextReadOptions small;
        small.maxBytes = 1024;
        const auto decoded = readTextFile(path, small);
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.error().contains(QStringLiteral("too large")), qPrintable(decoded.error()));
    }

    void readsTheDemoCase()
    {
        const auto decoded =
            readTextFile(testsupport::sourcePath(QStringLiteral("resources/demo/septic-shock-47m.pt.txt")));
        QVERIFY(decoded.ok());
        QVERIFY(decoded->text.startsWith(QStringLiteral("Relato de caso clínico")));
        QVERIFY(decoded->notes.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestTextFileReader)
#include "tst_textfilereader.moc"
