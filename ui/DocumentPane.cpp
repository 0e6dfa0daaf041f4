#include "DocumentPane.h"

#include "DocumentTextView.h"
#include "core/CategoryPalette.h"
#include "model/Language.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QThread>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

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

bool darkPalette(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QString formatNumber(double value)
{
    return QString::number(value, 'g', 6);
}

// What a finding is, for its tooltip. Every piece of case text is escaped.
QString describe(const Finding& finding)
{
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> · %2")
                 .arg(displayName(finding.category).toHtmlEscaped(), finding.text.toHtmlEscaped());
    if (finding.value) {
        QString value = formatNumber(*finding.value);
        if (finding.secondValue)
            value += QLatin1Char('/') + formatNumber(*finding.secondValue);
        if (!finding.unit.isEmpty())
            value += QLatin1Char(' ') + finding.unit.toHtmlEscaped() +
                     (finding.unitInferred ? DocumentPane::tr(" (unit assumed)") : QString());
        lines << value;
    }
    if (finding.flag == ValueFlag::High || finding.flag == ValueFlag::Low)
        lines << (finding.flag == ValueFlag::High ? DocumentPane::tr("↑ above the reference range")
                                                  : DocumentPane::tr("↓ below the reference range"));
    else if (finding.flag == ValueFlag::Normal)
        lines << DocumentPane::tr("within the reference range");
    QStringList context;
    if (finding.negated)
        context << DocumentPane::tr("negated");
    if (finding.uncertain)
        context << DocumentPane::tr("uncertain");
    if (finding.historical)
        context << DocumentPane::tr("past history");
    if (finding.hypothetical)
        context << DocumentPane::tr("hypothetical");
    if (finding.experiencer == Experiencer::Other)
        context << DocumentPane::tr("about someone else");
    if (!context.isEmpty())
        lines << context.join(QStringLiteral(", "));
    if (!finding.conceptId.isEmpty())
        lines << QStringLiteral("<span style='color:gray'>%1%2</span>")
                     .arg(finding.conceptId.toHtmlEscaped(),
                          finding.code.isEmpty() ? QString()
                                                 : QStringLiteral(" · ") + finding.code.toHtmlEscaped());
    if (finding.state != FindingState::Proposed)
        lines << QStringLiteral("<i>%1</i>").arg(toKey(finding.state));
    return lines.join(QStringLiteral("<br>"));
}

} // namespace

DocumentPane::DocumentPane(DocumentRole role, QWidget* parent)
    : QWidget(parent)
    , m_role(role)
    , m_heading(new QLabel(this))
    , m_text(new DocumentTextView(this))
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
    m_text->setMouseTracking(true);
    m_text->document()->setDocumentMargin(kDocumentMargin);
    m_text->document()->setUndoRedoEnabled(false); // formats are not edits
    m_basePointSize = m_text->font().pointSizeF();
    m_text->installEventFilter(this);
    m_text->viewport()->installEventFilter(this);
    connect(m_text, &QTextEdit::cursorPositionChanged, this, [this] {
        const QTextCursor cursor = m_text->textCursor();
        const Finding* finding =
            m_hasDocument ? findingAt(m_offsets.toCodePoint(cursor.selectionStart())) : nullptr;
        const qint64 id = finding ? finding->id : 0;
        if (id != m_currentFinding) {
            setCurrentFinding(id, false);
            emit findingSelected(id);
        }
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_heading);
    layout->addWidget(m_text, 1);
    showDocument(nullptr);
}

QTextEdit* DocumentPane::textView() const
{
    return m_text;
}

QString DocumentPane::heading() const
{
    return m_heading->text();
}

void DocumentPane::fillDocument(QTextDocument& target, const QString& text)
{
    // The text goes in with its reading format, one pass: formatting every block afterwards
    // doubled the time a long report took to open. One edit block: a cursor outside one asks
    // where it now stands, which lays out the whole text up to it (the end).
    QTextCursor cursor(&target);
    cursor.beginEditBlock();
    cursor.setBlockFormat(readingFormat());
    cursor.insertText(text);
    cursor.endEditBlock();
}

std::unique_ptr<QTextDocument> DocumentPane::prepareDocument(const QString& text, QThread* owner)
{
    auto prepared = std::make_unique<QTextDocument>();
    prepared->setUndoRedoEnabled(false);
    prepared->setDocumentMargin(kDocumentMargin);
    fillDocument(*prepared, text);
    prepared->moveToThread(owner); // from the worker that made it, to the pane's thread
    return prepared;
}

void DocumentPane::adopt(std::unique_ptr<QTextDocument> prepared)
{
    // QTextEdit deletes the document it made itself when another is set, never one it was given:
    // a document adopted before is the pane's to delete.
    QTextDocument* previous = m_text->document();
    const bool adoptedBefore = previous && previous->parent() == m_text;
    prepared->setDefaultFont(m_text->font());
    QTextDocument* adopted = prepared.release();
    adopted->setParent(m_text);
    m_text->setDocument(adopted);
    if (adoptedBefore)
        previous->deleteLater();
}

void DocumentPane::showDocument(const Document* document, const QString& emptyMessage)
{
    showDocument(document, emptyMessage, nullptr);
}

void DocumentPane::showDocument(const Document* document, const QString& emptyMessage,
                                std::unique_ptr<QTextDocument> prepared)
{
    const QString roleName = m_role == DocumentRole::Original ? tr("Original") : tr("Translation");
    ++m_formatGeneration; // formats still pending belong to the previous text
    m_formatted = false;
    m_hasDocument = document != nullptr;
    m_document = document ? *document : Document();
    m_offsets = CodePointIndex(m_document.text);
    m_findings.clear();
    m_currentFinding = 0;
    m_annotationSelections.clear();
    m_shaded.reset();
    m_text->setExtraSelections({});
    m_text->setBadges({}, {});
    const QSignalBlocker blocker(m_text); // loading is not the reader moving the cursor
    if (!document) {
        m_heading->setText(roleName);
        m_text->setPlainText(emptyMessage);
        m_text->setEnabled(!emptyMessage.isEmpty());
        applyReadingFormat();
        return;
    }
    m_heading->setText(QStringLiteral("%1 · %2").arg(roleName, language::nativeName(document->language)));
    m_text->setEnabled(true);
    // Filled while no view shows it, the document has no layout yet; the view then lays it out
    // from the top, a slice at a time (a 1 MB text took 0.3 s laid out in full before it showed).
    adopt(prepared ? std::move(prepared) : prepareDocument(document->text, thread()));
    m_text->document()->setMetaInformation(QTextDocument::DocumentTitle, roleName);
    m_text->moveCursor(QTextCursor::Start);
    m_text->restartLayout();
}

QTextBlockFormat DocumentPane::readingFormat()
{
    // Line height and paragraph spacing for long reading sessions.
    QTextBlockFormat format;
    format.setLineHeight(kLineHeightPercent, QTextBlockFormat::ProportionalHeight);
    format.setBottomMargin(6);
    return format;
}

void DocumentPane::applyReadingFormat()
{
    QTextCursor cursor(m_text->document());
    cursor.select(QTextCursor::Document);
    cursor.mergeBlockFormat(readingFormat());
}

void DocumentPane::setFindings(const QList<Finding>& findings, const QSet<FindingCategory>& shown,
                               const QSet<qint64>& unpaired)
{
    if (!m_hasDocument)
        return;
    m_findings.clear();
    for (const Finding& finding : findings)
        if (finding.documentId == m_document.id && finding.state != FindingState::Rejected)
            m_findings << finding;
    // Outer spans first, so that a finding inside another ("abdominal" in "dor abdominal") is
    // painted over it and stays visible.
    std::stable_sort(m_findings.begin(), m_findings.end(), [](const Finding& a, const Finding& b) {
        return a.start != b.start ? a.start < b.start : a.length() > b.length();
    });

    const bool dark = darkPalette(palette());
    ++m_formatGeneration; // a pass still formatting an earlier list stops
    if (m_formatted) {
        // Clearing a whole 1 MB document takes 0.2 s: only for a text that has formats to lose.
        QTextCursor cursor(m_text->document());
        cursor.select(QTextCursor::Document);
        cursor.setCharFormat(QTextCharFormat());
    }
    m_formatted = true;
    QList<DocumentTextView::Badge> badges;
    std::vector<SpanFormat> formats;
    formats.reserve(static_cast<std::size_t>(m_findings.size()));
    for (const Finding& finding : std::as_const(m_findings)) {
        if (!shown.contains(finding.category))
            continue;
        QTextCharFormat format;
        format.setBackground(CategoryPalette::highlight(finding.category, dark));
        if (finding.negated)
            format.setFontStrikeOut(true);
        if (unpaired.contains(finding.id)) {
            format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            format.setUnderlineColor(CategoryPalette::abnormalMarker(dark));
        } else if (finding.uncertain) {
            format.setUnderlineStyle(QTextCharFormat::DotLine);
            format.setUnderlineColor(palette().color(QPalette::Text));
        }
        formats.push_back({finding.start, finding.end, format});
        if (finding.flag == ValueFlag::High || finding.flag == ValueFlag::Low) {
            badges << DocumentTextView::Badge{m_offsets.toUtf16(finding.end), finding.flag == ValueFlag::High
                                                                                  ? QStringLiteral("↑")
                                                                                  : QStringLiteral("↓")};
            // Room after the value's last character for the badge, so it never covers the next one.
            QTextCharFormat room;
            room.setFontLetterSpacingType(QFont::AbsoluteSpacing);
            room.setFontLetterSpacing(8);
            formats.push_back({finding.end - 1, finding.end, room});
        }
    }
    // A case report's few hundred findings are formatted at once. A long document's tens of
    // thousands (0.7 s for a 1 MB report) are formatted from where the reader is looking, then
    // the rest a slice at a time between events, so the case opens and scrolls meanwhile.
    if (formats.size() > kFormatsAtOnce) {
        const int firstVisible = std::max(0, codePointAt(QPoint(0, 0)));
        const auto from = std::find_if(formats.begin(), formats.end(),
                                       [firstVisible](const SpanFormat& span) { return span.end > firstVisible; });
        std::rotate(formats.begin(), from, formats.end());
    }
    applyFormats(std::move(formats), 0, m_formatGeneration);
    m_text->setBadges(badges, CategoryPalette::abnormalMarker(dark));
    updateExtraSelections();
}

void DocumentPane::applyFormats(std::vector<SpanFormat> formats, std::size_t from, quint64 generation)
{
    if (generation != m_formatGeneration)
        return; // the findings or the document changed since
    const std::size_t to = std::min(formats.size(), from + kFormatsAtOnce);
    QTextCursor cursor(m_text->document());
    cursor.beginEditBlock(); // one relayout for the slice, not one per finding
    for (std::size_t i = from; i < to; ++i)
        cursorFor(formats[i].start, formats[i].end).mergeCharFormat(formats[i].format);
    cursor.endEditBlock();
    if (to < formats.size())
        QTimer::singleShot(0, this, [this, formats = std::move(formats), to, generation]() mutable {
            applyFormats(std::move(formats), to, generation);
        });
}

const Finding* DocumentPane::findingAt(int offset) const
{
    const Finding* best = nullptr;
    for (const Finding& finding : m_findings)
        if (finding.start <= offset && offset < finding.end && (!best || finding.length() < best->length()))
            best = &finding;
    return best;
}

void DocumentPane::setCurrentFinding(qint64 findingId, bool reveal)
{
    m_currentFinding = findingId;
    updateExtraSelections();
    if (!reveal || findingId == 0)
        return;
    for (const Finding& finding : std::as_const(m_findings))
        if (finding.id == findingId) {
            // Scroll it into view without taking the reader's cursor or focus.
            const QRect rect = m_text->cursorRect(cursorFor(finding.start, finding.end));
            if (!m_text->viewport()->rect().contains(rect)) {
                QScrollBar* bar = m_text->verticalScrollBar();
                bar->setValue(bar->value() + rect.center().y() - m_text->viewport()->height() / 2);
            }
        }
}

void DocumentPane::setShadedSpan(std::optional<std::pair<int, int>> span)
{
    if (span == m_shaded)
        return;
    m_shaded = span;
    updateExtraSelections();
}

void DocumentPane::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (m_shaded) {
        QTextEdit::ExtraSelection shade;
        shade.cursor = cursorFor(m_shaded->first, m_shaded->second);
        QColor colour = palette().color(QPalette::Highlight);
        colour.setAlpha(28);
        shade.format.setBackground(colour);
        selections << shade;
    }
    selections << m_annotationSelections;
    for (const Finding& finding : std::as_const(m_findings))
        if (finding.id == m_currentFinding && m_currentFinding != 0) {
            QTextEdit::ExtraSelection current;
            current.cursor = cursorFor(finding.start, finding.end);
            QColor colour = palette().color(QPalette::Highlight);
            colour.setAlpha(90);
            current.format.setBackground(colour);
            current.format.setFontUnderline(true);
            selections << current;
        }
    m_text->setExtraSelections(selections);
}

int DocumentPane::codePointAt(const QPoint& viewportPosition) const
{
    const int position = m_text->positionAt(viewportPosition);
    return position < 0 ? -1 : m_offsets.toCodePoint(position);
}

void DocumentPane::showFindingTooltip(const QPoint& viewportPosition, const QPoint& globalPosition)
{
    const Finding* finding = m_hasDocument ? findingAt(codePointAt(viewportPosition)) : nullptr;
    if (finding)
        QToolTip::showText(globalPosition, describe(*finding), m_text->viewport());
    else
        QToolTip::hideText();
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
    if (watched == m_text->viewport()) {
        if (event->type() == QEvent::ToolTip) {
            const auto* help = static_cast<QHelpEvent*>(event);
            showFindingTooltip(help->pos(), help->globalPos());
            return true;
        }
        if (event->type() == QEvent::MouseMove && m_hasDocument)
            emit hovered(codePointAt(static_cast<QMouseEvent*>(event)->position().toPoint()));
        if (event->type() == QEvent::Leave)
            emit hovered(-1);
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
    m_annotationSelections.clear();
    for (const auto& [start, end] : spans) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = cursorFor(start, end);
        // An outline-like mark under the text: the category colour underneath stays visible.
        selection.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        selection.format.setUnderlineColor(palette().color(QPalette::Text));
        selection.format.setFontUnderline(true);
        selection.format.setFontOverline(true);
        m_annotationSelections << selection;
    }
    updateExtraSelections();
}

void DocumentPane::setZoomSteps(int steps)
{
    QFont font = m_text->font();
    font.setPointSizeF(m_basePointSize + steps);
    m_text->setFont(font);
    m_text->restartLayout(); // a new font lays the text out again
}

} // namespace caselens::ui
