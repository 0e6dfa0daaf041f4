#pragma once

#include "model/Case.h"
#include "model/Result.h"
#include "storage/CaseRepository.h"

#include <QString>
#include <QStringList>

namespace caselens {

class CaseExtractor;

// An original report and, optionally, its translation, as the user names them.
struct PairImportRequest {
    QString originalPath;
    QString translationPath;     // empty: the case has no translation yet
    QString originalLanguage;    // empty: guessed from the text
    QString translationLanguage; // empty: guessed from the text
    QString title;               // empty: made from the file name
    QString source;              // empty: the file name
    QStringList tags;
};

struct ImportOutcome {
    CaseId id = 0;
    bool alreadyPresent = false;
    QString title;
    QStringList languages;
    QStringList notes; // conversions made on the way in, for the user
};

// Reads case files and puts them in the library. Nothing is written unless every file of the
// case could be read: a bad file leaves the library as it was.
class CaseImporter {
public:
    // With an extractor, a new case's findings are found and stored at once (the CLI); without,
    // the app's background extraction finds them off the UI thread.
    explicit CaseImporter(storage::CaseRepository& cases, const CaseExtractor* extractor = nullptr);

    // A case read from its files, not yet in any library.
    struct PreparedCase {
        Case aCase;
        QStringList notes;
    };
    // Reads and checks the files without touching a library, so that a bad file is reported
    // before anything (even a new library file) is created.
    static Result<PreparedCase> prepare(const PairImportRequest& request);

    Result<ImportOutcome> importPair(const PairImportRequest& request);
    // A case already in memory (texts decoded, languages known).
    Result<ImportOutcome> importCase(const Case& aCase, const QStringList& notes = {});

    // "septic-shock-47m.pt.txt" -> "septic-shock-47m".
    static QString titleFromFileName(const QString& path);

private:
    storage::CaseRepository& m_cases;
    const CaseExtractor* m_extractor = nullptr;
};

} // namespace caselens
