#pragma once

#include "Library.h"
#include "model/Annotation.h"
#include "model/Result.h"

#include <QJsonObject>
#include <QList>

namespace caselens::storage {

// The history of every change to a case: who, when, what, old -> new. Repositories record an
// entry inside the same transaction as the change, so a change and its record stand or fall together.
class AuditLog {
public:
    explicit AuditLog(Library& library);

    Status record(CaseId caseId, const QString& entity, qint64 entityId, const QString& action,
                  const QJsonObject& oldValue, const QJsonObject& newValue);
    Result<QList<AuditEntry>> history(CaseId caseId) const;
    // Puts back a history line from a case file, under the case's new id.
    Status importEntry(CaseId caseId, const AuditEntry& entry);

private:
    Library& m_library;
};

} // namespace caselens::storage
