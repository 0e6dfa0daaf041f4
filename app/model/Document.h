#pragma once

#include <QString>

namespace caselens {

enum class DocumentRole { Original, Translation };

inline QString toKey(DocumentRole role)
{
    return role == DocumentRole::Original ? QStringLiteral("original") : QStringLiteral("translation");
}

// One language version of a case. The text is stored once, in NFC with LF line ends, and never
// changed afterwards: findings and annotations anchor to character offsets inside it.
struct Document {
    qint64 id = 0;
    DocumentRole role = DocumentRole::Original;
    QString language; // ISO 639-1
    QString text;
    QString contentHash; // SHA-256 of the UTF-8 text, hex
};

} // namespace caselens
