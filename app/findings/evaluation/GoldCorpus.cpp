#include "GoldCorpus.h"

#include "findings/CodePointMap.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QXmlStreamReader>

#include <algorithm>

namespace caselens::evaluation {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Evaluation", text);
}

Result<QString> readUtf8(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1 (%2).").arg(path, file.errorString())};
    QByteArray bytes = file.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    return QString::fromUtf8(bytes);
}

// MACCROBAT labels -> CaseLens evaluation categories.
QString bratCategory(const QString& label)
{
    static const QHash<QString, QString> map{
        {QStringLiteral("Age"), QStringLiteral("age")},
        {QStringLiteral("Sex"), QStringLiteral("sex")},
        {QStringLiteral("Medication"), QStringLiteral("medication")},
        {QStringLiteral("Disease_disorder"), QStringLiteral("diagnosis")},
        {QStringLiteral("Sign_symptom"), QStringLiteral("symptom")},
        {QStringLiteral("Diagnostic_procedure"), QStringLiteral("procedure")},
        {QStringLiteral("Therapeutic_procedure"), QStringLiteral("procedure")},
        {QStringLiteral("Biological_structure"), QStringLiteral("anatomy")},
        {QStringLiteral("Lab_value"), QStringLiteral("value")},
        {QStringLiteral("Duration"), QStringLiteral("time")},
        {QStringLiteral("Date"), QStringLiteral("time")},
    };
    return map.value(label);
}

// "12 20;25 30" -> extent [12, 30)
bool parseSpans(const QString& text, int* start, int* end)
{
    bool any = false;
    for (const QString& fragment : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList bounds = fragment.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (bounds.size() != 2)
            return false;
        bool okStart = false;
        bool okEnd = false;
        const int s = bounds[0].toInt(&okStart);
        const int e = bounds[1].toInt(&okEnd);
        if (!okStart || !okEnd || e < s)
            return false;
        *start = any ? std::min(*start, s) : s;
        *end = any ? std::max(*end, e) : e;
        any = true;
    }
    return any;
}

QStringList documentIds(const QString& folder, const QString& listFile)
{
    QStringList ids;
    QFile list(QDir(folder).filePath(listFile));
    if (list.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : list.readAll().split('\n'))
            if (!line.trimmed().isEmpty())
                ids.append(QString::fromUtf8(line.trimmed()));
    }
    return ids;
}

} // namespace

std::optional<GoldFormat> GoldCorpus::formatFromKey(const QString& key)
{
    if (key == QLatin1String("brat"))
        return GoldFormat::Brat;
    if (key == QLatin1String("e3c"))
        return GoldFormat::E3c;
    if (key == QLatin1String("codiesp"))
        return GoldFormat::Codiesp;
    return std::nullopt;
}

Result<QList<GoldDocument>> GoldCorpus::read(GoldFormat format, const QString& folder,
                                             const QSet<QString>& onlyIds)
{
    switch (format) {
    case GoldFormat::Brat:
        return readBrat(folder, onlyIds);
    case GoldFormat::E3c:
        return readE3c(folder, onlyIds);
    case GoldFormat::Codiesp:
        return readCodiesp(folder, onlyIds);
    }
    return Error{tr("Unknown corpus format.")};
}

Result<QList<GoldDocument>> GoldCorpus::readBrat(const QString& folder, const QSet<QString>& onlyIds)
{
    // Either the folder of .txt/.ann pairs or a corpus folder with a brat/ subfolder.
    QDir dir(folder);
    if (!dir.exists())
        return Error{tr("The folder %1 does not exist.").arg(folder)};
    if (dir.exists(QStringLiteral("brat")))
        dir.cd(QStringLiteral("brat"));
    QList<GoldDocument> documents;
    const QStringList annotations = dir.entryList({QStringLiteral("*.ann")}, QDir::Files, QDir::Name);
    for (const QString& annotationFile : annotations) {
        const QString id = annotationFile.chopped(4);
        if (!onlyIds.isEmpty() && !onlyIds.contains(id))
            continue;
        const auto text = readUtf8(dir.filePath(id + QStringLiteral(".txt")));
        const auto annotation = readUtf8(dir.filePath(annotationFile));
        if (!text)
            return Error{text.error()};
        if (!annotation)
            return Error{annotation.error()};
        GoldDocument document{id, *text, {}};
        QHash<QString, int> spanOfTextBound;    // T id -> index in spans
        QHash<QString, QString> triggerOfEvent; // E id -> T id
        QList<QPair<QString, int>> polarities;  // event or T id, polarity
        for (const QString& line : annotation->split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QStringList fields = line.split(QLatin1Char('\t'));
            if (line.startsWith(QLatin1Char('T')) && fields.size() >= 2) {
                const qsizetype space = fields[1].indexOf(QLatin1Char(' '));
                const QString label = fields[1].left(space);
                const QString category = bratCategory(label);
                int start = 0;
                int end = 0;
                if (category.isEmpty() || !parseSpans(fields[1].mid(space + 1), &start, &end))
                    continue;
                // CaseLens values are measurements: "normal", "elevated" or "positive" are
                // results without a number, which the value categories do not claim to find.
                if (category == QLatin1String("value") &&
                    std::none_of(fields.value(2).cbegin(), fields.value(2).cend(),
                                 [](QChar c) { return c.isDigit(); }))
                    continue;
                spanOfTextBound.insert(fields[0], static_cast<int>(document.spans.size()));
                document.spans.append({category, start, end, label, 0});
            } else if (line.startsWith(QLatin1Char('E')) && fields.size() >= 2) {
                const QString trigger =
                    fields[1].section(QLatin1Char(' '), 0, 0).section(QLatin1Char(':'), 1);
                triggerOfEvent.insert(fields[0], trigger);
            } else if (line.startsWith(QLatin1Char('A')) && fields.size() >= 2) {
                const QStringList parts = fields[1].split(QLatin1Char(' '));
                if (parts.size() >= 3 && parts[0] == QLatin1String("POLARITY"))
                    polarities.append(
                        {parts[1], parts[2] == QLatin1String("NEG") || parts[2] == QLatin1String("MAYBE_NEG")
                                       ? 1
                                       : -1});
            }
        }
        // Polarity belongs to events: their triggers are affirmed unless marked negative;
        // entities that are no event's trigger (body parts, values) carry none.
        for (auto it = triggerOfEvent.cbegin(); it != triggerOfEvent.cend(); ++it) {
            const auto span = spanOfTextBound.constFind(it.value());
            if (span != spanOfTextBound.constEnd())
                document.spans[*span].polarity = -1;
        }
        for (const auto& [target, polarity] : polarities) {
            const QString textBound = triggerOfEvent.value(target, target);
            const auto it = spanOfTextBound.constFind(textBound);
            if (it != spanOfTextBound.constEnd())
                document.spans[*it].polarity = polarity;
        }
        documents.append(std::move(document));
    }
    return documents;
}

Result<QList<GoldDocument>> GoldCorpus::readE3c(const QString& folder, const QSet<QString>& onlyIds)
{
    // e3c-dev/<Language>/: documents.txt lists the development documents, annotation/ holds
    // their UIMA XMI with the text in the Sofa.
    QDir dir(folder);
    if (!dir.exists(QStringLiteral("annotation")))
        return Error{
            tr("%1 has no annotation/ folder (give e3c-dev/English or e3c-dev/Spanish).").arg(folder)};
    QStringList ids = documentIds(folder, QStringLiteral("documents.txt"));
    if (ids.isEmpty()) {
        for (const QString& file :
             QDir(dir.filePath(QStringLiteral("annotation"))).entryList({QStringLiteral("*.xml")}))
            ids.append(file.chopped(4));
    }
    QList<GoldDocument> documents;
    for (const QString& id : ids) {
        if (!onlyIds.isEmpty() && !onlyIds.contains(id))
            continue;
        QFile file(dir.filePath(QStringLiteral("annotation/") + id + QStringLiteral(".xml")));
        if (!file.open(QIODevice::ReadOnly))
            return Error{tr("Cannot read %1 (%2).").arg(file.fileName(), file.errorString())};
        QXmlStreamReader xml(&file);
        GoldDocument document{id, {}, {}};
        struct Raw {
            QString category;
            QString label;
            int begin;
            int end;
            int polarity;
        };
        QList<Raw> raw;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const auto name = xml.name();
            const QXmlStreamAttributes attributes = xml.attributes();
            if (xml.qualifiedName() == QLatin1String("cas:Sofa")) {
                document.text = attributes.value(QStringLiteral("sofaString")).toString();
                continue;
            }
            if (xml.prefix() != QLatin1String("custom"))
                continue;
            const int begin = attributes.value(QStringLiteral("begin")).toInt();
            const int end = attributes.value(QStringLiteral("end")).toInt();
            if (name == QLatin1String("CLINENTITY")) {
                raw.append({QStringLiteral("condition"), QStringLiteral("CLINENTITY"), begin, end, 0});
            } else if (name == QLatin1String("BODYPART")) {
                raw.append({QStringLiteral("anatomy"), QStringLiteral("BODYPART"), begin, end, 0});
            } else if (name == QLatin1String("TIMEX3")) {
                const auto type = attributes.value(QStringLiteral("timex3Class"));
                if (type == QLatin1String("DURATION") || type == QLatin1String("DATE") ||
                    type == QLatin1String("TIME"))
                    raw.append({QStringLiteral("time"), QStringLiteral("TIMEX3"), begin, end, 0});
            } else if (name == QLatin1String("EVENT")) {
                const auto polarity = attributes.value(QStringLiteral("polarity"));
                raw.append({QStringLiteral("event"), QStringLiteral("EVENT"), begin, end,
                            polarity == QLatin1String("NEG") ? 1 : -1});
            }
        }
        if (xml.hasError())
            return Error{tr("%1 is not valid XMI: %2").arg(file.fileName(), xml.errorString())};
        // UIMA offsets are Java (UTF-16) positions; CaseLens counts code points.
        findings::CodePointMap codePoints;
        codePoints.reset(document.text);
        for (const Raw& span : raw) {
            if (span.begin < 0 || span.end > document.text.size() || span.end <= span.begin)
                continue;
            document.spans.append({span.category, codePoints.toCodePoint(span.begin),
                                   codePoints.toCodePoint(span.end), span.label, span.polarity});
        }
        documents.append(std::move(document));
    }
    return documents;
}

Result<QList<GoldDocument>> GoldCorpus::readCodiesp(const QString& folder, const QSet<QString>& onlyIds)
{
    // codiesp-dev/<split>/: <split>X.tsv (article, DIAGNOSTICO|PROCEDIMIENTO, code, mention,
    // "start end[;start end]") and text_files/<article>.txt.
    QDir dir(folder);
    const QStringList tables = dir.entryList({QStringLiteral("*X.tsv")}, QDir::Files);
    if (tables.isEmpty() || !dir.exists(QStringLiteral("text_files")))
        return Error{
            tr("%1 has no *X.tsv and text_files/ (give codiesp-dev/train or codiesp-dev/dev).").arg(folder)};
    const auto table = readUtf8(dir.filePath(tables.first()));
    if (!table)
        return Error{table.error()};
    QHash<QString, QList<GoldSpan>> spans;
    for (const QString& line : table->split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.size() < 5)
            continue;
        int start = 0;
        int end = 0;
        if (!parseSpans(fields[4], &start, &end))
            continue;
        const QString category = fields[1] == QLatin1String("DIAGNOSTICO") ? QStringLiteral("condition")
                                                                           : QStringLiteral("procedure");
        spans[fields[0]].append({category, start, end, fields[1], 0});
    }
    QList<GoldDocument> documents;
    const QStringList texts = QDir(dir.filePath(QStringLiteral("text_files")))
                                  .entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    for (const QString& file : texts) {
        const QString id = file.chopped(4);
        if ((!onlyIds.isEmpty() && !onlyIds.contains(id)) || !spans.contains(id))
            continue;
        const auto text = readUtf8(dir.filePath(QStringLiteral("text_files/") + file));
        if (!text)
            return Error{text.error()};
        documents.append({id, *text, spans.value(id)});
    }
    return documents;
}

} // namespace caselens::evaluation
