#include "CaseImporter.h"

#include "TextFileReader.h"
#include "extraction/CaseExtractor.h"
#include "findings/LanguageGuesser.h"
#include "model/Language.h"
#include "model/MessageContexts.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <spdlog/spdlog.h>

namespace caselens {
namespace {

// The language the user gave, or the one the text reads as; an error names the file.
Result<QString> resolveLanguage(const QString& given, const QString& text, const QString& path)
{
    if (!given.isEmpty()) {
        const QString code = language::normalizeCode(given);
        if (code.isEmpty())
            return Error{ImportText::tr("Unknown language '%1': CaseLens reads %2.")
                             .arg(given, language::supportedCodes().join(QStringLiteral(", ")))};
        return code;
    }
    const QString guessed = guessLanguage(text);
    if (guessed.isEmpty())
        return Error{
            ImportText::tr("Cannot tell which language %1 is in; give it with --lang or --translation-lang.")
                .arg(QFileInfo(path).fileName())};
    return guessed;
}

} // namespace

CaseImporter::CaseImporter(storage::CaseRepository& cases, const CaseExtractor* extractor)
    : m_cases(cases)
    , m_extractor(extractor)
{}

QString CaseImporter::titleFromFileName(const QString& path)
{
    QString base = QFileInfo(path).completeBaseName(); // drops only the last suffix
    for (const QString& code : language::supportedCodes())
        if (base.endsWith(QLatin1Char('.') + code, Qt::CaseInsensitive))
            base.chop(code.size() + 1);
    return base;
}

Result<ImportOutcome> CaseImporter::importPair(const PairImportRequest& request)
{
    const auto prepared = prepare(request);
    if (!prepared)
        return Error{prepared.error()};
    return importCase(prepared->aCase, prepared->notes);
}

Result<CaseImporter::PreparedCase> CaseImporter::prepare(const PairImportRequest& request)
{
    QStringList notes;
    Case aCase;

    const auto original = readTextFile(request.originalPath);
    if (!original)
        return Error{original.error()};
    notes << original->notes;
    const auto originalLanguage =
        resolveLanguage(request.originalLanguage, original->text, request.originalPath);
    if (!originalLanguage)
        return Error{originalLanguage.error()};
    aCase.documents << Document{0, DocumentRole::Original, *originalLanguage, original->text, {}};

    if (!request.translationPath.isEmpty()) {
        const auto translation = readTextFile(request.translationPath);
        if (!translation)
            return Error{translation.error()};
        notes << translation->notes;
        const auto translationLanguage =
            resolveLanguage(request.translationLanguage, translation->text, request.translationPath);
        if (!translationLanguage)
            return Error{translationLanguage.error()};
        if (*translationLanguage == *originalLanguage)
            return Error{
                ImportText::tr(
                    "The translation %1 is in the same language as the original (%2); give the right "
                    "one with --lang / --translation-lang.")
                    .arg(QFileInfo(request.translationPath).fileName(), *originalLanguage)};
        aCase.documents << Document{
            0, DocumentRole::Translation, *translationLanguage, translation->text, {}};
    }

    aCase.title =
        request.title.trimmed().isEmpty() ? titleFromFileName(request.originalPath) : request.title.trimmed();
    aCase.source = request.source.isEmpty() ? QFileInfo(request.originalPath).fileName() : request.source;
    aCase.tags = request.tags;
    return PreparedCase{aCase, notes};
}

Result<ImportOutcome> CaseImporter::importCase(const Case& aCase, const QStringList& notes)
{
    const auto added = m_cases.add(aCase);
    if (!added)
        return Error{added.error()};
    if (m_extractor && !added->alreadyPresent)
        if (const Status extracted = m_extractor->extractAndStore(m_cases.library(), added->id); !extracted)
            return Error{extracted.error()};
    spdlog::info("import: case {} {}", added->id, added->alreadyPresent ? "already present" : "added");
    return ImportOutcome{added->id, added->alreadyPresent, aCase.title, aCase.languages(), notes};
}

} // namespace caselens
