// The translation check of a stored case: dismissed issues leave the report and its score, and
// come back when restored; cases it cannot check say why.

#include "core/extraction/CaseExtractor.h"
#include "core/qa/CaseTranslationCheck.h"
#include "storage/CaseRepository.h"
#include "storage/CaseSearch.h"
#include "storage/QaScoreRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace caselens;

class TestCaseTranslationCheck : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Library> m_library;
    int m_counter = 0;

    CaseId addCase(const QString& original, const QString& translation)
    {
        Case aCase;
        aCase.title = QStringLiteral("t");
        aCase.documents << Document{0, DocumentRole::Original, QStringLiteral("pt"), original, {}};
        if (!translation.isEmpty())
            aCase.documents << Document{0, DocumentRole::Translation, QStringLiteral("en"), translation, {}};
        const auto added = storage::CaseRepository(*m_library).add(aCase);
        return added ? added->id : 0;
    }

private slots:
    void init()
    {
        auto opened = storage::Library::open(m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_counter)));
        QVERIFY(opened.ok());
        m_library = std::move(opened).value();
        m_library->setAuthorName(QStringLiteral("Dr. Test"));
    }

    void dismissedIssuesLeaveTheReportAndTheScore()
    {
        const CaseId id = addCase(QStringLiteral("Derrame pleural esquerdo. A creatinina era 0,80 mg/dL."),
                                  QStringLiteral("Right pleural effusion. Creatinine was 0.08 mg/dL."));
        CaseTranslationCheck check(*m_library);
        const auto first = check.check(id);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first->report.issues.size(), 2);
        QVERIFY(first->dismissed.isEmpty());
        QVERIFY(first->originalDocumentId > 0 && first->translationDocumentId > first->originalDocumentId);
        const qa::QaIssue laterality = first->report.issues.first();
        QCOMPARE(laterality.type, qa::IssueType::Laterality);

        QVERIFY(check.dismiss(id, laterality).ok());
        const auto second = check.check(id);
        QCOMPARE(second->report.issues.size(), 1);
        QCOMPARE(second->report.issues.first().type, qa::IssueType::Value);
        QCOMPARE(second->dismissed.size(), 1);
        QCOMPARE(second->dismissed.first().key(), laterality.key());
        QCOMPARE(second->report.score.penalty, first->report.score.penalty - qa::QaScore::kCriticalPoints);
        QCOMPARE(second->report.score.words, first->report.score.words);

        QVERIFY(check.restore(id, laterality.key()).ok());
        QCOMPARE(check.check(id)->report.issues.size(), 2);
    }

    void extractionKeepsTheScoreForTheCaseList()
    {
        const CaseId id = addCase(QStringLiteral("Derrame pleural esquerdo. A creatinina era 0,80 mg/dL."),
                                  QStringLiteral("Right pleural effusion. Creatinine was 0.08 mg/dL."));
        const CaseId clean = addCase(QStringLiteral("Sem febre."), QStringLiteral("No fever."));
        const CaseId alone = addCase(QStringLiteral("Sem febre."), QString());
        const auto extractor = CaseExtractor::forLibrary(*m_library);
        QVERIFY(extractor.ok());
        for (const CaseId each : {id, clean, alone})
            QVERIFY(extractor->extractAndStore(*m_library, each).ok());

        // The list reads the scores with the cases, in one query.
        storage::SearchQuery everything;
        const auto listed = storage::CaseSearch(*m_library).search(everything);
        QVERIFY2(listed.ok(), qPrintable(listed.error()));
        QCOMPARE(listed->hits.size(), 3);
        const CaseSummary& checked = listed->hits[0].summary;
        QVERIFY(checked.translationCheck.has_value());
        QCOMPARE(checked.translationCheck->critical, 2); // laterality, creatinine
        QVERIFY(checked.translationCheck->score < 100);
        QVERIFY(listed->hits[1].summary.translationCheck.has_value());
        QCOMPARE(listed->hits[1].summary.translationCheck->issueCount(), 0);
        QCOMPARE(listed->hits[1].summary.translationCheck->score, 100.0);
        QVERIFY(!listed->hits[2].summary.translationCheck.has_value()); // nothing to check
        const auto page = storage::CaseRepository(*m_library).list(0, 10);
        QVERIFY(page.ok());
        QCOMPARE(page->first().translationCheck->critical, 2);

        // A dismissed issue leaves the score at the next check (the QA panel) and re-extraction.
        CaseTranslationCheck check(*m_library);
        const auto report = check.check(id);
        QVERIFY(check.dismiss(id, report->report.issues.first()).ok());
        const auto again = check.check(id);
        QVERIFY(check.rememberScore(id, *again).ok());
        QCOMPARE((*storage::QaScoreRepository(*m_library).find(id))->critical, 1);
        QVERIFY(extractor->extractAndStore(*m_library, id).ok());
        QCOMPARE((*storage::QaScoreRepository(*m_library).find(id))->critical, 1);

        // Gone with its case; a score for a case that is gone is not kept.
        QVERIFY(storage::CaseRepository(*m_library).remove(id).ok());
        QVERIFY(!(*storage::QaScoreRepository(*m_library).find(id)).has_value());
        QVERIFY(storage::QaScoreRepository(*m_library).save(id, TranslationCheckSummary{}).ok());
        QVERIFY(!(*storage::QaScoreRepository(*m_library).find(id)).has_value());
    }

    void casesItCannotCheck()
    {
        CaseTranslationCheck check(*m_library);
        const CaseId alone = addCase(QStringLiteral("Febre."), {});
        const auto untranslated = check.check(alone);
        QVERIFY(!untranslated.ok());
        QVERIFY(untranslated.error().contains(QStringLiteral("no translation")));
        QVERIFY(!check.check(alone + 40).ok());
    }
};

QTEST_GUILESS_MAIN(TestCaseTranslationCheck)
#include "tst_casetranslationcheck.moc"
