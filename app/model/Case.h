#pragma once

#include "Document.h"
#include "ReviewStatus.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace caselens {

using CaseId = qint64;

// A clinical case report: an original text and, usually, its translation.
struct Case {
    CaseId id = 0;
    QString title;
    QString source; // where it came from: a file name, a corpus and its licence
    QStringList tags;
    ReviewStatus status = ReviewStatus::New;
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<Document> documents; // original first

    const Document* original() const;
    const Document* translation() const;
    // Languages in document order, original first, e.g. {"pt", "en"}.
    QStringList languages() const;
};

// One row of the case list: what the list needs without loading the texts.
// The last translation check of a case: its score and open issues by severity.
struct TranslationCheckSummary {
    double score = 100; // 0..100
    int critical = 0;
    int major = 0;
    int minor = 0;

    int issueCount() const { return critical + major + minor; }
};

struct CaseSummary {
    CaseId id = 0;
    QString title;
    QStringList languages; // original first
    ReviewStatus status = ReviewStatus::New;
    std::optional<TranslationCheckSummary> translationCheck; // none until the case is checked
};

} // namespace caselens

Q_DECLARE_METATYPE(caselens::TranslationCheckSummary)
