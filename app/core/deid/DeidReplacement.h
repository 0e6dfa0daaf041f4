#pragma once

#include <QString>

namespace caselens {

// What de-identification changes. Dates are shifted (or masked when they cannot be read as a
// date); the rest are masked with typed, numbered placeholders ([NAME-1], [PLACE-2], ...);
// ages over 89 become "90 or more" in the text's language.
enum class DeidKind { Date, Name, Place, Identifier, Phone, Age };

QString toKey(DeidKind kind); // "date", "name", "place", "id", "phone", "age"
QString displayName(DeidKind kind);

// One change, as the educator reviews it before exporting.
struct DeidReplacement {
    DeidKind kind = DeidKind::Name;
    // Which text: "original", "translation", "title", "source", "annotation" (a span annotation's
    // comment) or "note" (a whole-case note's comment).
    QString field;
    QString language;   // the language of that text ("" for titles and comments)
    int itemIndex = -1; // the annotation's index in the case's annotations, for comments
    int start = 0;      // code points in the text as it was, [start, end)
    int end = 0;
    QString original;    // the text that was there
    QString replacement; // what is there now
};

} // namespace caselens
