#include "StorageTestSupport.h"
#include "storage/AnnotationRepository.h"
#include "storage/AuditLog.h"

#include <QTest>

using namespace caselens;

class TestAnnotationRepository : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Library> m_library;
    Case m_case;
    int m_counter = 0;

    Annotation spanNote(int start, int end, const QString& comment) const
    {
        Annotation a;
        a.caseId = m_case.id;
        a.documentId = m_case.original()->id;
        a.start = start;
        a.end = end;
        a.label = QStringLiteral("Key finding");
        a.comment = comment;
        return a;
    }

private slots:
    void init()
    {
        m_library = testsupport::openLibrary(m_dir, QStringLiteral("a%1.sqlite").arg(++m_counter));
        storage::CaseRepository cases(*m_library);
        const auto added = cases.add(testsupport::makeCase(
            QStringLiteral("t"), QStringLiteral("Vómitos há 2 dias."), QStringLiteral("pt")));
        m_case = *cases.load(added->id);
    }

    void addsSpanAndWholeCaseAnnotations()
    {
        storage::AnnotationRepository annotations(*m_library);
        const auto span = annotations.add(spanNote(0, 7, QStringLiteral("<b>HTML</b> stays text")));
        QVERIFY2(span.ok(), qPrintable(span.error()));
        Annotation note;
        note.caseId = m_case.id;
        note.label = QStringLiteral("Note");
        note.comment = QStringLiteral("Ask the students about the anion gap.");
        const auto whole = annotations.add(note);
        QVERIFY(whole.ok());

        const auto all = annotations.forCase(m_case.id);
        QCOMPARE(all->size(), 2);
        QVERIFY(all->first().isWholeCase()); // case notes first
        QCOMPARE(all->at(1).comment, QStringLiteral("<b>HTML</b> stays text"));
        QCOMPARE(all->at(1).author, QStringLiteral("Dr. Test"));
        QCOMPARE(all->at(1).end, 7);
        QVERIFY(all->at(1).createdAt.isValid());
    }

    void refusesSpansOutsideTheText()
    {
        storage::AnnotationRepository annotations(*m_library);
        // The text has 18 characters (code points), not 19 UTF-8 bytes' worth.
        QVERIFY(annotations.add(spanNote(0, 18, {})).ok());
        const auto past = annotations.add(spanNote(10, 19, {}));
        QVERIFY(!past.ok());
        QVERIFY(past.error().contains(QStringLiteral("outside the text")));
        QVERIFY(!annotations.add(spanNote(5, 5, {})).ok());
        Annotation unlabelled = spanNote(0, 3, {});
        unlabelled.label = QStringLiteral("  ");
        QVERIFY(!annotations.add(unlabelled).ok());
        QCOMPARE(annotations.forCase(m_case.id)->size(), 1);
    }

    void updateDeleteAndReinstateAreAudited()
    {
        storage::AnnotationRepository annotations(*m_library);
        const auto id = annotations.add(spanNote(0, 7, QStringLiteral("first")));
        auto stored = *annotations.load(*id);
        stored.comment = QStringLiteral("second");
        stored.label = QStringLiteral("Translation error");
        stored.subtype = QStringLiteral("omission");
        QVERIFY(annotations.update(stored).ok());
        QCOMPARE(annotations.load(*id)->subtype, QStringLiteral("omission"));

        const Annotation beforeDelete = *annotations.load(*id);
        QVERIFY(annotations.remove(*id).ok());
        QVERIFY(!annotations.load(*id).ok());
        QVERIFY(annotations.reinstate(beforeDelete).ok()); // undo of the delete
        const auto back = annotations.load(*id);
        QVERIFY(back.ok());
        QCOMPARE(back->comment, QStringLiteral("second"));
        QCOMPARE(back->createdAt, beforeDelete.createdAt);

        const auto history = storage::AuditLog(*m_library).history(m_case.id);
        QStringList actions;
        for (const AuditEntry& entry : *history)
            if (entry.entity == u"annotation")
                actions << entry.action;
        QCOMPARE(actions, QStringList({QStringLiteral("create"), QStringLiteral("update"),
                                       QStringLiteral("delete"), QStringLiteral("create")}));
    }
};

QTEST_GUILESS_MAIN(TestAnnotationRepository)
#include "tst_annotationrepository.moc"
