#include "DocumentPane.h"

#include "model/Language.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QVBoxLayout>

namespace caselens::ui {
namespace {

constexpr qreal kReadingPointSize = 11.5;
constexpr int kLineHeightPercent = 145;
constexpr int kDocumentMargin = 18;

// A reading face: the system's serif where one is installed, else its regular font.
QFont readingFont()
{
    QFont font;
    font.setFamilies(
        {QStringLiteral("Noto Serif"), QStringLiteral("DejaVu Serif"), QStringLiteral("Liberation Serif")});
    font.setStyleHint(QFont::Serif);
    font.setPointSizeF(kReadingPointSize);
    return font;
}

} // namespace

DocumentPane::DocumentPane(DocumentRole role, QWidget* parent)
    : QWidget(parent)
    , m_role(role)
    , m_heading(new QLabel(this))
    , m_text(new QTextEdit(this))
{
    const QString roleKey = toKey(role);
    setObjectName(roleKey + QStringLiteral("Pane"));
    m_text->setObjectName(roleKey + QStringLiteral("Text"));
    m_heading->setObjectName(roleKey + QStringLiteral("Heading"));

    QFont headingFont = m_heading->font();
    headingFont.setCapitalization(QFont::AllUppercase);
    headingFont.setLetterSpacing(QFont::PercentageSpacing, 108);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 0.9);
    headingFont.setWeight(QFont::DemiBold);
    m_heading->setFont(headingFont);
    m_heading->setContentsMargins(kDocumentMargin, 8, kDocumentMargin, 6);
    m_heading->setForegroundRole(QPalette::PlaceholderText);

    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setFont(readingFont());
    m_text->setAcceptRichText(false);
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->document()->setDocumentMargin(kDocumentMargin);
    m_basePointSize = m_text->font().pointSizeF();
    m_text->installEventFilter(this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_heading);
    layout->addWidget(m_text, 1);
    showDocument(nullptr);
}

QString DocumentPane::heading() const
{
    return m_heading->text();
}

void DocumentPane::showDocument(const Document* document, const QString& emptyMessage)
{
    const QString roleName = m_role == DocumentRole::Original ? tr("Original") : tr("Translation");
    m_hasDocument = document != nullptr;
    m_document = document ? *document : Document();
    m_offsets = CodePointIndex(m_document.text);
    m_text->setExtraSelections({});
    if (!document) {
        m_heading->setText(roleName);
        m_text->setPlainText(emptyMessage);
        m_text->setEnabled(!emptyMessage.isEmpty());
        applyReadingFormat();
        return;
    }
    m_heading->setText(QStringLiteral("%1 · %2").arg(roleName, language::nativeName(document->language)));
    m_text->setEnabled(true);
    m_text->setPlainText(document->text);
    m_text->document()->setMetaInformation(QTextDocument::DocumentTitle, roleName);
    applyReadingFormat();
    m_text->moveCursor(QTextCursor::Start);
}

void DocumentPane::applyReadingFormat()
{
    // Line height and paragraph spacing for long reading sessions.
    QTextBlockFormat format;
    format.setLineHeight(kLineHeightPercent, QTextBlockFormat::ProportionalHeight);
    format.setBottomMargin(6);
    QTextCursor cursor(m_text->document());
    cursor.select(QTextCursor::Document);
    cursor.mergeBlockFormat(format);
}

bool DocumentPane::eventFilter(QObject* watched, QEvent* event)
{
    // The text is read-only, so plain letters mean nothing to it: let them reach the window's
    // one-key review shortcuts (M annotate, A accept, R reject, J/K next/previous finding).
    if (watched == m_text && event->type() == QEvent::ShortcutOverride) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool plainLetter = (key->modifiers() & ~Qt::ShiftModifier) == Qt::NoModifier &&
                                 key->key() >= Qt::Key_A && key->key() <= Qt::Key_Z;
        // Nor is there text editing to undo here: Ctrl+Z must undo the reviewer's last edit.
        const bool undoRedo = key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo);
        if (plainLetter || undoRedo) {
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

std::optional<std::pair<int, int>> DocumentPane::selectedSpan() const
{
    const QTextCursor cursor = m_text->textCursor();
    if (!m_hasDocument || !cursor.hasSelection())
        return std::nullopt;
    return std::pair{m_offsets.toCodePoint(cursor.selectionStart()),
                     m_offsets.toCodePoint(cursor.selectionEnd())};
}

QString DocumentPane::selectedText() const
{
    // QTextCursor uses U+2029 between paragraphs; the stored text has newlines.
    return m_text->textCursor().selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
}

QTextCursor DocumentPane::cursorFor(int start, int end) const
{
    QTextCursor cursor(m_text->document());
    cursor.setPosition(m_offsets.toUtf16(start));
    cursor.setPosition(m_offsets.toUtf16(end), QTextCursor::KeepAnchor);
    return cursor;
}

void DocumentPane::revealSpan(int start, int end)
{
    QTextCursor cursor = cursorFor(start, end);
    m_text->setTextCursor(cursor);
    // Centre the span rather than leaving it at the edge where ensureCursorVisible puts it.
    const QRect rect = m_text->cursorRect(cursor);
    QScrollBar* bar = m_text->verticalScrollBar();
    bar->setValue(bar->value() + rect.center().y() - m_text->viewport()->height() / 2);
}

void DocumentPane::setAnnotationSpans(const QList<std::pair<int, int>>& spans)
{
    QList<QTextEdit::ExtraSelection> selections;
    for (const auto& [start, end] : spans) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = cursorFor(start, end);
        selection.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        selection.format.setUnderlineColor(palette().color(QPalette::Text));
        selection.format.setFontUnderline(true);
        selections << selection;
    }
    m_text->setExtraSelections(selections);
}

void DocumentPane::setZoomSteps(int steps)
{
    QFont font = m_text->font();
    font.setPointSizeF(m_basePointSize + steps);
    m_text->setFont(font);
}

} // namespace caselens::ui
