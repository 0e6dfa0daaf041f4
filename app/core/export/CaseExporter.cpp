#include "CaseExporter.h"

#include "BratWriter.h"
#include "CsvWriter.h"
#include "ExportDocumentBuilder.h"
#include "HtmlWriter.h"
#include "PdfWriter.h"
#include "caseformat/CaseJson.h"
#include "model/MessageContexts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryFile>

namespace caselens {
namespace {

QString slug(const QString& title)
{
    const QString folded = title.normalized(QString::NormalizationForm_KD).toLower();
    QString result;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            result += c;
        else if (c.category() != QChar::Mark_NonSpacing && !result.endsWith(QLatin1Char('-')))
            result += QLatin1Char('-');
    }
    result = result.left(48);
    while (result.endsWith(QLatin1Char('-')))
        result.chop(1);
    while (result.startsWith(QLatin1Char('-')))
        result.remove(0, 1);
    return result;
}

} // namespace

CaseExporter::CaseExporter(ExportOptions options, std::shared_ptr<const FindingsEngine> engine)
    : m_options(std::move(options))
    , m_engine(std::move(engine))
    , m_preparer(m_engine)
{
    if (!m_options.generatedAt.isValid())
        m_options.generatedAt = QDateTime::currentDateTime();
}

PreparedCase CaseExporter::prepare(const CaseBundle& bundle) const
{
    return m_preparer.prepare(bundle, m_options.deidentify);
}

ExportDocument CaseExporter::document(const PreparedCase& prepared) const
{
    return ExportDocumentBuilder::build(prepared, m_options, *m_engine);
}

QString CaseExporter::baseName(const Case& aCase, CaseId id, const ExportOptions& options)
{
    QString name = QStringLiteral("case-%1").arg(id);
    const bool revealing = options.deidentify || (options.teaching && options.teachingApplies());
    const QString titleSlug = revealing ? QString() : slug(aCase.title);
    if (!titleSlug.isEmpty())
        name += QLatin1Char('-') + titleSlug;
    if (options.teaching && options.teachingApplies())
        name += QStringLiteral("-teaching");
    if (options.deidentify)
        name += QStringLiteral("-deid");
    return name;
}

Result<QList<CaseExporter::OutputFile>> CaseExporter::render(const CaseBundle& bundle, CaseId id) const
{
    if (!bundle.aCase.original())
        return Error{ExportText::tr("case %1 has no original text").arg(id)};
    const PreparedCase prepared = prepare(bundle);
    const QString base = baseName(bundle.aCase, id, m_options);
    QList<OutputFile> files;
    switch (m_options.format) {
    case ExportFormat::Pdf: {
        auto pdf = PdfWriter::render(document(prepared), m_options.pageSize);
        if (!pdf)
            return Error{ExportText::tr("case %1: %2").arg(id).arg(pdf.error())};
        files << OutputFile{base + QStringLiteral(".pdf"), *pdf};
        break;
    }
    case ExportFormat::Html:
        files << OutputFile{base + QStringLiteral(".html"),
                            HtmlWriter::render(document(prepared), m_options.pageSize).toUtf8()};
        break;
    case ExportFormat::Json:
        files << OutputFile{base + QStringLiteral(".json"),
                            QJsonDocument(CaseJson::toJson(prepared.bundle)).toJson(QJsonDocument::Indented)};
        break;
    case ExportFormat::Csv:
        files << OutputFile{base + QStringLiteral(".csv"), CsvWriter::render(prepared.bundle).toUtf8()};
        break;
    case ExportFormat::Brat:
        for (const BratWriter::Document& document : BratWriter::render(prepared.bundle)) {
            const QString stem = QStringLiteral("%1.%2").arg(base, document.language);
            files << OutputFile{stem + QStringLiteral(".txt"), document.text.toUtf8()};
            files << OutputFile{stem + QStringLiteral(".ann"), document.annotations.toUtf8()};
        }
        break;
    }
    return files;
}

QList<CaseExporter::OutputFile> CaseExporter::folderFiles() const
{
    if (m_options.format != ExportFormat::Brat)
        return {};
    return {OutputFile{QStringLiteral("annotation.conf"), BratWriter::annotationConf().toUtf8()},
            OutputFile{QStringLiteral("visual.conf"), BratWriter::visualConf().toUtf8()}};
}

Status CaseExporter::prepareFolder(const QString& folder)
{
    if (folder.trimmed().isEmpty())
        return Error{ExportText::tr("no folder to export to")};
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return Error{ExportText::tr("%1 is not a folder").arg(QDir::toNativeSeparators(folder))};
    if (!info.exists() && !QDir().mkpath(folder))
        return Error{ExportText::tr("cannot create the folder %1").arg(QDir::toNativeSeparators(folder))};
    // The only sure test of "can I write here" is writing (permissions, read-only mounts, ACLs).
    QTemporaryFile probe(QDir(folder).filePath(QStringLiteral(".caselens-export-XXXXXX")));
    if (!probe.open())
        return Error{ExportText::tr("cannot write in %1: %2")
                         .arg(QDir::toNativeSeparators(folder), probe.errorString())};
    return {};
}

Result<QStringList> CaseExporter::write(const QString& folder, const QList<OutputFile>& files)
{
    QStringList written;
    const QDir directory(folder);
    for (const OutputFile& file : files) {
        const QString path = directory.filePath(file.name);
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(file.bytes) != file.bytes.size() || !out.commit())
            return Error{
                ExportText::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString())};
        written << path;
    }
    return written;
}

Result<QStringList> CaseExporter::exportCase(const CaseBundle& bundle, CaseId id, const QString& folder) const
{
    auto files = render(bundle, id);
    if (!files)
        return Error{files.error()};
    return write(folder, *files);
}

} // namespace caselens
