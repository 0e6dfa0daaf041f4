#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace caselens {

// What kind of clinical finding a span is. The keys ("vital_sign", ...) are part of the CLI's
// JSON and the library's schema: never rename one.
enum class FindingCategory {
    Age,
    Sex,
    VitalSign,
    LabResult,
    Medication,
    Diagnosis,
    Symptom,
    Procedure,
    Anatomy,
    Organism,
    Time,
};

enum class ValueFlag { None, Low, Normal, High };
enum class Experiencer { Patient, Other };
enum class FindingSource { Extracted, Clinician };
enum class FindingState { Proposed, Accepted, Rejected, Corrected };

QString toKey(FindingCategory category);
std::optional<FindingCategory> findingCategoryFromKey(const QString& key);
QList<FindingCategory> allFindingCategories();
QString displayName(FindingCategory category);
// "proposed", "accepted", … in the interface's language (a key, toKey, is for files and the CLI).
QString displayName(FindingState state);

QString toKey(ValueFlag flag); // "", "low", "normal", "high"
ValueFlag valueFlagFromKey(const QString& key);
QString toKey(Experiencer experiencer); // "patient", "other"
QString toKey(FindingSource source);    // "extracted", "clinician"
std::optional<FindingSource> findingSourceFromKey(const QString& key);
QString toKey(FindingState state); // "proposed", "accepted", "rejected", "corrected"
std::optional<FindingState> findingStateFromKey(const QString& key);

// A clinical finding in one document. Offsets count Unicode code points of the document's text
// ([start, end), end exclusive), as brat and the CLI's JSON do.
struct Finding {
    qint64 id = 0;         // 0 until stored
    qint64 documentId = 0; // 0 until stored
    int start = 0;
    int end = 0;
    FindingCategory category = FindingCategory::Symptom;
    QString text; // the span as written

    // ConText attributes.
    bool negated = false;
    bool uncertain = false;
    bool historical = false;
    bool hypothetical = false;
    Experiencer experiencer = Experiencer::Patient;

    QString section; // "history", "examination", "tests", "imaging", "treatment", "evolution", "diagnosis" or
                     // empty
    QString conceptId; // language-independent id: "drugbank:DB01212", "icd10:A41.9", "cl:crp"
    QString code;      // ICD-10 code for diagnoses, DrugBank id for drugs, else empty

    // Values of vital signs and lab results, in `unit` (UCUM spelling). Blood pressure 80/50
    // has value 80 and secondValue 50.
    std::optional<double> value;
    std::optional<double> secondValue;
    QString unit;
    bool unitInferred = false; // the text gave no unit; the analyte's usual one was assumed
    ValueFlag flag = ValueFlag::None;

    FindingSource source = FindingSource::Extracted;
    FindingState state = FindingState::Proposed;

    int length() const { return end - start; }
    bool overlaps(const Finding& other) const { return start < other.end && other.start < end; }
};

// The same finding in an original and its translation (indices into the two finding lists, or
// ids once stored).
struct FindingLink {
    qint64 originalFinding = 0;
    qint64 translationFinding = 0;
    double score = 0; // 0..1, how sure the pairing is
};

} // namespace caselens
