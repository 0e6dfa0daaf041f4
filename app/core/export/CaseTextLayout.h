#pragma once

#include "ExportDocument.h"
#include "PreparedCase.h"
#include "TextMarkup.h"

#include <QHash>

#include <memory>

namespace caselens {

class TeachingPlan;

// Lays out the two texts of a case: side by side, one row per group of aligned sentences, or
// one after the other by paragraphs. Shows the findings a reader should see (not the rejected
// ones, nor, in teaching mode, the hidden ones), numbers the annotations shown on the case pages
// in reading order, and hides what teaching mode moves to the answer page.
class CaseTextLayout {
public:
    CaseTextLayout(const PreparedCase& prepared, const TeachingPlan* teaching);

    QList<AlignedRow> alignedRows() const;
    QList<StackedText> stacked() const;
    // The diagnosis sections' text, each language (teaching mode's answer page).
    QList<StackedText> diagnosisSections() const;
    // The number each shown span annotation carries in the text (index into the annotations).
    const QHash<qsizetype, int>& annotationNumbers() const { return m_numbers; }
    // Findings' categories that the text shows.
    QList<FindingCategory> shownCategories() const;
    bool canAlign() const;

    static QString heading(DocumentRole role, const QString& language);

private:
    const TextMarkup& markup(DocumentRole role) const;
    QList<RichText> paragraphs(DocumentRole role, int start, int end) const;

    const PreparedCase& m_prepared;
    const TeachingPlan* m_teaching;
    std::unique_ptr<TextMarkup> m_original;
    std::unique_ptr<TextMarkup> m_translation;
    QHash<qsizetype, int> m_numbers;
    QList<FindingCategory> m_categories;
};

} // namespace caselens
