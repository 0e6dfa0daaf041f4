#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace caselens {

// A text file decoded for CaseLens, with what was done to it.
struct DecodedText {
    QString text;
    QString encoding;  // "UTF-8", "UTF-16", "Windows-1252"
    QStringList notes; // user-facing, e.g. "was not UTF-8; read as Windows-1252 (Latin-1) and converted"
};

struct TextReadOptions {
    // For the library: CRLF and CR become LF and the text is put in Unicode NFC, so that offsets
    // mean the same thing everywhere. `extract` turns this off to report offsets in the file as read.
    bool normalizeForLibrary = true;
    qint64 maxBytes = 32LL * 1024 * 1024;
};

// Reads a case report from disk. Refuses, with a one-line reason naming the file, anything that
// is not a text file: missing, a folder, empty, binary, too large or in an unknown encoding.
Result<DecodedText> readTextFile(const QString& path, const TextReadOptions& options = {});
// The same rules on bytes already in memory (`name` is used in messages).
Result<DecodedText> decodeText(const QByteArray& bytes, const QString& name,
                               const TextReadOptions& options = {});

} // namespace caselens
