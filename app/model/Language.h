#pragma once

#include <QString>
#include <QStringList>

namespace caselens {

// Languages CaseLens reads. Codes are ISO 639-1, lower case: "pt", "es", "en".
namespace language {

QStringList supportedCodes();
bool isSupported(const QString& code);
// "Português", "Español", "English": each language in its own name, as clinicians expect.
QString nativeName(const QString& code);
// Lower-cases and validates a user-typed code; returns an empty string when not supported.
QString normalizeCode(const QString& code);

} // namespace language
} // namespace caselens
