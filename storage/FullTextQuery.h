#pragma once

#include "model/Result.h"

#include <QString>

namespace caselens::storage {

// Turns what a user typed into a safe SQLite FTS5 query. Every word is quoted, so no input can
// be a syntax error or reach FTS5's own operators by accident. Understood, as in web search:
//   words           all must appear (AND, diacritics and case ignored by the index)
//   "two words"     a phrase
//   word*           a prefix
//   a OR b          either
//   -word, NOT word must not appear
// Punctuation-only words are dropped. Returns an empty string when nothing searchable remains.
Result<QString> toFullTextQuery(const QString& userText);

} // namespace caselens::storage
