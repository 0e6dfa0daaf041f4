#include "AnnotationDialog.h"

#include "core/Settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace caselens::ui {

AnnotationDialog::AnnotationDialog(const QStringList& labels, const QString& quotedText, QWidget* parent)
    : QDialog(parent)
    , m_label(new QComboBox(this))
    , m_subtype(new QComboBox(this))
    , m_subtypeLabel(new QLabel(tr("&Kind of error:"), this))
    , m_comment(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("annotationDialog"));
    setWindowTitle(quotedText.isEmpty() ? tr("Case Note") : tr("Annotate"));
    m_label->setObjectName(QStringLiteral("annotationLabel"));
    m_label->addItems(labels);
    m_label->setEditable(true); // a label not in the list is allowed; Preferences can add it for good
    m_subtype->setObjectName(QStringLiteral("annotationSubtype"));
    m_subtype->addItems(Settings::translationErrorSubtypes());
    m_comment->setObjectName(QStringLiteral("annotationComment"));
    m_comment->setPlaceholderText(tr("Comment (Ctrl+Enter to save)"));
    m_comment->setTabChangesFocus(true);

    auto* form = new QFormLayout(this);
    if (!quotedText.isEmpty()) {
        auto* quote = new QLabel(this);
        quote->setTextFormat(Qt::PlainText);
        quote->setWordWrap(true);
        quote->setText(QStringLiteral("“%1”").arg(quotedText.left(300)));
        form->addRow(tr("Text:"), quote);
    }
    form->addRow(tr("&Label:"), m_label);
    form->addRow(m_subtypeLabel, m_subtype);
    m_subtypeLabel->setBuddy(m_subtype);
    form->addRow(tr("&Comment:"), m_comment);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_label, &QComboBox::currentTextChanged, this, &AnnotationDialog::updateSubtypes);
    m_comment->installEventFilter(this);
    updateSubtypes();
    resize(480, 300);
    m_comment->setFocus();
}

bool AnnotationDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Ctrl+Enter saves from inside the comment, where a plain Enter starts a new line.
    if (watched == m_comment && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers().testFlag(Qt::ControlModifier)) {
            accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void AnnotationDialog::setAnnotation(const Annotation& annotation)
{
    m_label->setCurrentText(annotation.label);
    if (!annotation.subtype.isEmpty())
        m_subtype->setCurrentText(annotation.subtype);
    m_comment->setPlainText(annotation.comment);
}

QString AnnotationDialog::label() const
{
    return m_label->currentText().trimmed();
}

QString AnnotationDialog::subtype() const
{
    return m_subtype->isEnabled() ? m_subtype->currentText() : QString();
}

QString AnnotationDialog::comment() const
{
    return m_comment->toPlainText();
}

void AnnotationDialog::updateSubtypes()
{
    const bool translationError = label() == Settings::translationErrorLabel();
    m_subtype->setEnabled(translationError);
    m_subtype->setVisible(translationError);
    m_subtypeLabel->setVisible(translationError);
}

} // namespace caselens::ui
