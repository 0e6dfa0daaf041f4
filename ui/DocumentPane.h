#pragma once

#include "model/Document.h"

#include <QWidget>

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

private:
    void applyReadingFormat();

    DocumentRole m_role;
    QLabel* m_heading = nullptr;
    QTextEdit* m_text = nullptr;
    qreal m_basePointSize = 0;
};

} // namespace caselens::ui
