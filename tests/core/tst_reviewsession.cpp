#include "core/extraction/CaseExtractor.h"
#include "core/review/ReviewSession.h"
#include "storage/AnnotationRepository.h"
#include "storage/CaseRepository.h"
#include "storage/FindingRepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace caselens;

class TestReviewSession : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Library> m_library;
    CaseId m_caseId = 0;
    QList<qint64> m_findingIds;
    int m_counter = 0;

    // What a fresh connection reads: proof that an edit reached the file.
    QList<Annotation> annotationsOnDisk()
    {
        auto other = storage::Library::open(m_library->path());
        return *storage::AnnotationRepository(**other).forCase(m_caseId);
    }

private slots:
    void init()
    {
        auto opened = storage::Library::open(m_dir.filePath(QStringLiteral("r%1.sqlite").arg(++m_counter)));
        QVERIFY(opened.ok());
        m_library = std::move(opened).value();
        m_library->setAuthorName(QStringLiteral("Dr. Review"));
        Case aCase;
        aCase.title = QStringLiteral("t");
        aCase.documents << Document{0,
                                    DocumentRole::Original,
                                    QStringLiteral("pt"),
                                    QStringLiteral("Sem febre. PCR 115."),
                                    {}}
                        << Document{0,
                                    DocumentRole::Translation,
                                    QStringLiteral("en"),
                                    QStringLiteral("No fever. CRP 115."),
                                    {}};
        storage::CaseRepository cases(*m_library);
        m_caseId = cases.add(aCase)->id;
        const Case stored = *cases.load(m_caseId);
        Finding crp;
        crp.start = 11;
        crp.end = 14;
        crp.category = FindingCategory::LabResult;
        crp.text = QStringLiteral("PCR");
        storage::FindingRepository findings(*m_library);
        m_findingIds = *findings.replaceExtracted(stored.original()->id, {crp}, QStringLiteral("v"));
        crp.start = 10;
        crp.end = 13;
        crp.text = QStringLiteral("CRP");
        const auto translated =
            *findings.replaceExtracted(stored.translation()->id, {crp}, QStringLiteral("v"));
        QVERIFY(findings.replaceLinks(m_caseId, {{m_findingIds.first(), translated.first(), 1}}).ok());
        m_findingIds << translated.first();
    }

    void loadsTheCase()
    {
        ReviewSession session(*m_library, m_caseId);
        QVERIFY(session.load().ok());
        QCOMPARE(session.findings().size(), 2);
        QCOMPARE(session.counterpartOf(m_findingIds[0]), m_findingIds[1]);
        QCOMPARE(session.counterpartOf(m_findingIds[1]), m_findingIds[0]);
        QCOMPARE(session.document(DocumentRole::Translation)->language, QStringLiteral("en"));
    }

    void keepsTheExtractionsSentenceAlignment()
    {
        ReviewSession session(*m_library, m_caseId);
        QVERIFY(session.load().ok());
        QVERIFY(!session.storedAlignment()); // not extracted by the engine yet: aligned on opening
        QVERIFY(CaseExtractor::forLibrary(*m_library)->extractAndStore(*m_library, m_caseId).ok());
        // The workspace refreshes the findings when a background extraction ends.
        session.refresh(ReviewSession::Part::Findings);
        QVERIFY(session.storedAlignment());
        ReviewSession reopened(*m_library, m_caseId);
        QVERIFY(reopened.load().ok());
        QVERIFY(reopened.storedAlignment());
        const CaseAlignment& kept = *reopened.storedAlignment();
        const PairResult fresh = FindingsEngine::shared()->extractPair(
            QStringLiteral("Sem febre. PCR 115."), QStringLiteral("pt"), QStringLiteral("No fever. CRP 115."),
            QStringLiteral("en"));
        QCOMPARE(kept.originalSentences.size(), fresh.original.sentences.size());
        QCOMPARE(kept.translationSentences.size(), fresh.translation.sentences.size());
        for (qsizetype i = 0; i < kept.originalSentences.size(); ++i) {
            QCOMPARE(kept.originalSentences[i].start, fresh.original.sentences[i].start);
            QCOMPARE(kept.originalSentences[i].end, fresh.original.sentences[i].end);
        }
        QCOMPARE(kept.beads.size(), fresh.alignment.size());
        for (qsizetype i = 0; i < kept.beads.size(); ++i) {
            QCOMPARE(kept.beads[i].originalFirst, fresh.alignment[i].originalFirst);
            QCOMPARE(kept.beads[i].translationCount, fresh.alignment[i].translationCount);
        }
    }

    void annotationAddUndoRedoIsSavedEachTime()
    {
        ReviewSession session(*m_library, m_caseId);
        QVERIFY(session.load().ok());
        QSignalSpy saved(&session, &ReviewSession::saved);
        Annotation note;
        note.documentId = session.document(DocumentRole::Original)->id;
        note.start = 0;
        note.end = 9;
        note.label = QStringLiteral("Red flag");
        note.comment = QStringLiteral("check");
        const auto id = session.addAnnotation(note);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QCOMPARE(session.annotations().size(), 1);
        QCOMPARE(annotationsOnDisk().size(), 1);
        QCOMPARE(annotationsOnDisk().first().author, QStringLiteral("Dr. Review"));
        QCOMPARE(saved.count(), 1);

        session.undoStack()->undo();
        QCOMPARE(session.annotations().size(), 0);
        QCOMPARE(annotationsOnDisk().size(), 0);
        session.undoStack()->redo();
        QCOMPARE(annotationsOnDisk().size(), 1);
        QCOMPARE(annotationsOnDisk().first().id, *id); // the same annotation came back
        QCOMPARE(session.undoStack()->undoText(), QStringLiteral("Add annotation “Red flag”"));
    }

    void editAndDeleteAreUndoable()
    {
        ReviewSession session(*m_library, m_caseId);
        QVERIFY(session.load().ok());
        Annotation note;
        note.label = QStringLiteral("Note");
        note.comment = QStringLiteral("first");
        const auto id = session.addAnnotation(note);
        QVERIFY(
            session.editAnnotation(*id, QStringLiteral("Teaching point"), {}, QStringLiteral("second")).ok());
        QCOMPARE(annotationsOnDisk().first().comment, QStringLiteral("second"));
        QVERIFY(session.removeAnnotation(*id).ok());
        QCOMPARE(annotationsOnDisk().size(), 0);
        session.undoStack()->undo(); // delete
        QCOMPARE(annotationsOnDisk().first().comment, QStringLiteral("second"));
        session.undoStack()->undo(); // edit
        QCOMPARE(annotationsOnDisk().first().comment, QStringLiteral("first"));
        QCOMPARE(annotationsOnDisk().first().label, QStringLiteral("Note"));
    }

    void findingDecisionsAreUndoable()
    {
        ReviewSession session(*m_library, m_caseId);
        QVERIFY(session.load().ok());
        QVERIFY(session.setFindingState(m_findingIds[0], FindingState::Accepted).ok());
        storage::FindingRepository findings(*m_library);
        QCOMPARE(findings.load(m_findingIds[0])->state, FindingState::Accepted);
        Finding corrected = *session.finding(m_findingIds[1]);
        corrected.value = 115;
        corrected.unit = QStringLiteral("mg/L");
        QVERIFY(session.correctFinding(m_findingIds[1], corrected).ok());
        QCOMPARE(findings.load(m_findingIds[1])->state, FindingState::Corrected);
        QCOMPARE(*findings.load(m_findingIds[1])->value, 115.0);
        session.undoStack()->undo();
        QCOMPARE(findings.load(m_findingIds[1])->state, FindingState::Proposed);
        QVERIFY(!findings.load(m_findingIds[1])->value.has_value());
        session.undoStack()->undo();
        QCOMPARE(findings.load(m_findingIds[0])->state, FindingState::Proposed);
        QCOMPARE(session.finding(m_findingIds[0])->state, FindingState::Proposed);
    }

    void reviewerFindingsAddAndUndo()
    {
        ReviewSession session(*m_library, m_caseId);
        QVERIFY(session.load().ok());
        Finding fever;
        fever.documentId = session.document(DocumentRole::Original)->id;
        fever.start = 4;
        fever.end = 9;
        fever.category = FindingCategory::Symptom;
        fever.text = QStringLiteral("febre");
        fever.negated = true;
        const auto id = session.addFinding(fever);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QCOMPARE(session.finding(*id)->source, FindingSource::Clinician);
        session.undoStack()->undo();
        QVERIFY(session.finding(*id) == nullptr);
        session.undoStack()->redo();
        QVERIFY(session.finding(*id) != nullptr);
    }

    void statusAndTags()
    {
        ReviewSession session(*m_library, m_caseId);
        QVERIFY(session.load().ok());
        QVERIFY(session.setStatus(ReviewStatus::InReview).ok());
        QVERIFY(session.setTags({QStringLiteral("sepsis"), QStringLiteral("teaching")}).ok());
        storage::CaseRepository cases(*m_library);
        QCOMPARE(cases.load(m_caseId)->status, ReviewStatus::InReview);
        QCOMPARE(cases.load(m_caseId)->tags.size(), 2);
        session.undoStack()->undo();
        session.undoStack()->undo();
        QCOMPARE(cases.load(m_caseId)->status, ReviewStatus::New);
        QVERIFY(cases.load(m_caseId)->tags.isEmpty());
        QCOMPARE(session.currentCase().status, ReviewStatus::New);
    }

    void aRefusedEditChangesNothingAndIsNotOnTheStack()
    {
        ReviewSession session(*m_library, m_caseId);
        QVERIFY(session.load().ok());
        Annotation outside;
        outside.documentId = session.document(DocumentRole::Original)->id;
        outside.start = 5;
        outside.end = 500;
        outside.label = QStringLiteral("Question");
        const auto id = session.addAnnotation(outside);
        QVERIFY(!id.ok());
        QVERIFY(id.error().contains(QStringLiteral("outside")));
        QCOMPARE(session.undoStack()->count(), 0);
        QVERIFY(annotationsOnDisk().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReviewSession)
#include "tst_reviewsession.moc"
