#pragma once

#include "model/Annotation.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace caselens::ui {

// Label, subtype (for translation errors) and comment of an annotation. The quoted span is shown
// as plain text: whatever a case says, it is never read as markup.
class AnnotationDialog final : public QDialog {
    Q_OBJECT
public:
    AnnotationDialog(const QStringList& labels, const QString& quotedText, QWidget* parent = nullptr);

    void setAnnotation(const Annotation& annotation);
    QString label() const;
    QString subtype() const;
    QString comment() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateSubtypes();

    QComboBox* m_label = nullptr;
    QComboBox* m_subtype = nullptr;
    QLabel* m_subtypeLabel = nullptr;
    QPlainTextEdit* m_comment = nullptr;
};

} // namespace caselens::ui
