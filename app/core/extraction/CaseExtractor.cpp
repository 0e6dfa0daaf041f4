#include "CaseExtractor.h"

#include "core/Version.h"
#include "core/qa/CaseTranslationCheck.h"
#include "storage/AlignmentRepository.h"
#include "storage/CaseRepository.h"
#include "storage/FindingRepository.h"
#include "storage/QaDismissalRepository.h"
#include "storage/QaScoreRepository.h"
#include "storage/UserTermRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <mutex>

namespace caselens {
namespace {

// A fingerprint of the compiled-in lexicons, computed once per process.
const QByteArray& bundledLexiconFingerprint()
{
    static QByteArray fingerprint;
    static std::once_flag once;
    std::call_once(once, [] {
        QCryptographicHash hash(QCryptographicHash::Sha1);
        const QDir folder(QStringLiteral(":/caselens/lexicons"));
        for (const QString& name : folder.entryList(QDir::Files, QDir::Name)) {
            QFile file(folder.filePath(name));
            if (file.open(QIODevice::ReadOnly)) {
                hash.addData(name.toUtf8());
                hash.addData(file.readAll());
            }
        }
        fingerprint = hash.result().toHex().left(12);
    });
    return fingerprint;
}

} // namespace

CaseExtractor::CaseExtractor(std::shared_ptr<const FindingsEngine> engine, QString version)
    : m_engine(std::move(engine))
    , m_checker(m_engine == FindingsEngine::shared() ? qa::TranslationChecker::shared()
                                                     : std::make_shared<const qa::TranslationChecker>(m_engine))
    , m_version(std::move(version))
{}

Result<CaseExtractor> CaseExtractor::forLibrary(storage::Library& library)
{
    const auto stored = storage::UserTermRepository(library).all();
    if (!stored)
        return Error{stored.error()};
    QCryptographicHash userHash(QCryptographicHash::Sha1);
    QList<UserTerm> terms;
    for (const auto& term : *stored) {
        terms << UserTerm{term.language, term.term, term.category, term.conceptId, term.code};
        userHash.addData(QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                             .arg(term.language, term.term, toKey(term.category), term.conceptId, term.code)
                             .toUtf8());
    }
    auto engine = FindingsEngine::shared();
    if (!terms.isEmpty())
        engine = engine->withUserTerms(terms);
    const QString version = QStringLiteral("%1+%2%3").arg(
        QString::fromLatin1(kVersion), QString::fromLatin1(bundledLexiconFingerprint()),
        terms.isEmpty() ? QString()
                        : QStringLiteral("+u") + QString::fromLatin1(userHash.result().toHex().left(8)));
    return CaseExtractor(std::move(engine), version);
}

CaseExtractor::Extraction CaseExtractor::extract(const Case& aCase) const
{
    Extraction extraction;
    const Document* original = aCase.original();
    const Document* translation = aCase.translation();
    if (!original)
        return extraction;
    if (!translation) {
        extraction.original = m_engine->extract(original->text, original->language).findings;
        return extraction;
    }
    PairResult pair =
        m_engine->extractPair(original->text, original->language, translation->text, translation->language);
    extraction.translationCheck = m_checker->check(original->text, translation->text, pair);
    extraction.alignment = CaseAlignment{std::move(pair.original.sentences), std::move(pair.translation.sentences),
                                         std::move(pair.alignment)};
    for (QList<SentenceSpan>* sentences :
         {&extraction.alignment.originalSentences, &extraction.alignment.translationSentences})
        for (SentenceSpan& sentence : *sentences)
            sentence.section.clear(); // not kept: the same whether stored or fresh
    extraction.original = std::move(pair.original.findings);
    extraction.translation = std::move(pair.translation.findings);
    extraction.links = std::move(pair.links);
    return extraction;
}

Status CaseExtractor::store(storage::Library& library, const Case& storedCase,
                            const Extraction& extraction) const
{
    return library.writeTransaction([&]() -> Status {
        storage::FindingRepository findings(library);
        QList<qint64> originalIds, translationIds;
        if (const Document* original = storedCase.original()) {
            const auto ids = findings.replaceExtracted(original->id, extraction.original, m_version);
            if (!ids)
                return Error{ids.error()};
            originalIds = *ids;
        }
        if (const Document* translation = storedCase.translation()) {
            const auto ids = findings.replaceExtracted(translation->id, extraction.translation, m_version);
            if (!ids)
                return Error{ids.error()};
            translationIds = *ids;
        }
        QList<FindingLink> links;
        for (const FindingLink& link : extraction.links)
            links << FindingLink{originalIds.value(link.originalFinding),
                                 translationIds.value(link.translationFinding), link.score};
        if (auto stored = findings.replaceLinks(storedCase.id, links); !stored)
            return stored;
        if (!extraction.alignment.isEmpty())
            if (auto stored = storage::AlignmentRepository(library).save(storedCase.id, extraction.alignment); !stored)
                return stored;
        if (!extraction.translationCheck)
            return {};
        const auto dismissed = storage::QaDismissalRepository(library).keys(storedCase.id);
        if (!dismissed)
            return Error{dismissed.error()};
        QList<qa::QaIssue> open;
        for (const qa::QaIssue& issue : extraction.translationCheck->issues)
            if (!dismissed->contains(issue.key()))
                open << issue;
        return storage::QaScoreRepository(library).save(
            storedCase.id, toSummary(qa::QaScore::of(open, extraction.translationCheck->score.words)));
    });
}

Status CaseExtractor::extractAndStore(storage::Library& library, CaseId id) const
{
    const auto aCase = storage::CaseRepository(library).load(id);
    if (!aCase)
        return Error{aCase.error()};
    return store(library, *aCase, extract(*aCase));
}

} // namespace caselens
