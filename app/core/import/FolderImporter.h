#pragma once

#include "model/CaseBundle.h"
#include "model/Result.h"
#include "storage/Library.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace caselens {

// Imports every case in a folder (and its subfolders):
//   NAME.pt.txt + NAME.en.txt   a pair; the original is --original-lang, else the non-English one
//   NAME.txt                    one text, language guessed (NAME.en.txt beside it is its translation)
//   NAME.txt + NAME.ann         brat standoff: the annotated spans come in as accepted findings
//   NAME.json                   a CaseLens case file (docs/case-format.md)
// A bad file is reported by name with the reason; the rest still import.
class FolderImporter {
public:
    struct Options {
        QString originalLanguage; // empty: the language that is not English
        QStringList tags;         // added to every case
        int batchSize = 1000;     // cases per transaction: a crash keeps every finished batch
        bool extractFindings = true; // find the clinical findings of each case as it is imported
    };

    struct Unit {
        QString original;    // path of the original text (or of the JSON file)
        QString translation; // path or empty
        QString originalLanguage;
        QString translationLanguage;
        QString originalAnnotations;    // .ann beside the original, or empty
        QString translationAnnotations; // .ann beside the translation, or empty
        bool caseFile = false;          // a CaseLens JSON case file
        QString displayName;            // relative path shown to the user
    };

    struct Problem {
        QString file;
        QString reason;
    };

    struct Plan {
        QList<Unit> units;
        QList<Problem> problems; // files that cannot become a case at all (orphan .ann, ambiguous sets)
        int ignoredFiles = 0;    // files that are not case files (README, .tsv, ...)
    };

    struct Report {
        int added = 0;
        int alreadyPresent = 0;
        QList<Problem> problems;
        QStringList notes;
        int ignoredFiles = 0;
        bool cancelled = false;
        bool failed() const { return !problems.isEmpty(); }
    };

    using Progress = std::function<void(int done, int total)>;

    explicit FolderImporter(Options options);

    Result<Plan> plan(const QString& folder) const;
    // Reads one unit into a bundle without touching a library (thread-safe).
    Result<CaseBundle> prepare(const Unit& unit, QStringList* notes) const;
    // Reads the units in parallel and stores them in batches. `progress` is called from the
    // calling thread after each batch; setting `cancel` stops after the current batch.
    Report run(storage::Library& library, const Plan& plan, const Progress& progress = {},
               const std::atomic<bool>* cancel = nullptr) const;

private:
    Options m_options;
};

} // namespace caselens
