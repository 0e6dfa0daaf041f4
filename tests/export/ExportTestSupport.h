#pragma once

// The demo case with annotations of every kind, for the export tests.

#include "TestSupport.h"
#include "core/deid/TextEdits.h"
#include "model/CaseBundle.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

namespace testsupport {

inline QString demoText(const QString& name)
{
    QFile file(sourcePath(QStringLiteral("resources/demo/") + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing demo text %s", qPrintable(name));
    return QString::fromUtf8(file.readAll());
}

// The annotation whose comment tries to become markup.
inline QString hostileComment()
{
    return QStringLiteral("<img src=\"file:///etc/passwd\"><b>x</b>");
}

// A span annotation on the first occurrence of `words` in a document of the bundle.
inline void annotate(caselens::CaseBundle& bundle, caselens::DocumentRole role, const QString& words,
                     const QString& label, const QString& comment, const QString& subtype = {})
{
    using namespace caselens;
    const Document* document =
        role == DocumentRole::Original ? bundle.aCase.original() : bundle.aCase.translation();
    const int at = int(document->text.indexOf(words));
    if (at < 0)
        qFatal("'%s' is not in the text", qPrintable(words));
    Annotation annotation;
    annotation.documentId = -1;
    annotation.start = codePointIndexOf(document->text, at);
    annotation.end = codePointIndexOf(document->text, at + int(words.size()));
    annotation.label = label;
    annotation.subtype = subtype;
    annotation.comment = comment;
    annotation.author = QStringLiteral("Dr. Silva");
    annotation.createdAt = annotation.updatedAt = QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
    bundle.annotations << annotation;
    bundle.annotationDocumentRoles << role;
}

inline void addNote(caselens::CaseBundle& bundle, const QString& label, const QString& comment)
{
    using namespace caselens;
    Annotation note;
    note.label = label;
    note.comment = comment;
    note.author = QStringLiteral("Dr. Costa");
    note.createdAt = note.updatedAt = QDateTime(QDate(2026, 11, 21), QTime(9, 30), Qt::UTC);
    bundle.annotations << note;
    bundle.annotationDocumentRoles << DocumentRole::Original;
}

// The septic shock demo case (Portuguese original, English translation), no stored findings,
// with a translation error, a hostile comment, a teaching point, a question and a note.
inline caselens::CaseBundle demoBundle()
{
    using namespace caselens;
    CaseBundle bundle;
    bundle.aCase.title = QStringLiteral("Septic shock secondary to L5-S1 spondylodiscitis");
    bundle.aCase.source = QStringLiteral("CaseLens demo case (project's own)");
    bundle.aCase.tags = QStringList{QStringLiteral("demo"), QStringLiteral("sepsis")};
    bundle.aCase.status = ReviewStatus::Reviewed;
    bundle.aCase.createdAt = QDateTime(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC);
    bundle.aCase.updatedAt = QDateTime(QDate(2026, 11, 22), QTime(11, 0), Qt::UTC);
    bundle.aCase.documents << Document{0,
                                       DocumentRole::Original,
                                       QStringLiteral("pt"),
                                       demoText(QStringLiteral("septic-shock-47m.pt.txt")),
                                       {}};
    bundle.aCase.documents << Document{0,
                                       DocumentRole::Translation,
                                       QStringLiteral("en"),
                                       demoText(QStringLiteral("septic-shock-47m.en.txt")),
                                       {}};
    annotate(bundle, DocumentRole::Translation, QStringLiteral("cloxacycline"),
             QStringLiteral("Translation error"), QStringLiteral("cloxacillin, not cloxacycline"),
             QStringLiteral("terminology"));
    annotate(bundle, DocumentRole::Original, QStringLiteral("leucócitos 27,400/mm3"),
             QStringLiteral("Key finding"), hostileComment());
    annotate(bundle, DocumentRole::Original, QStringLiteral("E. coli foi isolado em culturas de sangue"),
             QStringLiteral("Teaching point"),
             QStringLiteral("Take blood cultures before the first antibiotic."));
    addNote(bundle, QStringLiteral("Question"),
            QStringLiteral("What explains the low back pain and the buttock collections?"));
    addNote(bundle, QStringLiteral("Note"), QStringLiteral("Good case for sepsis teaching"));
    return bundle;
}

// pdftotext of a PDF file (empty when poppler-utils is missing: the caller skips).
inline QString pdfText(const QString& pdfPath, bool layout = false)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess process;
    QStringList arguments;
    if (layout)
        arguments << QStringLiteral("-layout");
    arguments << pdfPath << QStringLiteral("-");
    process.start(tool, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace testsupport
