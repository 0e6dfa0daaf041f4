#pragma once

#include "Case.h"

#include <QDateTime>
#include <QString>

namespace caselens {

// A translation-check issue a reviewer dismissed (judged not to be an error), remembered so the
// check stops reporting it. The key is QaIssue::key() (findings/qa/QaIssue.h).
struct QaDismissal {
    qint64 id = 0; // 0 until stored
    CaseId caseId = 0;
    QString issueKey;
    QString issueType; // "value", "omission", ...
    QString author;
    QDateTime dismissedAt;
};

} // namespace caselens
