#include "FolderImporter.h"

#include "BratReader.h"
#include "CaseImporter.h"
#include "TextFileReader.h"
#include "TextNormalizer.h"
#include "caseformat/CaseArchive.h"
#include "caseformat/CaseJson.h"
#include "extraction/CaseExtractor.h"
#include "findings/LanguageGuesser.h"
#include "model/Language.h"
#include "model/MessageContexts.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QMap>
#include <QtConcurrent/QtConcurrentMap>

#include <spdlog/spdlog.h>

namespace caselens {
namespace {

const QString kEnglish = QStringLiteral("en");

// "dir/NAME.pt.txt" -> {"dir/NAME", "pt"}; "dir/NAME.txt" -> {"dir/NAME", ""}.
std::pair<QString, QString> splitName(const QString& path)
{
    QString stem = path.left(path.size() - 4); // drop ".txt"
    for (const QString& code : language::supportedCodes())
        if (stem.endsWith(QLatin1Char('.') + code, Qt::CaseInsensitive))
            return {stem.left(stem.size() - 3), code};
    return {stem, QString()};
}

QString annotationsBeside(const QString& textPath)
{
    const QString ann = textPath.left(textPath.size() - 4) + QStringLiteral(".ann");
    return QFileInfo::exists(ann) ? ann : QString();
}

struct Prepared {
    Result<CaseBundle> bundle = Error{};
    QStringList notes;
    std::optional<CaseExtractor::Extraction> extraction;
};

} // namespace

FolderImporter::FolderImporter(Options options)
    : m_options(std::move(options))
{}

namespace {

QStringList filesBelow(const QString& folder)
{
    QStringList files;
    QDirIterator iterator(folder, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (iterator.hasNext())
        files << iterator.next();
    return files;
}

} // namespace

Result<FolderImporter::Plan> FolderImporter::plan(const QString& folder) const
{
    const QFileInfo info(folder);
    if (!info.exists())
        return Error{ImportText::tr("%1: no such folder.").arg(folder)};
    if (!info.isDir())
        return Error{ImportText::tr("%1 is not a folder.").arg(folder)};
    return planFiles(QDir(info.absoluteFilePath()), filesBelow(info.absoluteFilePath()));
}

Result<FolderImporter::Plan> FolderImporter::planPaths(const QStringList& paths) const
{
    QStringList files;
    QString root;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.exists())
            return Error{ImportText::tr("%1: no such file or folder.").arg(path)};
        if (root.isEmpty())
            root = info.absolutePath();
        if (info.isDir())
            files << filesBelow(info.absoluteFilePath());
        else
            files << info.absoluteFilePath();
    }
    return planFiles(QDir(root), files);
}

Result<FolderImporter::Plan> FolderImporter::planFiles(const QDir& root, const QStringList& paths) const
{
    const QString preferredOriginal = m_options.originalLanguage.isEmpty()
                                          ? QString()
                                          : language::normalizeCode(m_options.originalLanguage);
    if (!m_options.originalLanguage.isEmpty() && preferredOriginal.isEmpty())
        return Error{ImportText::tr("Unknown language '%1'.").arg(m_options.originalLanguage)};

    Plan plan;
    QMap<QString, QMap<QString, QString>> textGroups; // stem -> language ("" = unknown) -> path
    QStringList annotationFiles;
    for (const QString& path : paths) {
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (QFileInfo(path).fileName().startsWith(QLatin1Char('.'))) {
            ++plan.ignoredFiles;
        } else if (suffix == u"txt") {
            const auto [stem, code] = splitName(path);
            textGroups[stem][code] = path;
        } else if (suffix == u"ann") {
            annotationFiles << path;
        } else if (suffix == u"json") {
            Unit unit;
            unit.original = path;
            unit.caseFile = true;
            unit.displayName = root.relativeFilePath(path);
            plan.units << unit;
        } else {
            ++plan.ignoredFiles;
        }
    }
    for (const QString& ann : annotationFiles)
        if (!QFileInfo::exists(ann.left(ann.size() - 4) + QStringLiteral(".txt")))
            plan.problems << Problem{root.relativeFilePath(ann),
                                     ImportText::tr("a brat .ann file without its .txt")};

    for (auto group = textGroups.cbegin(); group != textGroups.cend(); ++group) {
        const QMap<QString, QString>& byLanguage = group.value();
        Unit unit;
        unit.displayName = root.relativeFilePath(group.key());
        if (byLanguage.contains(QString())) {
            // NAME.txt is the original; NAME.en.txt (or the only other text) its translation.
            unit.original = byLanguage.value(QString());
        } else if (!preferredOriginal.isEmpty() && byLanguage.contains(preferredOriginal)) {
            unit.original = byLanguage.value(preferredOriginal);
            unit.originalLanguage = preferredOriginal;
        } else {
            QStringList nonEnglish;
            for (auto it = byLanguage.cbegin(); it != byLanguage.cend(); ++it)
                if (it.key() != kEnglish)
                    nonEnglish << it.key();
            if (nonEnglish.size() > 1) {
                plan.problems << Problem{
                    unit.displayName,
                    ImportText::tr("has texts in %1; say which is the original with --original-lang")
                        .arg(QStringList(byLanguage.keys()).join(QStringLiteral(", ")))};
                continue;
            }
            unit.originalLanguage = nonEnglish.isEmpty() ? kEnglish : nonEnglish.first();
            unit.original = byLanguage.value(unit.originalLanguage);
        }
        QStringList others;
        for (auto it = byLanguage.cbegin(); it != byLanguage.cend(); ++it)
            if (it.value() != unit.original)
                others << it.key();
        if (!others.isEmpty()) {
            unit.translationLanguage = others.contains(kEnglish) ? kEnglish : others.first();
            unit.translation = byLanguage.value(unit.translationLanguage);
        }
        unit.originalAnnotations = annotationsBeside(unit.original);
        if (!unit.translation.isEmpty())
            unit.translationAnnotations = annotationsBeside(unit.translation);
        plan.units << unit;
    }
    return plan;
}

namespace {

// Reads one text (and its .ann) into a document and its findings.
Result<Document> readDocument(const QString& path, const QString& givenLanguage, const QString& annotations,
                              DocumentRole role, QList<Finding>* findings, QStringList* notes)
{
    TextReadOptions asWritten;
    asWritten.normalizeForLibrary = false;
    const auto raw = readTextFile(path, asWritten);
    if (!raw)
        return Error{raw.error()};
    if (notes)
        *notes << raw->notes;
    const NormalizedText normalized = normalizeText(raw->text);
    QString language = givenLanguage;
    if (language.isEmpty()) {
        language = guessLanguage(normalized.text);
        if (language.isEmpty())
            return Error{ImportText::tr(
                             "%1: cannot tell its language; name it NAME.pt.txt, NAME.es.txt or NAME.en.txt.")
                             .arg(QFileInfo(path).fileName())};
    }
    if (!annotations.isEmpty()) {
        const auto annText = readTextFile(annotations, asWritten);
        if (!annText)
            return Error{annText.error()};
        const auto parsed = BratReader::parse(annText->text, raw->text, QFileInfo(annotations).fileName());
        if (!parsed)
            return Error{parsed.error()};
        for (Finding finding : parsed->findings) {
            finding.start = normalized.mapOffset(finding.start);
            finding.end = normalized.mapOffset(finding.end);
            if (finding.end > finding.start)
                *findings << finding;
        }
        if (notes && !parsed->skippedLabels.isEmpty()) {
            QStringList skipped;
            for (auto it = parsed->skippedLabels.cbegin(); it != parsed->skippedLabels.cend(); ++it)
                skipped << QStringLiteral("%1 (%2)").arg(it.key()).arg(it.value());
            *notes << ImportText::tr("%1: labels with no CaseLens category were left out: %2")
                          .arg(QFileInfo(annotations).fileName(), skipped.join(QStringLiteral(", ")));
        }
    }
    return Document{0, role, language, normalized.text, {}};
}

} // namespace

Result<CaseBundle> FolderImporter::prepare(const Unit& unit, QStringList* notes) const
{
    if (unit.caseFile) {
        const auto bytes = readTextFile(unit.original, TextReadOptions{false, 256LL * 1024 * 1024});
        if (!bytes)
            return Error{bytes.error()};
        auto bundle = CaseJson::fromBytes(bytes->text.toUtf8());
        if (bundle)
            bundle.value().aCase.tags += m_options.tags;
        return bundle;
    }
    CaseBundle bundle;
    QList<Finding> originalFindings;
    const auto original = readDocument(unit.original, unit.originalLanguage, unit.originalAnnotations,
                                       DocumentRole::Original, &originalFindings, notes);
    if (!original)
        return Error{original.error()};
    bundle.aCase.documents << *original;
    for (const Finding& finding : originalFindings) {
        bundle.findings << finding;
        bundle.findingDocumentRoles << DocumentRole::Original;
    }
    if (!unit.translation.isEmpty()) {
        QList<Finding> translationFindings;
        const auto translation =
            readDocument(unit.translation, unit.translationLanguage, unit.translationAnnotations,
                         DocumentRole::Translation, &translationFindings, notes);
        if (!translation)
            return Error{translation.error()};
        if (translation->language == original->language)
            return Error{ImportText::tr("%1: the translation is in the same language as the original (%2).")
                             .arg(unit.displayName, original->language)};
        bundle.aCase.documents << *translation;
        for (const Finding& finding : translationFindings) {
            bundle.findings << finding;
            bundle.findingDocumentRoles << DocumentRole::Translation;
        }
    }
    bundle.aCase.title = CaseImporter::titleFromFileName(unit.original);
    bundle.aCase.source = unit.displayName;
    bundle.aCase.tags = m_options.tags;
    return bundle;
}

FolderImporter::Report FolderImporter::run(storage::Library& library, const Plan& plan,
                                           const Progress& progress, const std::atomic<bool>* cancel) const
{
    Report report;
    report.problems = plan.problems;
    report.ignoredFiles = plan.ignoredFiles;
    // Findings are found while the files are read (on every core) and stored with their case.
    std::optional<CaseExtractor> extractor;
    if (m_options.extractFindings) {
        auto made = CaseExtractor::forLibrary(library);
        if (!made) {
            report.problems << Problem{QString(), made.error()};
            return report;
        }
        extractor.emplace(std::move(made).value());
    }
    const int total = int(plan.units.size());
    const int batchSize = std::max(1, m_options.batchSize);
    // Reading, decoding and extracting need no library: they run on the thread pool, one batch
    // ahead, while this thread stores the batch before (the one writer is the slow part).
    const CaseExtractor* findingsExtractor = extractor ? &*extractor : nullptr;
    const auto startBatch = [&](int first) {
        return QtConcurrent::mapped(plan.units.mid(first, batchSize), [this, findingsExtractor](const Unit& unit) {
            Prepared result;
            result.bundle = prepare(unit, &result.notes);
            // A CaseLens case file brings its own findings and decisions.
            if (result.bundle && findingsExtractor && !unit.caseFile)
                result.extraction = findingsExtractor->extract(result.bundle->aCase);
            return result;
        });
    };
    QFuture<Prepared> next = total > 0 ? startBatch(0) : QFuture<Prepared>();
    for (int first = 0; first < total; first += batchSize) {
        if (cancel && cancel->load()) {
            report.cancelled = true;
            break;
        }
        const QList<Unit> batch = plan.units.mid(first, batchSize);
        const QList<Prepared> prepared = next.results();
        next = first + batchSize < total ? startBatch(first + batchSize) : QFuture<Prepared>();
        int added = 0, present = 0;
        QList<Problem> problems;
        const Status saved = library.writeTransaction([&]() -> Status {
            added = present = 0;
            problems.clear();
            for (qsizetype i = 0; i < prepared.size(); ++i) {
                if (!prepared[i].bundle) {
                    problems << Problem{batch[i].displayName, prepared[i].bundle.error()};
                    continue;
                }
                const auto stored = CaseArchive::store(library, *prepared[i].bundle);
                if (!stored) {
                    // A case the library refuses (a span outside its text) is that file's problem;
                    // a database failure stops the batch.
                    problems << Problem{batch[i].displayName, stored.error()};
                    continue;
                }
                if (stored->alreadyPresent) {
                    ++present;
                    continue;
                }
                ++added;
                if (prepared[i].extraction) {
                    Case storedCase = prepared[i].bundle->aCase;
                    storedCase.id = stored->id;
                    for (qsizetype d = 0; d < storedCase.documents.size(); ++d)
                        storedCase.documents[d].id = stored->documentIds.value(d);
                    if (auto extracted = extractor->store(library, storedCase, *prepared[i].extraction);
                        !extracted)
                        return extracted;
                }
            }
            return {};
        });
        if (!saved) {
            report.problems << Problem{QString(), saved.error()};
            break;
        }
        report.added += added;
        report.alreadyPresent += present;
        report.problems << problems;
        for (const Prepared& item : prepared)
            report.notes << item.notes;
        if (progress)
            progress(std::min(total, first + batchSize), total);
    }
    // Stopped early (cancelled, or the library failed): the batch being read is not stored.
    next.cancel();
    next.waitForFinished();
    spdlog::info("import: folder import added {} cases, {} already present, {} problems", report.added,
                 report.alreadyPresent, report.problems.size());
    return report;
}

} // namespace caselens
