#include "TextMarkup.h"

#include "deid/TextEdits.h"

#include <algorithm>
#include <set>

namespace caselens {

TextMarkup::TextMarkup(const QString& text)
    : m_text(text)
    , m_index(utf16IndexOfCodePoints(text))
{}

void TextMarkup::setMasks(QList<Mask> masks)
{
    std::sort(masks.begin(), masks.end(), [](const Mask& a, const Mask& b) { return a.start < b.start; });
    m_masks = std::move(masks);
}

void TextMarkup::setMarkers(QList<Marker> markers)
{
    std::stable_sort(markers.begin(), markers.end(),
                     [](const Marker& a, const Marker& b) { return a.position < b.position; });
    m_markers = std::move(markers);
}

QString TextMarkup::slice(int start, int end) const
{
    start = std::clamp(start, 0, length());
    end = std::clamp(end, start, length());
    return m_text.mid(m_index[start], m_index[end] - m_index[start]);
}

TextMarkup::Span TextMarkup::trimmed(int start, int end) const
{
    start = std::clamp(start, 0, length());
    end = std::clamp(end, start, length());
    while (start < end && m_text[m_index[start]].isSpace())
        ++start;
    while (end > start && m_text[m_index[end - 1]].isSpace())
        --end;
    return {start, end};
}

void TextMarkup::append(RichText& runs, TextRun run) const
{
    if (run.text.isEmpty())
        return;
    if (!runs.isEmpty() && run.kind == TextRun::Kind::Text) {
        TextRun& last = runs.last();
        if (last.kind == TextRun::Kind::Text && last.category == run.category &&
            last.negated == run.negated && last.uncertain == run.uncertain && last.heading == run.heading) {
            last.text += run.text;
            return;
        }
    }
    runs << std::move(run);
}

RichText TextMarkup::render(int start, int end) const
{
    start = std::clamp(start, 0, length());
    end = std::clamp(end, start, length());
    std::set<int> cuts{start, end};
    for (const Finding& finding : m_findings) {
        if (finding.start > start && finding.start < end)
            cuts.insert(finding.start);
        if (finding.end > start && finding.end < end)
            cuts.insert(finding.end);
    }
    for (const Mask& mask : m_masks)
        for (const int edge : {mask.start, mask.end})
            if (edge > start && edge < end)
                cuts.insert(edge);
    for (const Span& heading : m_headings)
        for (const int edge : {heading.start, heading.end})
            if (edge > start && edge < end)
                cuts.insert(edge);
    for (const Marker& marker : m_markers)
        if (marker.position > start && marker.position < end)
            cuts.insert(marker.position);

    RichText runs;
    const auto markersAt = [&](int from, int to) { // markers in (from, to]
        for (const Marker& marker : m_markers)
            if (marker.position > from && marker.position <= to)
                runs << TextRun{
                    TextRun::Kind::Marker, QString::number(marker.number), {}, false, false, false};
    };
    for (auto it = cuts.cbegin(); std::next(it) != cuts.cend(); ++it) {
        const int from = *it, to = *std::next(it);
        const auto mask = std::find_if(m_masks.cbegin(), m_masks.cend(),
                                       [&](const Mask& m) { return m.start <= from && from < m.end; });
        if (mask != m_masks.cend()) {
            if (mask->start == from)
                runs << TextRun{TextRun::Kind::Mask, mask->placeholder, {}, false, false, false};
            if (to == std::min(mask->end, end))
                markersAt(mask->start, mask->end);
            continue;
        }
        TextRun run;
        run.text = slice(from, to);
        const Finding* innermost = nullptr;
        for (const Finding& finding : m_findings) {
            if (finding.start > from || finding.end < to)
                continue;
            run.negated = run.negated || finding.negated;
            run.uncertain = run.uncertain || finding.uncertain;
            if (!innermost || finding.length() < innermost->length())
                innermost = &finding;
        }
        if (innermost)
            run.category = innermost->category;
        run.heading = std::any_of(m_headings.cbegin(), m_headings.cend(), [&](const Span& heading) {
            return heading.start <= from && to <= heading.end;
        });
        append(runs, run);

        QString arrows;
        for (const Finding& finding : m_findings) {
            if (finding.end != to)
                continue;
            const QString arrow = finding.flag == ValueFlag::High  ? QStringLiteral("↑")
                                  : finding.flag == ValueFlag::Low ? QStringLiteral("↓")
                                                                   : QString();
            if (!arrow.isEmpty() && !arrows.contains(arrow))
                arrows += arrow;
        }
        if (!arrows.isEmpty())
            runs << TextRun{TextRun::Kind::Flag, arrows, {}, false, false, false};
        markersAt(to - 1, to);
    }
    return runs;
}

} // namespace caselens
