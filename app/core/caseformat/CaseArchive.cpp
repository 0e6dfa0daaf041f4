#include "CaseArchive.h"

#include "model/MessageContexts.h"
#include "storage/AnnotationRepository.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/FindingRepository.h"
#include "storage/QaScoreRepository.h"

#include <QCoreApplication>
#include <QHash>

namespace caselens {
namespace {

const Document* documentWithRole(const Case& aCase, DocumentRole role)
{
    return role == DocumentRole::Original ? aCase.original() : aCase.translation();
}

} // namespace

qsizetype codePointLength(const QString& text)
{
    qsizetype length = text.size();
    for (const QChar c : text)
        if (c.isLowSurrogate())
            --length;
    return length;
}

Result<CaseBundle> CaseArchive::load(storage::Library& library, CaseId id)
{
    CaseBundle bundle;
    const auto aCase = storage::CaseRepository(library).load(id);
    if (!aCase)
        return Error{aCase.error()};
    bundle.aCase = *aCase;

    storage::FindingRepository findings(library);
    const auto stored = findings.forCase(id);
    if (!stored)
        return Error{stored.error()};
    QHash<qint64, qint64> indexOfFinding;
    for (const Finding& finding : *stored) {
        indexOfFinding.insert(finding.id, bundle.findings.size());
        bundle.findings << finding;
        const Document* translation = aCase->translation();
        bundle.findingDocumentRoles << (translation && translation->id == finding.documentId ? DocumentRole::Translation
                                                                                              : DocumentRole::Original);
    }
    const auto links = findings.links(id);
    if (!links)
        return Error{links.error()};
    for (const FindingLink& link : *links)
        if (indexOfFinding.contains(link.originalFinding) && indexOfFinding.contains(link.translationFinding))
            bundle.links << FindingLink{indexOfFinding.value(link.originalFinding),
                                        indexOfFinding.value(link.translationFinding), link.score};

    const auto annotations = storage::AnnotationRepository(library).forCase(id);
    if (!annotations)
        return Error{annotations.error()};
    for (const Annotation& annotation : *annotations) {
        bundle.annotations << annotation;
        const Document* translation = aCase->translation();
        bundle.annotationDocumentRoles << (translation && translation->id == annotation.documentId
                                               ? DocumentRole::Translation
                                               : DocumentRole::Original);
    }
    const auto check = storage::QaScoreRepository(library).find(id);
    if (!check)
        return Error{check.error()};
    bundle.translationCheck = *check;
    const auto history = storage::AuditLog(library).history(id);
    if (!history)
        return Error{history.error()};
    bundle.history = *history;
    return bundle;
}

Result<CaseArchive::Stored> CaseArchive::store(storage::Library& library, const CaseBundle& bundle)
{
    // Check every span against its text before writing anything.
    for (qsizetype i = 0; i < bundle.findings.size(); ++i) {
        const Document* document = documentWithRole(bundle.aCase, bundle.findingDocumentRoles.value(i));
        if (!document)
            return Error{
                CaseFormatText::tr("finding %1 belongs to a document the case does not have").arg(i)};
        if (bundle.findings[i].end > codePointLength(document->text))
            return Error{CaseFormatText::tr("finding %1 (%2-%3) is outside its text")
                             .arg(i)
                             .arg(bundle.findings[i].start)
                             .arg(bundle.findings[i].end)};
    }

    Stored stored;
    const Status saved = library.writeTransaction([&]() -> Status {
        storage::CaseRepository cases(library);
        const auto added = cases.add(bundle.aCase);
        if (!added)
            return Error{added.error()};
        stored = {added->id, added->alreadyPresent, added->documentIds};
        if (added->alreadyPresent)
            return {};
        QHash<DocumentRole, qint64> documentIds;
        for (qsizetype i = 0; i < bundle.aCase.documents.size(); ++i)
            documentIds.insert(bundle.aCase.documents[i].role, added->documentIds.value(i));

        storage::FindingRepository findings(library);
        QList<qint64> findingIds(bundle.findings.size(), 0);
        for (const DocumentRole role : {DocumentRole::Original, DocumentRole::Translation}) {
            QList<Finding> ofDocument;
            QList<qsizetype> positions;
            for (qsizetype i = 0; i < bundle.findings.size(); ++i)
                if (bundle.findingDocumentRoles.value(i) == role) {
                    ofDocument << bundle.findings[i];
                    positions << i;
                }
            if (ofDocument.isEmpty())
                continue;
            const auto ids = findings.insertAsIs(documentIds.value(role), ofDocument);
            if (!ids)
                return Error{ids.error()};
            for (qsizetype k = 0; k < positions.size(); ++k)
                findingIds[positions[k]] = ids->at(k);
        }
        QList<FindingLink> links;
        for (const FindingLink& link : bundle.links)
            links << FindingLink{findingIds.value(link.originalFinding), findingIds.value(link.translationFinding),
                                 link.score};
        if (auto linked = findings.replaceLinks(added->id, links); !linked)
            return linked;

        storage::AnnotationRepository annotations(library);
        for (qsizetype i = 0; i < bundle.annotations.size(); ++i) {
            Annotation annotation = bundle.annotations[i];
            annotation.caseId = added->id;
            if (!annotation.isWholeCase())
                annotation.documentId = documentIds.value(bundle.annotationDocumentRoles.value(i));
            if (auto imported = annotations.importAnnotation(annotation); !imported)
                return Error{imported.error()};
        }
        storage::AuditLog audit(library);
        for (const AuditEntry& entry : bundle.history)
            if (auto imported = audit.importEntry(added->id, entry); !imported)
                return imported;
        return {};
    });
    if (!saved)
        return Error{saved.error()};
    return stored;
}

} // namespace caselens
