#pragma once

#include "model/CaseBundle.h"
#include "model/Result.h"

#include <QJsonObject>

namespace caselens {

// CaseLens's own case file: one case, whole (docs/case-format.md). Versioned; a file from a
// newer CaseLens is refused with a clear message rather than half-read.
class CaseJson {
public:
    static constexpr int kVersion = 1;
    static inline const QString kFormatName = QStringLiteral("caselens-case");

    static QJsonObject toJson(const CaseBundle& bundle);
    static Result<CaseBundle> fromJson(const QJsonObject& object);
    // Errors say what is wrong, not which file: the caller names the file.
    static Result<CaseBundle> fromBytes(const QByteArray& bytes);
    // True when the bytes look like one of our case files (cheap check for folder imports).
    static bool looksLikeCaseFile(const QByteArray& bytes);
};

} // namespace caselens
