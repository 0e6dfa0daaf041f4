#include "TeachingPlan.h"

#include "deid/TextEdits.h"

#include <QRegularExpression>

#include <algorithm>

namespace caselens {
namespace {

const QString kDiagnosisSection = QStringLiteral("diagnosis");
constexpr int kShortestTerm = 4; // "E." or "ca" are not worth hiding everywhere

QList<TeachingPlan::Range> merged(QList<TeachingPlan::Range> ranges)
{
    std::sort(ranges.begin(), ranges.end(),
              [](const TeachingPlan::Range& a, const TeachingPlan::Range& b) { return a.start < b.start; });
    QList<TeachingPlan::Range> result;
    for (const TeachingPlan::Range& range : ranges) {
        if (!result.isEmpty() && range.start <= result.last().end)
            result.last().end = std::max(result.last().end, range.end);
        else
            result << range;
    }
    return result;
}

bool overlapsAny(int start, int end, const QList<TeachingPlan::Range>& ranges)
{
    return std::any_of(ranges.cbegin(), ranges.cend(), [&](const TeachingPlan::Range& range) {
        return start < range.end && range.start < end;
    });
}

bool inside(const Finding& finding, const QList<TeachingPlan::Range>& ranges)
{
    return std::any_of(ranges.cbegin(), ranges.cend(), [&](const TeachingPlan::Range& range) {
        return finding.start >= range.start && finding.end <= range.end;
    });
}

QRegularExpression wordPattern(const QString& term)
{
    QString pattern = QRegularExpression::escape(term);
    pattern.replace(QStringLiteral("\\ "), QStringLiteral("\\s+"));
    return QRegularExpression(QStringLiteral("(?<![\\p{L}\\p{N}])%1(?![\\p{L}\\p{N}])").arg(pattern),
                              QRegularExpression::CaseInsensitiveOption |
                                  QRegularExpression::UseUnicodePropertiesOption);
}

// The findings of one text: the case's (but not the rejected ones) and the engine's reading.
QList<Finding> findingsOf(const PreparedCase& prepared, DocumentRole role)
{
    QList<Finding> findings;
    for (qsizetype i = 0; i < prepared.bundle.findings.size(); ++i)
        if (prepared.bundle.findingDocumentRoles.value(i) == role &&
            prepared.bundle.findings[i].state != FindingState::Rejected)
            findings << prepared.bundle.findings[i];
    if (!prepared.findingsFromEngine)
        findings << prepared.extraction(role).findings;
    return findings;
}

} // namespace

bool isTeachingPointLabel(const QString& label)
{
    return label.trimmed().compare(QStringLiteral("Teaching point"), Qt::CaseInsensitive) == 0;
}

bool isQuestionLabel(const QString& label)
{
    return label.trimmed().compare(QStringLiteral("Question"), Qt::CaseInsensitive) == 0;
}

QString TeachingPlan::maskText()
{
    return QStringLiteral("[…]");
}

const QList<TeachingPlan::Range>& TeachingPlan::sections(DocumentRole role) const
{
    return role == DocumentRole::Original ? m_originalSections : m_translationSections;
}

const QList<TeachingPlan::Range>& TeachingPlan::mentions(DocumentRole role) const
{
    return role == DocumentRole::Original ? m_originalMentions : m_translationMentions;
}

TeachingPlan TeachingPlan::make(const PreparedCase& prepared, const FindingsEngine& engine)
{
    TeachingPlan plan;
    plan.m_engine = &engine;
    const QList<DocumentRole> roles =
        prepared.hasTranslation() ? QList<DocumentRole>{DocumentRole::Original, DocumentRole::Translation}
                                  : QList<DocumentRole>{DocumentRole::Original};
    for (const DocumentRole role : roles) {
        QList<Range>& sections =
            role == DocumentRole::Original ? plan.m_originalSections : plan.m_translationSections;
        for (const SectionSpan& section : prepared.extraction(role).sections)
            if (section.key == kDiagnosisSection)
                sections << Range{section.headingStart, section.end};
        for (const Finding& finding : findingsOf(prepared, role)) {
            if (finding.category != FindingCategory::Diagnosis || !inside(finding, sections))
                continue;
            if (!finding.conceptId.isEmpty())
                plan.m_concepts.insert(finding.conceptId);
            if (finding.text.trimmed().size() >= kShortestTerm &&
                !plan.m_terms.contains(finding.text.trimmed()))
                plan.m_terms << finding.text.trimmed();
        }
    }
    std::sort(plan.m_terms.begin(), plan.m_terms.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    for (const DocumentRole role : roles) {
        plan.maskFindings(role, findingsOf(prepared, role));
        plan.maskTerms(prepared, role);
        QList<Range>& mentions =
            role == DocumentRole::Original ? plan.m_originalMentions : plan.m_translationMentions;
        mentions = merged(mentions);
    }

    const CaseBundle& bundle = prepared.bundle;
    for (qsizetype i = 0; i < bundle.findings.size(); ++i) {
        const DocumentRole role = bundle.findingDocumentRoles.value(i);
        const Finding& finding = bundle.findings[i];
        if (overlapsAny(finding.start, finding.end, plan.sections(role)) ||
            overlapsAny(finding.start, finding.end, plan.mentions(role)))
            plan.m_hiddenFindings.insert(i);
    }
    // A pair is hidden whole: its other half would tell the answer in the other language.
    for (const FindingLink& link : bundle.links) {
        if (plan.m_hiddenFindings.contains(link.originalFinding))
            plan.m_hiddenFindings.insert(link.translationFinding);
        if (plan.m_hiddenFindings.contains(link.translationFinding))
            plan.m_hiddenFindings.insert(link.originalFinding);
    }
    for (qsizetype i = 0; i < bundle.annotations.size(); ++i) {
        const Annotation& annotation = bundle.annotations[i];
        if (isTeachingPointLabel(annotation.label)) {
            plan.m_teachingPoints.insert(i);
            plan.m_answerAnnotations.insert(i);
        } else if (annotation.isWholeCase()) {
            if (isQuestionLabel(annotation.label))
                plan.m_questions.insert(i);
            else
                plan.m_answerAnnotations.insert(i);
        } else if (overlapsAny(annotation.start, annotation.end,
                               plan.sections(bundle.annotationDocumentRoles.value(i)))) {
            plan.m_answerAnnotations.insert(i);
        }
    }
    return plan;
}

void TeachingPlan::maskFindings(DocumentRole role, const QList<Finding>& findings)
{
    QList<Range>& mentions = role == DocumentRole::Original ? m_originalMentions : m_translationMentions;
    const QList<Range>& hidden = sections(role);
    for (const Finding& finding : findings)
        if (!finding.conceptId.isEmpty() && m_concepts.contains(finding.conceptId) &&
            !overlapsAny(finding.start, finding.end, hidden))
            mentions << Range{finding.start, finding.end};
}

void TeachingPlan::maskTerms(const PreparedCase& prepared, DocumentRole role)
{
    const Document* document = prepared.document(role);
    if (!document)
        return;
    QList<Range>& mentions = role == DocumentRole::Original ? m_originalMentions : m_translationMentions;
    const QList<Range>& hidden = sections(role);
    for (const QString& term : m_terms) {
        const QRegularExpression pattern = wordPattern(term);
        for (auto it = pattern.globalMatch(document->text); it.hasNext();) {
            const auto m = it.next();
            const int start = codePointIndexOf(document->text, int(m.capturedStart()));
            const int end = codePointIndexOf(document->text, int(m.capturedEnd()));
            if (!overlapsAny(start, end, hidden))
                mentions << Range{start, end};
        }
    }
}

QString TeachingPlan::masked(const QString& text) const
{
    if (text.isEmpty() || (m_concepts.isEmpty() && m_terms.isEmpty()))
        return text;
    QList<Range> ranges; // UTF-16 here: the ranges never leave this function
    if (m_engine) {
        const QList<int> index = utf16IndexOfCodePoints(text);
        for (const Finding& finding : m_engine->extract(text, QStringLiteral("auto")).findings)
            if (m_concepts.contains(finding.conceptId))
                ranges << Range{index.value(finding.start), index.value(finding.end)};
    }
    for (const QString& term : m_terms)
        for (auto it = wordPattern(term).globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            ranges << Range{int(m.capturedStart()), int(m.capturedEnd())};
        }
    QString result;
    int position = 0;
    for (const Range& range : merged(ranges)) {
        result += QStringView(text).mid(position, range.start - position);
        result += maskText();
        position = range.end;
    }
    result += QStringView(text).mid(position);
    return result;
}

} // namespace caselens
