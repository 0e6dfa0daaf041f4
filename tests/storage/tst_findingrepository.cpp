#include "StorageTestSupport.h"
#include "storage/AuditLog.h"
#include "storage/FindingRepository.h"

#include <QTest>

using namespace caselens;

namespace {

Finding finding(int start, int end, FindingCategory category, const QString& text,
                const QString& conceptId = {})
{
    Finding f;
    f.start = start;
    f.end = end;
    f.category = category;
    f.text = text;
    f.conceptId = conceptId;
    return f;
}

} // namespace

class TestFindingRepository : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Library> m_library;
    Case m_case;
    int m_counter = 0;

private slots:
    void init()
    {
        m_library = testsupport::openLibrary(m_dir, QStringLiteral("f%1.sqlite").arg(++m_counter));
        storage::CaseRepository cases(*m_library);
        const auto added = cases.add(testsupport::makeCase(
            QStringLiteral("t"), QStringLiteral("Febre 39 ºC e PCR 115."), QStringLiteral("pt"),
            QStringLiteral("Fever 39 ºC and CRP 115."), QStringLiteral("en")));
        QVERIFY(added.ok());
        m_case = *cases.load(added->id);
    }

    void storesEveryAttribute()
    {
        storage::FindingRepository findings(*m_library);
        Finding crp =
            finding(14, 17, FindingCategory::LabResult, QStringLiteral("PCR"), QStringLiteral("cl:crp"));
        crp.value = 115;
        crp.unit = QStringLiteral("mg/L");
        crp.unitInferred = true;
        crp.flag = ValueFlag::High;
        crp.section = QStringLiteral("tests");
        Finding fever =
            finding(0, 5, FindingCategory::Symptom, QStringLiteral("Febre"), QStringLiteral("cl:fever"));
        fever.negated = true;
        fever.uncertain = true;
        fever.historical = true;
        fever.hypothetical = true;
        fever.experiencer = Experiencer::Other;
        Finding bp = finding(6, 11, FindingCategory::VitalSign, QStringLiteral("80/50"),
                             QStringLiteral("cl:blood_pressure"));
        bp.value = 80;
        bp.secondValue = 50;
        bp.code = QStringLiteral("X");
        const auto ids =
            findings.replaceExtracted(m_case.original()->id, {crp, fever, bp}, QStringLiteral("engine-1"));
        QVERIFY2(ids.ok(), qPrintable(ids.error()));
        QCOMPARE(ids->size(), 3);

        const auto stored = findings.forDocument(m_case.original()->id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), 3);
        const Finding& first = stored->at(0); // ordered by offset
        QCOMPARE(first.text, QStringLiteral("Febre"));
        QVERIFY(first.negated && first.uncertain && first.historical && first.hypothetical);
        QCOMPARE(first.experiencer, Experiencer::Other);
        QVERIFY(!first.value.has_value());
        const Finding& pressure = stored->at(1);
        QCOMPARE(*pressure.value, 80.0);
        QCOMPARE(*pressure.secondValue, 50.0);
        const Finding& lab = stored->at(2);
        QCOMPARE(lab.conceptId, QStringLiteral("cl:crp"));
        QCOMPARE(*lab.value, 115.0);
        QCOMPARE(lab.unit, QStringLiteral("mg/L"));
        QVERIFY(lab.unitInferred);
        QCOMPARE(lab.flag, ValueFlag::High);
        QCOMPARE(lab.section, QStringLiteral("tests"));
        QCOMPARE(lab.source, FindingSource::Extracted);
        QCOMPARE(lab.state, FindingState::Proposed);
        QCOMPARE(*findings.extractorVersion(m_case.original()->id), QStringLiteral("engine-1"));
    }

    void reExtractionKeepsClinicianDecisions()
    {
        storage::FindingRepository findings(*m_library);
        const qint64 doc = m_case.original()->id;
        const auto ids =
            findings.replaceExtracted(doc,
                                      {finding(0, 5, FindingCategory::Symptom, QStringLiteral("Febre")),
                                       finding(14, 17, FindingCategory::LabResult, QStringLiteral("PCR")),
                                       finding(6, 8, FindingCategory::LabResult, QStringLiteral("39"))},
                                      QStringLiteral("v1"));
        QVERIFY(ids.ok());
        QVERIFY(findings.setState(ids->at(0), FindingState::Accepted).ok());
        QVERIFY(findings.setState(ids->at(2), FindingState::Rejected).ok());
        const auto added = findings.addClinicianFinding(m_case.id, [&] {
            Finding f = finding(6, 11, FindingCategory::VitalSign, QStringLiteral("39 ºC"));
            f.documentId = doc;
            return f;
        }());
        QVERIFY2(added.ok(), qPrintable(added.error()));

        // The new extraction proposes the same three spans plus one more.
        const auto again =
            findings.replaceExtracted(doc,
                                      {finding(0, 5, FindingCategory::Symptom, QStringLiteral("Febre")),
                                       finding(6, 8, FindingCategory::LabResult, QStringLiteral("39")),
                                       finding(14, 17, FindingCategory::LabResult, QStringLiteral("PCR")),
                                       finding(18, 21, FindingCategory::LabResult, QStringLiteral("115"))},
                                      QStringLiteral("v2"));
        QVERIFY(again.ok());
        QCOMPARE(again->at(0), ids->at(0)); // accepted one kept, proposal dropped: its id is the kept one
        QCOMPARE(again->at(1), ids->at(2)); // rejected one stays rejected
        QVERIFY(again->at(2) != 0);
        QVERIFY(again->at(3) != 0);

        const auto stored = findings.forDocument(doc);
        QCOMPARE(stored->size(), 5);
        int accepted = 0, rejected = 0, clinician = 0, proposed = 0;
        for (const Finding& f : *stored) {
            accepted += f.state == FindingState::Accepted && f.source == FindingSource::Extracted;
            rejected += f.state == FindingState::Rejected;
            clinician += f.source == FindingSource::Clinician;
            proposed += f.state == FindingState::Proposed;
        }
        QCOMPARE(accepted, 1);
        QCOMPARE(rejected, 1);
        QCOMPARE(clinician, 1);
        QCOMPARE(proposed, 2);
    }

    void correctionsAreAuditedAndUndoable()
    {
        storage::FindingRepository findings(*m_library);
        const auto ids = findings.replaceExtracted(
            m_case.original()->id, {finding(14, 17, FindingCategory::Symptom, QStringLiteral("PCR"))},
            QStringLiteral("v1"));
        const auto before = findings.load(ids->first());
        Finding corrected = *before;
        corrected.category = FindingCategory::LabResult;
        corrected.end = 21;
        corrected.text = QStringLiteral("PCR 115");
        corrected.value = 115;
        QVERIFY(findings.correct(before->id, corrected).ok());
        const auto after = findings.load(before->id);
        QCOMPARE(after->state, FindingState::Corrected);
        QCOMPARE(after->category, FindingCategory::LabResult);
        QCOMPARE(after->end, 21);

        QVERIFY(findings.restore(*before).ok()); // undo
        const auto restored = findings.load(before->id);
        QCOMPARE(restored->state, FindingState::Proposed);
        QCOMPARE(restored->category, FindingCategory::Symptom);

        const auto history = storage::AuditLog(*m_library).history(m_case.id);
        QVERIFY(history.ok());
        const AuditEntry& correction = history->at(history->size() - 2);
        QCOMPARE(correction.entity, QStringLiteral("finding"));
        QCOMPARE(correction.action, QStringLiteral("update"));
        QCOMPARE(correction.author, QStringLiteral("Dr. Test"));
        QVERIFY(correction.oldValue.contains(QStringLiteral("\"category\":\"symptom\"")));
        QVERIFY(correction.newValue.contains(QStringLiteral("\"category\":\"lab_result\"")));
        QVERIFY(correction.newValue.contains(QStringLiteral("\"state\":\"corrected\"")));
    }

    void linksAcrossLanguages()
    {
        storage::FindingRepository findings(*m_library);
        const auto original = findings.replaceExtracted(
            m_case.original()->id, {finding(14, 17, FindingCategory::LabResult, QStringLiteral("PCR"))},
            QStringLiteral("v1"));
        const auto translation = findings.replaceExtracted(
            m_case.translation()->id, {finding(16, 19, FindingCategory::LabResult, QStringLiteral("CRP"))},
            QStringLiteral("v1"));
        QVERIFY(findings.replaceLinks(m_case.id, {{original->first(), translation->first(), 0.9}}).ok());
        const auto links = findings.links(m_case.id);
        QCOMPARE(links->size(), 1);
        QCOMPARE(links->first().originalFinding, original->first());
        QCOMPARE(links->first().translationFinding, translation->first());
        // Replacing is replacing, not adding.
        QVERIFY(findings.replaceLinks(m_case.id, {{original->first(), translation->first(), 1.0}}).ok());
        QCOMPARE(findings.links(m_case.id)->size(), 1);
        // Deleting a finding drops its link.
        QVERIFY(findings.remove(translation->first()).ok());
        QCOMPARE(findings.links(m_case.id)->size(), 0);
    }

    void badSpansAreRefusedByTheSchema()
    {
        storage::FindingRepository findings(*m_library);
        const auto ids = findings.replaceExtracted(
            m_case.original()->id, {finding(5, 5, FindingCategory::Symptom, QStringLiteral(""))},
            QStringLiteral("v1"));
        QVERIFY(!ids.ok());
        QCOMPARE(findings.forDocument(m_case.original()->id)->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFindingRepository)
#include "tst_findingrepository.moc"
