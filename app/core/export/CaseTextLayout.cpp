#include "CaseTextLayout.h"

#include "TeachingPlan.h"
#include "model/Language.h"
#include "model/MessageContexts.h"

#include <QCoreApplication>

#include <algorithm>

namespace caselens {
namespace {

constexpr int kRowCharacters = 420; // about six lines of a column

} // namespace

QString CaseTextLayout::heading(DocumentRole role, const QString& language)
{
    return QStringLiteral("%1 · %2").arg(role == DocumentRole::Original ? ExportText::tr("Original")
                                                                        : ExportText::tr("Translation"),
                                         language::nativeName(language));
}

CaseTextLayout::CaseTextLayout(const PreparedCase& prepared, const TeachingPlan* teaching)
    : m_prepared(prepared)
    , m_teaching(teaching)
{
    const CaseBundle& bundle = prepared.bundle;
    // Number the annotations shown on the case pages in reading order: original, then translation.
    QList<qsizetype> spanAnnotations;
    for (qsizetype i = 0; i < bundle.annotations.size(); ++i)
        if (!bundle.annotations[i].isWholeCase() && !(teaching && teaching->isAnswerAnnotation(i)))
            spanAnnotations << i;
    std::stable_sort(spanAnnotations.begin(), spanAnnotations.end(), [&](qsizetype a, qsizetype b) {
        const auto roleA = bundle.annotationDocumentRoles.value(a),
                   roleB = bundle.annotationDocumentRoles.value(b);
        if (roleA != roleB)
            return roleA == DocumentRole::Original;
        return bundle.annotations[a].start < bundle.annotations[b].start;
    });
    for (const qsizetype index : spanAnnotations)
        m_numbers.insert(index, int(m_numbers.size()) + 1);

    for (const DocumentRole role : {DocumentRole::Original, DocumentRole::Translation}) {
        const Document* document = prepared.document(role);
        if (!document)
            continue;
        auto markup = std::make_unique<TextMarkup>(document->text);
        QList<Finding> findings;
        for (qsizetype i = 0; i < bundle.findings.size(); ++i) {
            if (bundle.findingDocumentRoles.value(i) != role ||
                bundle.findings[i].state == FindingState::Rejected ||
                (teaching && teaching->isHiddenFinding(i)))
                continue;
            findings << bundle.findings[i];
            if (!m_categories.contains(bundle.findings[i].category))
                m_categories << bundle.findings[i].category;
        }
        markup->setFindings(findings);
        QList<TextMarkup::Span> headings;
        for (const SectionSpan& section : prepared.extraction(role).sections)
            if (section.headingEnd > section.headingStart)
                headings << TextMarkup::Span{section.headingStart, section.headingEnd};
        markup->setHeadings(headings);
        QList<TextMarkup::Marker> markers;
        for (auto it = m_numbers.cbegin(); it != m_numbers.cend(); ++it)
            if (bundle.annotationDocumentRoles.value(it.key()) == role)
                markers << TextMarkup::Marker{bundle.annotations[it.key()].end, it.value()};
        markup->setMarkers(markers);
        if (teaching) {
            QList<TextMarkup::Mask> masks;
            for (const TeachingPlan::Range& range : teaching->sections(role))
                masks << TextMarkup::Mask{range.start, range.end,
                                          ExportText::tr("[Diagnosis: see the answer page]")};
            for (const TeachingPlan::Range& range : teaching->mentions(role))
                masks << TextMarkup::Mask{range.start, range.end, TeachingPlan::maskText()};
            markup->setMasks(masks);
        }
        (role == DocumentRole::Original ? m_original : m_translation) = std::move(markup);
    }
    std::sort(m_categories.begin(), m_categories.end());
}

const TextMarkup& CaseTextLayout::markup(DocumentRole role) const
{
    return role == DocumentRole::Original || !m_translation ? *m_original : *m_translation;
}

QList<FindingCategory> CaseTextLayout::shownCategories() const
{
    return m_categories;
}

bool CaseTextLayout::canAlign() const
{
    return m_original && m_translation && !m_prepared.analysis.alignment.isEmpty();
}

QList<AlignedRow> CaseTextLayout::alignedRows() const
{
    if (!canAlign())
        return {};
    const auto& alignment = m_prepared.analysis.alignment;
    // Rows tile each text: a row runs from its first sentence to the next row's first sentence,
    // so nothing between sentences (a heading the splitter left out) is lost.
    const auto rangesOf = [&](DocumentRole role) {
        const QList<SentenceSpan>& sentences = m_prepared.extraction(role).sentences;
        const TextMarkup& text = markup(role);
        QList<TextMarkup::Span> ranges(alignment.size(), TextMarkup::Span{0, 0});
        int previous = -1;
        for (qsizetype i = 0; i < alignment.size(); ++i) {
            const int first =
                role == DocumentRole::Original ? alignment[i].originalFirst : alignment[i].translationFirst;
            const int count =
                role == DocumentRole::Original ? alignment[i].originalCount : alignment[i].translationCount;
            if (count == 0 || first >= sentences.size())
                continue;
            const int start = previous < 0 ? 0 : sentences[first].start;
            if (previous >= 0)
                ranges[previous].end = start;
            ranges[i] = TextMarkup::Span{start, text.length()};
            previous = int(i);
        }
        for (auto& range : ranges)
            range = text.trimmed(range.start, range.end);
        return ranges;
    };
    const QList<TextMarkup::Span> original = rangesOf(DocumentRole::Original);
    const QList<TextMarkup::Span> translation = rangesOf(DocumentRole::Translation);
    const QList<SentenceSpan>& sentences = m_prepared.analysis.original.sentences;
    const auto sectionOf = [&](qsizetype i) {
        const int first = alignment[i].originalFirst;
        return alignment[i].originalCount > 0 && first < sentences.size() ? sentences[first].section
                                                                          : QString();
    };
    // One row per group of aligned sentences makes a ladder of one-line rows; neighbouring
    // groups are merged into rows of a few sentences (still aligned at every row's edge), and a
    // new section always starts a new row.
    QList<AlignedRow> rows;
    TextMarkup::Span rowOriginal{-1, -1}, rowTranslation{-1, -1};
    QString rowSection;
    const auto flush = [&] {
        AlignedRow row;
        if (rowOriginal.end > rowOriginal.start)
            row.original = m_original->render(rowOriginal.start, rowOriginal.end);
        if (rowTranslation.end > rowTranslation.start)
            row.translation = m_translation->render(rowTranslation.start, rowTranslation.end);
        if (!row.original.isEmpty() || !row.translation.isEmpty())
            rows << row;
        rowOriginal = rowTranslation = TextMarkup::Span{-1, -1};
    };
    const auto extend = [](TextMarkup::Span& row, const TextMarkup::Span& part) {
        if (part.end <= part.start)
            return;
        row.start = row.start < 0 ? part.start : row.start;
        row.end = part.end;
    };
    for (qsizetype i = 0; i < alignment.size(); ++i) {
        const int length =
            std::max(original[i].end - original[i].start, translation[i].end - translation[i].start);
        const int rowLength =
            std::max(rowOriginal.end - rowOriginal.start, rowTranslation.end - rowTranslation.start);
        const bool empty = rowOriginal.start < 0 && rowTranslation.start < 0;
        const bool oneSided =
            (original[i].end <= original[i].start) != (translation[i].end <= translation[i].start);
        if (!empty && (rowLength + length > kRowCharacters || sectionOf(i) != rowSection || oneSided))
            flush();
        if (rowOriginal.start < 0 && rowTranslation.start < 0)
            rowSection = sectionOf(i);
        extend(rowOriginal, original[i]);
        extend(rowTranslation, translation[i]);
        if (oneSided) // a sentence only one side has stays alone, so the gap shows
            flush();
    }
    flush();
    return rows;
}

QList<RichText> CaseTextLayout::paragraphs(DocumentRole role, int start, int end) const
{
    const TextMarkup& text = markup(role);
    QList<RichText> result;
    const QString slice = text.slice(start, end);
    int position = start;
    for (const QString& line : slice.split(QLatin1Char('\n'))) {
        const int length = int(line.toUcs4().size());
        const TextMarkup::Span span = text.trimmed(position, position + length);
        if (span.end > span.start) {
            RichText runs = text.render(span.start, span.end);
            if (!runs.isEmpty())
                result << runs;
        }
        position += length + 1;
    }
    return result;
}

QList<StackedText> CaseTextLayout::stacked() const
{
    QList<StackedText> texts;
    for (const DocumentRole role : {DocumentRole::Original, DocumentRole::Translation}) {
        const Document* document = m_prepared.document(role);
        if (!document)
            continue;
        texts << StackedText{heading(role, document->language), paragraphs(role, 0, markup(role).length())};
    }
    return texts;
}

QList<StackedText> CaseTextLayout::diagnosisSections() const
{
    QList<StackedText> texts;
    if (!m_teaching)
        return texts;
    for (const DocumentRole role : {DocumentRole::Original, DocumentRole::Translation}) {
        const Document* document = m_prepared.document(role);
        if (!document || m_teaching->sections(role).isEmpty())
            continue;
        // The answer page shows the section as written, with its findings highlighted.
        TextMarkup shown(document->text);
        QList<Finding> findings;
        for (qsizetype i = 0; i < m_prepared.bundle.findings.size(); ++i)
            if (m_prepared.bundle.findingDocumentRoles.value(i) == role &&
                m_prepared.bundle.findings[i].state != FindingState::Rejected)
                findings << m_prepared.bundle.findings[i];
        shown.setFindings(findings);
        StackedText text{heading(role, document->language), {}};
        for (const TeachingPlan::Range& range : m_teaching->sections(role)) {
            const TextMarkup::Span span = shown.trimmed(range.start, range.end);
            text.paragraphs << shown.render(span.start, span.end);
        }
        texts << text;
    }
    return texts;
}

} // namespace caselens
