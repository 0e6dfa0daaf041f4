#pragma once

#include "model/Result.h"

#include <QString>
#include <QStringView>

#include <functional>
#include <span>

namespace caselens::findings {

// Reads the tab-separated lexicon files (resources/lexicons/*.tsv, compiled in as Qt resources
// under ":/caselens/lexicons/"). Lines starting with '#' are comments or the header.
class LexiconReader {
public:
    static QString defaultFolder() { return QStringLiteral(":/caselens/lexicons"); }

    // Calls `row` with the fields of each data line, padded with empty fields to `columns`.
    // The views are valid only during the call. Returns the number of rows, or an error naming
    // the file when it cannot be read.
    static Result<int> forEachRow(const QString& folder, const QString& fileName, int columns,
                                  const std::function<void(std::span<const QStringView>)>& row);
};

} // namespace caselens::findings
