#pragma once

#include "model/CaseBundle.h"

#include <QList>
#include <QString>

namespace caselens {

// brat standoff (https://brat.nlplab.org/standoff.html), one .txt + .ann per language, for
// brat and INCEpTION, and read back by `import-dir` (BratReader):
//  - each finding (but the rejected ones) is a text-bound annotation labelled with its category
//    key (vital_sign, diagnosis, ...), its ConText attributes as Negated, Uncertain, Historical,
//    Hypothetical and Experiencer (value Other), and its concept, value and flag in an
//    AnnotatorNotes line;
//  - each clinician annotation is an "Annotation" span whose AnnotatorNotes hold the label,
//    subtype, comment, author and date (brat has no place for them otherwise; import-dir reports
//    these spans as a label it leaves out, since a case's annotations travel in the JSON format).
// Offsets count code points of the .txt, which is the document's text exactly (UTF-8, LF).
class BratWriter {
public:
    struct Document {
        QString language;
        QString text;
        QString annotations;
    };
    static QList<Document> render(const CaseBundle& bundle);
    // annotation.conf and visual.conf for a folder of CaseLens exports.
    static QString annotationConf();
    static QString visualConf();
    static QString annotationLabel() { return QStringLiteral("Annotation"); }
};

} // namespace caselens
