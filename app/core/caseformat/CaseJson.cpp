#include "CaseJson.h"

#include "model/MessageContexts.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace caselens {
namespace {

const QString kOriginal = QStringLiteral("original");
const QString kTranslation = QStringLiteral("translation");

DocumentRole roleFrom(const QString& key)
{
    return key == kTranslation ? DocumentRole::Translation : DocumentRole::Original;
}

QJsonValue number(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

std::optional<double> numberFrom(const QJsonValue& value)
{
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

QString timestamp(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject findingToJson(const Finding& finding, DocumentRole role)
{
    return QJsonObject{
        {QStringLiteral("document"), toKey(role)},
        {QStringLiteral("start"), finding.start},
        {QStringLiteral("end"), finding.end},
        {QStringLiteral("category"), toKey(finding.category)},
        {QStringLiteral("text"), finding.text},
        {QStringLiteral("negated"), finding.negated},
        {QStringLiteral("uncertain"), finding.uncertain},
        {QStringLiteral("historical"), finding.historical},
        {QStringLiteral("hypothetical"), finding.hypothetical},
        {QStringLiteral("experiencer"), toKey(finding.experiencer)},
        {QStringLiteral("section"), finding.section},
        {QStringLiteral("concept"), finding.conceptId},
        {QStringLiteral("code"), finding.code},
        {QStringLiteral("value"), number(finding.value)},
        {QStringLiteral("value2"), number(finding.secondValue)},
        {QStringLiteral("unit"), finding.unit},
        {QStringLiteral("unit_inferred"), finding.unitInferred},
        {QStringLiteral("flag"), toKey(finding.flag)},
        {QStringLiteral("source"), toKey(finding.source)},
        {QStringLiteral("state"), toKey(finding.state)},
    };
}

Result<Finding> findingFromJson(const QJsonObject& object, int index)
{
    Finding finding;
    const auto category = findingCategoryFromKey(object.value(QStringLiteral("category")).toString());
    if (!category)
        return Error{CaseFormatText::tr("finding %1 has an unknown category '%2'")
                         .arg(index)
                         .arg(object.value(QStringLiteral("category")).toString())};
    finding.category = *category;
    finding.start = object.value(QStringLiteral("start")).toInt(-1);
    finding.end = object.value(QStringLiteral("end")).toInt(-1);
    if (finding.start < 0 || finding.end <= finding.start)
        return Error{CaseFormatText::tr("finding %1 has no valid span").arg(index)};
    finding.text = object.value(QStringLiteral("text")).toString();
    finding.negated = object.value(QStringLiteral("negated")).toBool();
    finding.uncertain = object.value(QStringLiteral("uncertain")).toBool();
    finding.historical = object.value(QStringLiteral("historical")).toBool();
    finding.hypothetical = object.value(QStringLiteral("hypothetical")).toBool();
    finding.experiencer = object.value(QStringLiteral("experiencer")).toString() == u"other" ? Experiencer::Other
                                                                                           : Experiencer::Patient;
    finding.section = object.value(QStringLiteral("section")).toString();
    finding.conceptId = object.value(QStringLiteral("concept")).toString();
    finding.code = object.value(QStringLiteral("code")).toString();
    finding.value = numberFrom(object.value(QStringLiteral("value")));
    finding.secondValue = numberFrom(object.value(QStringLiteral("value2")));
    finding.unit = object.value(QStringLiteral("unit")).toString();
    finding.unitInferred = object.value(QStringLiteral("unit_inferred")).toBool();
    finding.flag = valueFlagFromKey(object.value(QStringLiteral("flag")).toString());
    finding.source = findingSourceFromKey(object.value(QStringLiteral("source")).toString()).value_or(FindingSource::Clinician);
    finding.state = findingStateFromKey(object.value(QStringLiteral("state")).toString()).value_or(FindingState::Proposed);
    return finding;
}

} // namespace

QJsonObject CaseJson::toJson(const CaseBundle& bundle)
{
    const Case& aCase = bundle.aCase;
    QJsonArray documents;
    for (const Document& document : aCase.documents)
        documents.append(QJsonObject{{QStringLiteral("role"), toKey(document.role)},
                                     {QStringLiteral("language"), document.language},
                                     {QStringLiteral("text"), document.text}});
    QJsonArray findings;
    for (qsizetype i = 0; i < bundle.findings.size(); ++i)
        findings.append(findingToJson(bundle.findings[i], bundle.findingDocumentRoles.value(i, DocumentRole::Original)));
    QJsonArray links;
    for (const FindingLink& link : bundle.links)
        links.append(QJsonObject{{QStringLiteral("original"), link.originalFinding},
                                 {QStringLiteral("translation"), link.translationFinding},
                                 {QStringLiteral("score"), link.score}});
    QJsonArray annotations;
    for (qsizetype i = 0; i < bundle.annotations.size(); ++i) {
        const Annotation& annotation = bundle.annotations[i];
        QJsonObject object{{QStringLiteral("label"), annotation.label},
                           {QStringLiteral("subtype"), annotation.subtype},
                           {QStringLiteral("comment"), annotation.comment},
                           {QStringLiteral("author"), annotation.author},
                           {QStringLiteral("created"), timestamp(annotation.createdAt)},
                           {QStringLiteral("updated"), timestamp(annotation.updatedAt)}};
        if (annotation.isWholeCase()) {
            object.insert(QStringLiteral("document"), QJsonValue::Null);
        } else {
            object.insert(QStringLiteral("document"), toKey(bundle.annotationDocumentRoles.value(i, DocumentRole::Original)));
            object.insert(QStringLiteral("start"), annotation.start);
            object.insert(QStringLiteral("end"), annotation.end);
        }
        annotations.append(object);
    }
    QJsonArray history;
    for (const AuditEntry& entry : bundle.history)
        history.append(QJsonObject{{QStringLiteral("at"), timestamp(entry.at)},
                                   {QStringLiteral("author"), entry.author},
                                   {QStringLiteral("entity"), entry.entity},
                                   {QStringLiteral("entity_id"), entry.entityId},
                                   {QStringLiteral("action"), entry.action},
                                   {QStringLiteral("old"), entry.oldValue},
                                   {QStringLiteral("new"), entry.newValue}});
    QJsonObject caseObject{{QStringLiteral("title"), aCase.title},
                     {QStringLiteral("source"), aCase.source},
                     {QStringLiteral("status"), toKey(aCase.status)},
                     {QStringLiteral("tags"), QJsonArray::fromStringList(aCase.tags)},
                     {QStringLiteral("created"), timestamp(aCase.createdAt)},
                     {QStringLiteral("updated"), timestamp(aCase.updatedAt)},
                     {QStringLiteral("documents"), documents},
                     {QStringLiteral("findings"), findings},
                     {QStringLiteral("links"), links},
                     {QStringLiteral("annotations"), annotations},
                     {QStringLiteral("history"), history}};
    if (const auto& check = bundle.translationCheck)
        caseObject.insert(QStringLiteral("translation_check"),
                          QJsonObject{{QStringLiteral("score"), check->score},
                                      {QStringLiteral("critical"), check->critical},
                                      {QStringLiteral("major"), check->major},
                                      {QStringLiteral("minor"), check->minor}});
    return QJsonObject{
        {QStringLiteral("format"), kFormatName},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("case"), caseObject},
    };
}

Result<CaseBundle> CaseJson::fromJson(const QJsonObject& root)
{
    if (root.value(QStringLiteral("format")).toString() != kFormatName)
        return Error{CaseFormatText::tr("not a CaseLens case file (no \"format\": \"%1\")").arg(kFormatName)};
    const int version = root.value(QStringLiteral("version")).toInt(0);
    if (version < 1)
        return Error{CaseFormatText::tr("the case file has no valid version")};
    if (version > kVersion)
        return Error{
            CaseFormatText::tr("the case file is version %1, from a newer CaseLens (this one reads up to %2)")
                .arg(version)
                .arg(kVersion)};
    const QJsonObject object = root.value(QStringLiteral("case")).toObject();
    CaseBundle bundle;
    Case& aCase = bundle.aCase;
    aCase.title = object.value(QStringLiteral("title")).toString();
    aCase.source = object.value(QStringLiteral("source")).toString();
    aCase.status = reviewStatusFromKey(object.value(QStringLiteral("status")).toString()).value_or(ReviewStatus::New);
    for (const auto& tag : object.value(QStringLiteral("tags")).toArray())
        aCase.tags << tag.toString();
    aCase.createdAt = QDateTime::fromString(object.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    aCase.updatedAt = QDateTime::fromString(object.value(QStringLiteral("updated")).toString(), Qt::ISODateWithMs);

    for (const auto& value : object.value(QStringLiteral("documents")).toArray()) {
        const QJsonObject document = value.toObject();
        const QString text = document.value(QStringLiteral("text")).toString();
        const QString language = document.value(QStringLiteral("language")).toString();
        if (text.trimmed().isEmpty() || language.isEmpty())
            return Error{CaseFormatText::tr("a document has no text or no language")};
        aCase.documents << Document{0, roleFrom(document.value(QStringLiteral("role")).toString()), language, text, {}};
    }
    if (!aCase.original())
        return Error{CaseFormatText::tr("the case has no original document")};

    const QJsonArray findings = object.value(QStringLiteral("findings")).toArray();
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const QJsonObject entry = findings[i].toObject();
        auto finding = findingFromJson(entry, int(i));
        if (!finding)
            return Error{finding.error()};
        const DocumentRole role = roleFrom(entry.value(QStringLiteral("document")).toString());
        bundle.findings << *finding;
        bundle.findingDocumentRoles << role;
    }
    for (const auto& value : object.value(QStringLiteral("links")).toArray()) {
        const QJsonObject link = value.toObject();
        const qint64 original = link.value(QStringLiteral("original")).toInteger(-1);
        const qint64 translation = link.value(QStringLiteral("translation")).toInteger(-1);
        if (original < 0 || translation < 0 || original >= findings.size() || translation >= findings.size())
            return Error{CaseFormatText::tr("a link points at a finding that is not in the file")};
        bundle.links << FindingLink{original, translation, link.value(QStringLiteral("score")).toDouble(1)};
    }
    for (const auto& value : object.value(QStringLiteral("annotations")).toArray()) {
        const QJsonObject entry = value.toObject();
        Annotation annotation;
        annotation.label = entry.value(QStringLiteral("label")).toString();
        annotation.subtype = entry.value(QStringLiteral("subtype")).toString();
        annotation.comment = entry.value(QStringLiteral("comment")).toString();
        annotation.author = entry.value(QStringLiteral("author")).toString();
        annotation.createdAt = QDateTime::fromString(entry.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
        annotation.updatedAt = QDateTime::fromString(entry.value(QStringLiteral("updated")).toString(), Qt::ISODateWithMs);
        const QJsonValue document = entry.value(QStringLiteral("document"));
        if (document.isString()) {
            annotation.documentId = -1; // marks a span annotation until the document has an id
            annotation.start = entry.value(QStringLiteral("start")).toInt(-1);
            annotation.end = entry.value(QStringLiteral("end")).toInt(-1);
            if (annotation.start < 0 || annotation.end <= annotation.start)
                return Error{CaseFormatText::tr("an annotation has no valid span")};
        }
        bundle.annotations << annotation;
        bundle.annotationDocumentRoles << roleFrom(document.toString());
    }
    for (const auto& value : object.value(QStringLiteral("history")).toArray()) {
        const QJsonObject entry = value.toObject();
        AuditEntry line;
        line.at = QDateTime::fromString(entry.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
        line.author = entry.value(QStringLiteral("author")).toString();
        line.entity = entry.value(QStringLiteral("entity")).toString();
        line.entityId = entry.value(QStringLiteral("entity_id")).toInteger();
        line.action = entry.value(QStringLiteral("action")).toString();
        line.oldValue = entry.value(QStringLiteral("old")).toString();
        line.newValue = entry.value(QStringLiteral("new")).toString();
        bundle.history << line;
    }
    if (const QJsonValue check = object.value(QStringLiteral("translation_check")); check.isObject()) {
        const QJsonObject summary = check.toObject();
        bundle.translationCheck = TranslationCheckSummary{
            std::clamp(summary.value(QStringLiteral("score")).toDouble(100), 0.0, 100.0),
            std::max(0, summary.value(QStringLiteral("critical")).toInt()),
            std::max(0, summary.value(QStringLiteral("major")).toInt()),
            std::max(0, summary.value(QStringLiteral("minor")).toInt())};
    }
    return bundle;
}

Result<CaseBundle> CaseJson::fromBytes(const QByteArray& bytes)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return Error{
            CaseFormatText::tr("not valid JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset)};
    if (!document.isObject())
        return Error{CaseFormatText::tr("not a CaseLens case file")};
    return fromJson(document.object());
}

bool CaseJson::looksLikeCaseFile(const QByteArray& bytes)
{
    return bytes.left(4096).contains("\"caselens-case\"");
}

} // namespace caselens
