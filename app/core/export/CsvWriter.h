#pragma once

#include "model/CaseBundle.h"

#include <QString>
#include <QStringList>

namespace caselens {

// The findings table as CSV (RFC 4180: comma, double quotes, CRLF; UTF-8 without BOM): one row
// per finding, a finding and its linked counterpart in the translation on the same row.
// Columns: category, original_text, translation_text, value, value2, unit, flag, state,
// negated, uncertain, concept, code, original_start, original_end, translation_start,
// translation_end. Offsets count code points; value, flags and concept are the original's
// (the translation's when the row has no original). Every finding is listed, rejected ones
// too, with their state. A text cell that starts with = + - @ gets a leading ' so that a
// spreadsheet shows it instead of running it as a formula.
class CsvWriter {
public:
    static QString render(const CaseBundle& bundle);
    static QStringList columns();
    // One field, quoted when it must be.
    static QString field(const QString& value);
};

} // namespace caselens
