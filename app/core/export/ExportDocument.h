#pragma once

#include "model/Finding.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace caselens {

// The annotated document of one case, independent of how it is written out: the PDF (through
// a QTextDocument) and the HTML are both made from it, so they say the same things. Every
// string in it is plain text (user text included); writers escape or insert it as text, never
// as markup.

// A stretch of text with one look.
struct TextRun {
    enum class Kind {
        Text,   // case text, maybe a finding
        Mask,   // hidden text (teaching mode): "[…]"
        Flag,   // ↑ or ↓ after an abnormal value
        Marker, // an annotation's number after its span
    };
    Kind kind = Kind::Text;
    QString text;
    std::optional<FindingCategory> category; // a finding's highlight
    bool negated = false;                    // struck through
    bool uncertain = false;                  // dotted underline
    bool heading = false;                    // a section heading inside the text ("Diagnóstico:")
};
using RichText = QList<TextRun>;

struct MetaField {
    QString label;
    QString value;
};

// One row of the side-by-side layout: sentences of the original and the translation that the
// engine aligned (either may be empty: a sentence left out or added by the translation).
struct AlignedRow {
    RichText original;
    RichText translation;
};

// One text in the stacked layout, by paragraphs.
struct StackedText {
    QString heading; // "Original · Português"
    QList<RichText> paragraphs;
};

struct AnnotationEntry {
    int number = 0; // as marked in the text; 0 for whole-case notes
    QString where;  // "Original (pt)", "Translation (en)"
    QString quote;  // the annotated words
    QString label;
    QString subtype;
    QString comment;
    QString author;
    QDateTime date;
};

struct FindingRow {
    FindingCategory category = FindingCategory::Symptom;
    QString originalText;
    QString translationText;
    QString value; // "80/50", "27.4"
    QString unit;
    QString flag;  // "↑ high", "↓ low", "normal", ""
    QString state; // "accepted", "proposed", ...
    bool negated = false;
    bool uncertain = false;
};

struct AnswerPage {
    QList<MetaField> caseIdentity; // the real title and tags
    QString note;                  // e.g. "No diagnosis section was found"
    QList<StackedText> diagnosis;  // the diagnosis sections, each language
    QList<FindingRow> findings;    // the findings hidden from the case pages
    QList<AnnotationEntry> teachingPoints;
    QList<AnnotationEntry> notes;
};

struct ExportDocument {
    QString title;
    QString runningHeader;
    QList<MetaField> meta; // languages, status, reviewers, date, tags
    QStringList notices;   // "De-identified: …", "Findings proposed by the engine, not yet reviewed"
    QList<FindingCategory> legend; // categories that appear

    bool sideBySide = false;
    QStringList columnHeadings; // side by side: original, translation
    QList<AlignedRow> rows;
    QList<StackedText> stacked;

    QStringList findingColumns; // category, original, translation, value, unit, flag, state
    QList<FindingRow> findings;
    QList<AnnotationEntry> annotations;
    QList<AnnotationEntry> notes;
    QList<AnnotationEntry> questions;
    std::optional<AnswerPage> answer;
    QString footer; // "CaseLens · exported 2026-11-22"
};

} // namespace caselens
