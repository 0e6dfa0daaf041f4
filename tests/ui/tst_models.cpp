// The item models of the workspace, checked by QAbstractItemModelTester.

#include "core/DemoLibrary.h"
#include "core/review/ReviewSession.h"
#include "storage/CaseRepository.h"
#include "ui/AnnotationListModel.h"
#include "ui/CaseListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace caselens;

class TestModels : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Library> m_library;

private slots:
    void initTestCase()
    {
        auto opened = storage::Library::open(m_dir.filePath(QStringLiteral("models.sqlite")));
        QVERIFY(opened.ok());
        m_library = std::move(opened).value();
        QVERIFY(DemoLibrary::seedOnce(*m_library).ok());
        // Enough cases for several pages.
        storage::CaseRepository cases(*m_library);
        for (int i = 0; i < 450; ++i) {
            Case aCase;
            aCase.title = QStringLiteral("extra %1").arg(i);
            aCase.documents << Document{0,
                                        DocumentRole::Original,
                                        QStringLiteral("en"),
                                        QStringLiteral("Patient %1 with fever.").arg(i),
                                        {}};
            QVERIFY(cases.add(aCase).ok());
        }
    }

    void caseListFetchesPagesLazily()
    {
        ui::CaseListModel model(*m_library);
        QCOMPARE(model.totalCount(), 455);
        QCOMPARE(model.rowCount(), 200); // one page, not the whole library
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 400);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 455);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(0).data().toString(),
                 QStringLiteral("Septic shock secondary to L5-S1 spondylodiscitis"));
        QCOMPARE(model.index(0).data(ui::CaseListModel::LanguagesRole).toStringList(),
                 QStringList({QStringLiteral("pt"), QStringLiteral("en")}));
    }

    void caseListSearches()
    {
        ui::CaseListModel model(*m_library);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        storage::SearchQuery query;
        query.text = QStringLiteral("\"Patient 42 with\"");
        model.setQuery(query);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(
            model.index(0).data(ui::CaseListModel::SnippetRole).toString().contains(QStringLiteral("42")));
        const QModelIndex found =
            model.indexOfCase(model.index(0).data(ui::CaseListModel::CaseIdRole).toLongLong());
        QCOMPARE(found.row(), 0);
        query.text = QStringLiteral("-everything");
        QSignalSpy failed(&model, &ui::CaseListModel::loadFailed);
        model.setQuery(query);
        QVERIFY(failed.count() >= 1);
        QCOMPARE(model.rowCount(), 0);
    }

    void annotationListFollowsTheSession()
    {
        const CaseId demo = storage::CaseRepository(*m_library).list(0, 1)->first().id;
        ReviewSession session(*m_library, demo);
        QVERIFY(session.load().ok());
        ui::AnnotationListModel spans(ui::AnnotationListModel::Kind::Spans);
        ui::AnnotationListModel notes(ui::AnnotationListModel::Kind::Notes);
        QAbstractItemModelTester spanTester(&spans, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester noteTester(&notes, QAbstractItemModelTester::FailureReportingMode::QtTest);
        spans.setSession(&session);
        notes.setSession(&session);
        Annotation span;
        span.documentId = session.document(DocumentRole::Translation)->id;
        span.start = 0;
        span.end = 8;
        span.label = QStringLiteral("Question");
        QVERIFY(session.addAnnotation(span).ok());
        Annotation note;
        note.label = QStringLiteral("Note");
        note.comment = QStringLiteral("for learners");
        QVERIFY(session.addAnnotation(note).ok());
        QCOMPARE(spans.rowCount(), 1);
        QCOMPARE(notes.rowCount(), 1);
        QCOMPARE(spans.index(0).data(ui::AnnotationListModel::QuoteRole).toString(),
                 QStringLiteral("Clinical"));
        QVERIFY(notes.index(0).data().toString().contains(QStringLiteral("for learners")));
        session.undoStack()->undo();
        QCOMPARE(notes.rowCount(), 0);
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
