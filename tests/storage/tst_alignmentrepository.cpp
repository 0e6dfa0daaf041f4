// Sentence alignments kept with a case: read back as written, replaced by the next extraction,
// gone with their case, and ignored (the case is aligned again) when what is kept is damaged.

#include "StorageTestSupport.h"
#include "storage/AlignmentRepository.h"
#include "storage/CaseRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace caselens;

class TestAlignmentRepository : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Library> m_library;
    CaseId m_case = 0;
    int m_counter = 0;

    static CaseAlignment sample()
    {
        CaseAlignment alignment;
        alignment.originalSentences = {{0, 10, {}}, {11, 25, {}}, {26, 40, {}}};
        alignment.translationSentences = {{0, 9, {}}, {10, 30, {}}};
        alignment.beads = {{0, 1, 0, 1, 0.75}, {1, 2, 1, 1, 0.5}};
        return alignment;
    }

    void corrupt(const QString& column, const QByteArray& bytes)
    {
        QSqlQuery update(m_library->database());
        update.prepare(QStringLiteral("UPDATE sentence_alignments SET %1 = :bytes").arg(column));
        update.bindValue(QStringLiteral(":bytes"), bytes);
        QVERIFY(update.exec());
    }

private slots:
    void init()
    {
        m_library = testsupport::openLibrary(m_dir, QStringLiteral("a%1.sqlite").arg(++m_counter));
        const auto added = storage::CaseRepository(*m_library)
                               .add(testsupport::makeCase(QStringLiteral("t"), QStringLiteral("Sem febre. Tosse."),
                                                          QStringLiteral("pt"), QStringLiteral("No fever. Cough."),
                                                          QStringLiteral("en")));
        QVERIFY(added.ok());
        m_case = added->id;
    }

    void readsBackWhatWasSaved()
    {
        storage::AlignmentRepository alignments(*m_library);
        QVERIFY(alignments.find(m_case)->has_value() == false);
        QVERIFY(alignments.save(m_case, sample()).ok());
        const auto found = alignments.find(m_case);
        QVERIFY2(found.ok(), qPrintable(found.error()));
        QVERIFY(found->has_value());
        CaseAlignment expected = sample();
        expected.beads[0].score = 0.75f; // kept as a float
        expected.beads[1].score = 0.5f;
        QCOMPARE(**found, expected);
    }

    void theNextExtractionReplacesIt()
    {
        storage::AlignmentRepository alignments(*m_library);
        QVERIFY(alignments.save(m_case, sample()).ok());
        CaseAlignment other = sample();
        other.beads = {{0, 3, 0, 2, 1.0}};
        QVERIFY(alignments.save(m_case, other).ok());
        QCOMPARE((*alignments.find(m_case))->beads.size(), 1);
    }

    void goesWithItsCase()
    {
        storage::AlignmentRepository alignments(*m_library);
        QVERIFY(alignments.save(m_case, sample()).ok());
        QVERIFY(storage::CaseRepository(*m_library).remove(m_case).ok());
        QVERIFY(!alignments.find(m_case)->has_value());
        // Saving for a case deleted meanwhile (an extraction finishing late) is not an error.
        QVERIFY(alignments.save(m_case, sample()).ok());
        QVERIFY(!alignments.find(m_case)->has_value());
    }

    void aDamagedAlignmentIsIgnored_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("truncated sentences") << "original_sentences" << QByteArray(7, '\1');
        QTest::newRow("truncated beads") << "beads" << QByteArray(19, '\0');
        // One bead of original sentences 2..101: past the three sentences kept.
        QByteArray pastTheEnd;
        for (const qint32 field : {2, 100, 0, 1})
            pastTheEnd.append(reinterpret_cast<const char*>(&field), 4);
        pastTheEnd.append(4, '\0');
        QTest::newRow("bead past the sentences") << "beads" << pastTheEnd;
        QTest::newRow("not bytes") << "translation_sentences" << QByteArray("<b>text</b>");
    }
    void aDamagedAlignmentIsIgnored()
    {
        QFETCH(QString, column);
        QFETCH(QByteArray, bytes);
        storage::AlignmentRepository alignments(*m_library);
        QVERIFY(alignments.save(m_case, sample()).ok());
        corrupt(column, bytes);
        const auto found = alignments.find(m_case);
        QVERIFY(found.ok());
        QVERIFY(!found->has_value());
    }
};

QTEST_GUILESS_MAIN(TestAlignmentRepository)
#include "tst_alignmentrepository.moc"
