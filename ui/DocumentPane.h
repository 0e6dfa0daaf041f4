#pragma once

#include "CodePointIndex.h"
#include "model/Document.h"

#include <QTextEdit>
#include <QWidget>

#include <optional>

class QLabel;
class QTextEdit;

namespace caselens::ui {

// One language version of a case: a heading with its role and language over the read-only text.
class DocumentPane final : public QWidget {
    Q_OBJECT
public:
    DocumentPane(DocumentRole role, QWidget* parent = nullptr);

    // Shows the document, or a quiet explanation when there is none (`emptyMessage`).
    void showDocument(const Document* document, const QString& emptyMessage = {});
    void setZoomSteps(int steps);
    QTextEdit* textView() const { return m_text; }
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

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyReadingFormat();

    DocumentRole m_role;
    Document m_document;
    bool m_hasDocument = false;
    CodePointIndex m_offsets;
    QLabel* m_heading = nullptr;
    QTextEdit* m_text = nullptr;
    qreal m_basePointSize = 0;
};

} // namespace caselens::ui
