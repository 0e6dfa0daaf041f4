#pragma once

#include "CodePointIndex.h"
#include "model/Document.h"
#include "model/Finding.h"

#include <QSet>
#include <QTextEdit>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QLabel;

class QThread;

namespace caselens::ui {

class DocumentTextView;

// One language version of a case: a heading with its role and language over the read-only text.
class DocumentPane final : public QWidget {
    Q_OBJECT
public:
    DocumentPane(DocumentRole role, QWidget* parent = nullptr);

    // Shows the document, or a quiet explanation when there is none (`emptyMessage`).
    void showDocument(const Document* document, const QString& emptyMessage = {});
    // The same with the text already laid into a document (see prepareDocument).
    void showDocument(const Document* document, const QString& emptyMessage,
                      std::unique_ptr<QTextDocument> prepared);
    // A long text's document, made on any thread and handed to `owner` (the pane's thread), so
    // that the two panes of a long case can be filled at the same time.
    static std::unique_ptr<QTextDocument> prepareDocument(const QString& text, QThread* owner);
    void setZoomSteps(int steps);
    QTextEdit* textView() const;
    QString heading() const;
    const Document* document() const { return m_hasDocument ? &m_document : nullptr; }

    // The selected span in code points of the document, if any text is selected.
    std::optional<std::pair<int, int>> selectedSpan() const;
    QString selectedText() const;
    // Selects a span (code points) and scrolls it into the middle of the view.
    void revealSpan(int start, int end);
    // A cursor over a span (code points), for formatting it.
    QTextCursor cursorFor(int start, int end) const;
    // Marks clinicians' annotations (drawn over the category colours, never instead of them).
    void setAnnotationSpans(const QList<std::pair<int, int>>& spans);

    // Colours the findings by category (only those of `shown` categories): negated struck
    // through, uncertain with a dotted underline, unpaired (no counterpart in the other text)
    // with a wavy one, abnormal values with a ↑/↓ badge.
    void setFindings(const QList<Finding>& findings, const QSet<FindingCategory>& shown,
                     const QSet<qint64>& unpaired);
    // The innermost finding at a code-point offset, or nullptr.
    const Finding* findingAt(int offset) const;
    const QList<Finding>& findings() const { return m_findings; }
    // Emphasises one finding (the one being reviewed, or the counterpart of it); 0 clears.
    void setCurrentFinding(qint64 findingId, bool reveal);
    qint64 currentFinding() const { return m_currentFinding; }
    // Shades a sentence (code points), e.g. the one aligned with the sentence under the mouse.
    void setShadedSpan(std::optional<std::pair<int, int>> span);
    std::optional<std::pair<int, int>> shadedSpan() const { return m_shaded; }
    int codePointAt(const QPoint& viewportPosition) const;

signals:
    // The reader put the cursor on a finding (click or keyboard); 0 when it left one.
    void findingSelected(qint64 findingId);
    void hovered(int codePointOffset);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct SpanFormat {
        int start = 0; // code points
        int end = 0;
        QTextCharFormat format;
    };
    // Findings formatted in one go; a longer list goes in slices of this size between events.
    static constexpr std::size_t kFormatsAtOnce = 2000;

    static QTextBlockFormat readingFormat();
    static void fillDocument(QTextDocument& target, const QString& text);
    void adopt(std::unique_ptr<QTextDocument> prepared);
    void applyFormats(std::vector<SpanFormat> formats, std::size_t from, quint64 generation);
    void applyReadingFormat();

    DocumentRole m_role;
    Document m_document;
    bool m_hasDocument = false;
    CodePointIndex m_offsets;
    QList<Finding> m_findings;
    qint64 m_currentFinding = 0;
    quint64 m_formatGeneration = 0; // bumped when the text or the findings change
    bool m_formatted = false;       // the text has had findings formatted since it was shown
    QList<QTextEdit::ExtraSelection> m_annotationSelections;
    std::optional<std::pair<int, int>> m_shaded;

    void updateExtraSelections();
    void showFindingTooltip(const QPoint& viewportPosition, const QPoint& globalPosition);
    QLabel* m_heading = nullptr;
    DocumentTextView* m_text = nullptr;
    qreal m_basePointSize = 0;
};

} // namespace caselens::ui
