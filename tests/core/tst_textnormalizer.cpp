#include "core/import/TextNormalizer.h"

#include <QTest>

using namespace caselens;

class TestTextNormalizer : public QObject {
    Q_OBJECT
private slots:
    void unchangedTextHasNoMap()
    {
        const NormalizedText result = normalizeText(QStringLiteral("febre e vómitos"));
        QVERIFY(!result.changed);
        QVERIFY(result.offsetMap.isEmpty());
        QCOMPARE(result.mapOffset(6), 6);
    }

    void crlfBecomesLfAndOffsetsFollow()
    {
        // "ab\r\ncd": 'c' is at 4 in the raw text and at 3 afterwards.
        const NormalizedText result = normalizeText(QStringLiteral("ab\r\ncd\rx"));
        QCOMPARE(result.text, QStringLiteral("ab\ncd\nx"));
        QCOMPARE(result.mapOffset(4), 3);
        QCOMPARE(result.mapOffset(6), 5); // the lone CR
        QCOMPARE(result.mapOffset(8), 7); // the end
    }

    void combiningMarksAreComposed()
    {
        // "vo\u0301mitos febre": ó is two code points before, one after.
        const QString raw = QStringLiteral("vo") + QChar(0x0301) + QStringLiteral("mitos febre");
        const NormalizedText result = normalizeText(raw);
        QCOMPARE(result.text, QStringLiteral("vómitos febre"));
        QCOMPARE(result.mapOffset(0), 0);
        QCOMPARE(result.mapOffset(9), 8); // "febre" starts at 9 raw, 8 composed
        QCOMPARE(result.mapOffset(14), 13);
    }

    void nonBmpCharactersCountAsOne()
    {
        const QString raw = QString::fromUcs4(U"\U0001F600 a\r\nb");
        const NormalizedText result = normalizeText(raw);
        QCOMPARE(result.mapOffset(4), 3); // 'b': emoji, space, a, CRLF
    }
};

QTEST_APPLESS_MAIN(TestTextNormalizer)
#include "tst_textnormalizer.moc"
