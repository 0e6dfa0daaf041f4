#include "CaseWorkspace.h"

#include "AnnotationDialog.h"
#include "CategoryLegend.h"
#include "DocumentPane.h"
#include "FindBar.h"
#include "FindingDialogs.h"
#include "ReviewBar.h"
#include "ScrollSynchronizer.h"
#include "findings/FindingsEngine.h"
#include "model/Language.h"
#include "storage/UserTermRepository.h"

#include <QApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <QSplitter>
#include <QTextEdit>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace caselens::ui {

CaseWorkspace::CaseWorkspace(storage::Library& library, Settings& settings, QWidget* parent)
    : QWidget(parent)
    , m_library(library)
    , m_settings(settings)
    , m_reviewBar(new ReviewBar(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_findBar(new FindBar(this))
    , m_legend(new CategoryLegend(this))
{
    setObjectName(QStringLiteral("caseWorkspace"));
    m_splitter->setObjectName(QStringLiteral("documentSplitter"));
    m_original = new DocumentPane(DocumentRole::Original, m_splitter);
    m_translation = new DocumentPane(DocumentRole::Translation, m_splitter);
    m_splitter->addWidget(m_original);
    m_splitter->addWidget(m_translation);
    m_splitter->setChildrenCollapsible(false);
    m_scrollSync = new ScrollSynchronizer(m_original->textView(), m_translation->textView(), this);
    m_scrollSync->setEnabled(m_settings.synchronizedScrolling());
    m_findBar->setTarget(m_original->textView());

    // Find and annotate act on the pane the reviewer was last in.
    m_focusConnection = connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (now == m_original->textView() || now == m_translation->textView()) {
            m_lastPane = now == m_original->textView() ? DocumentRole::Original : DocumentRole::Translation;
            m_findBar->setTarget(qobject_cast<QTextEdit*>(now));
        }
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_reviewBar);
    layout->addWidget(m_legend);
    layout->addWidget(m_splitter, 1);

    connect(m_legend, &CategoryLegend::shownCategoriesChanged, this, &CaseWorkspace::showFindings);
    for (const DocumentRole role : {DocumentRole::Original, DocumentRole::Translation}) {
        connect(pane(role), &DocumentPane::findingSelected, this,
                [this, role](qint64 id) { onFindingSelected(role, id); });
        connect(pane(role), &DocumentPane::hovered, this,
                [this, role](int offset) { onHovered(role, offset); });
    }
    connect(&m_alignmentWatcher, &QFutureWatcher<CaseAlignment>::finished, this, [this] {
        if (m_session && m_session->currentCase().id == m_alignedCase)
            applyAlignment(m_alignmentWatcher.result());
        // else the reviewer moved on to another case meanwhile
    });
    layout->addWidget(m_findBar);
}

CaseWorkspace::~CaseWorkspace()
{
    // Focus moves while children are destroyed; the handler must not see a half-gone workspace.
    disconnect(m_focusConnection);
}

DocumentPane* CaseWorkspace::pane(DocumentRole role) const
{
    return role == DocumentRole::Original ? m_original : m_translation;
}

DocumentPane* CaseWorkspace::activePane() const
{
    return pane(m_lastPane);
}

void CaseWorkspace::setZoomSteps(int steps)
{
    m_original->setZoomSteps(steps);
    m_translation->setZoomSteps(steps);
}

void CaseWorkspace::setSynchronizedScrolling(bool enabled)
{
    m_scrollSync->setEnabled(enabled);
}

namespace {
constexpr qsizetype kParallelLoadCharacters = 200'000;
}

bool CaseWorkspace::openCase(CaseId id)
{
    std::unique_ptr<ReviewSession> session;
    if (id != 0) {
        session = std::make_unique<ReviewSession>(m_library, id);
        if (auto loaded = session->load(); !loaded) {
            report(loaded.error());
            return false;
        }
        connect(session.get(), &ReviewSession::failed, this, &CaseWorkspace::report);
        connect(session.get(), &ReviewSession::changed, this, [this](ReviewSession::Part part) {
            if (part == ReviewSession::Part::Annotations)
                showAnnotations();
            if (part == ReviewSession::Part::Findings) {
                showFindings();
                // A case extracted in the background now has its alignment kept.
                if (m_alignment.isEmpty() && m_session->storedAlignment())
                    applyAlignment(*m_session->storedAlignment());
            }
        });
    }
    m_reviewBar->setSession(session.get());
    emit sessionChanged(session.get()); // before the old session goes: views drop it first
    m_session = std::move(session);
    if (m_session) {
        const Document* original = m_session->document(DocumentRole::Original);
        const Document* translation = m_session->document(DocumentRole::Translation);
        // A long case's two texts are laid into their documents at the same time, the
        // translation's on a worker (about 0.3 s each for a 1 MB report).
        QFuture<QTextDocument*> preparing;
        if (original && translation && original->text.size() + translation->text.size() > kParallelLoadCharacters)
            preparing = QtConcurrent::run([text = translation->text, owner = thread()] {
                return DocumentPane::prepareDocument(text, owner).release();
            });
        m_original->showDocument(original);
        if (preparing.isValid())
            m_translation->showDocument(translation, {}, std::unique_ptr<QTextDocument>(preparing.result()));
        else
            m_translation->showDocument(translation, tr("This case has no translation yet."));
        showFindings();
        showAnnotations();
    }
    startAlignment();
    return true;
}

void CaseWorkspace::showEmptyLibrary(const QString& hint)
{
    openCase(0);
    m_original->showDocument(nullptr, hint);
    m_translation->showDocument(nullptr);
}

void CaseWorkspace::showAnnotations()
{
    for (DocumentPane* documentPane : {m_original, m_translation}) {
        QList<std::pair<int, int>> spans;
        if (m_session && documentPane->document())
            for (const Annotation& annotation : m_session->annotations())
                if (annotation.documentId == documentPane->document()->id)
                    spans << std::pair{annotation.start, annotation.end};
        documentPane->setAnnotationSpans(spans);
    }
}

void CaseWorkspace::showFindings()
{
    if (!m_session)
        return;
    // A finding with no counterpart is marked, but only where there is a translation to have one.
    QSet<qint64> unpaired;
    if (m_session->document(DocumentRole::Translation))
        for (const Finding& finding : m_session->findings())
            if (m_session->counterpartOf(finding.id) == 0)
                unpaired.insert(finding.id);
    const QSet<FindingCategory> shown = m_legend->shownCategories();
    m_original->setFindings(m_session->findings(), shown, unpaired);
    m_translation->setFindings(m_session->findings(), shown, unpaired);
}

void CaseWorkspace::onFindingSelected(DocumentRole role, qint64 findingId)
{
    if (!m_session)
        return;
    // The same finding in the other language is shown beside it.
    DocumentPane* other =
        pane(role == DocumentRole::Original ? DocumentRole::Translation : DocumentRole::Original);
    other->setCurrentFinding(findingId ? m_session->counterpartOf(findingId) : 0, true);
    emit currentFindingChanged(findingId);
}

qint64 CaseWorkspace::currentFindingId() const
{
    if (const qint64 id = activePane()->currentFinding())
        return id;
    return pane(m_lastPane == DocumentRole::Original ? DocumentRole::Translation : DocumentRole::Original)
        ->currentFinding();
}

void CaseWorkspace::revealFinding(qint64 findingId)
{
    if (!m_session)
        return;
    const Finding* finding = m_session->finding(findingId);
    if (!finding)
        return;
    for (const DocumentRole role : {DocumentRole::Original, DocumentRole::Translation}) {
        DocumentPane* documentPane = pane(role);
        if (documentPane->document() && documentPane->document()->id == finding->documentId) {
            m_lastPane = role;
            documentPane->revealSpan(finding->start, finding->end);
            documentPane->textView()->setFocus(Qt::OtherFocusReason);
        }
    }
}

void CaseWorkspace::stepFinding(int direction)
{
    DocumentPane* documentPane = activePane();
    const QList<Finding>& findings = documentPane->findings();
    if (findings.isEmpty())
        return;
    const QTextCursor cursor = documentPane->textView()->textCursor();
    const CodePointIndex index(documentPane->document() ? documentPane->document()->text : QString());
    const int here = index.toCodePoint(cursor.selectionStart());
    const Finding* target = nullptr;
    if (direction > 0) {
        for (const Finding& finding : findings)
            if (finding.start > here || (finding.start == here && !cursor.hasSelection())) {
                target = &finding;
                break;
            }
    } else {
        for (auto it = findings.crbegin(); it != findings.crend(); ++it)
            if (it->start < here) {
                target = &*it;
                break;
            }
    }
    if (target)
        documentPane->revealSpan(target->start, target->end);
    else
        emit message(direction > 0 ? tr("No more findings below.") : tr("No more findings above."));
}

void CaseWorkspace::decideCurrentFinding(FindingState state)
{
    const qint64 id = currentFindingId();
    if (!m_session || id == 0) {
        emit message(tr("Put the cursor on a finding first (J and K move between findings)."));
        return;
    }
    if (auto decided = m_session->setFindingState(id, state); !decided)
        report(decided.error());
}

void CaseWorkspace::correctFinding(qint64 findingId)
{
    if (!m_session)
        return;
    const Finding* current = m_session->finding(findingId);
    if (!current)
        return;
    DocumentPane* home = nullptr;
    for (DocumentPane* candidate : {m_original, m_translation})
        if (candidate->document() && candidate->document()->id == current->documentId)
            home = candidate;
    const auto selection = home ? home->selectedSpan() : std::nullopt;
    FindingDialog dialog(FindingDialog::Purpose::Correct, *current, selection.has_value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Finding corrected = dialog.result();
    if (dialog.useSelectionAsSpan() && selection) {
        corrected.start = selection->first;
        corrected.end = selection->second;
        corrected.text = home->selectedText();
    }
    if (auto done = m_session->correctFinding(findingId, corrected); !done)
        report(done.error());
}

void CaseWorkspace::addFindingFromSelection()
{
    if (!m_session)
        return;
    DocumentPane* target = activePane();
    const auto span = target->selectedSpan();
    if (!span || !target->document()) {
        emit message(tr("Select the words of the missing finding first."));
        return;
    }
    Finding finding;
    finding.documentId = target->document()->id;
    finding.start = span->first;
    finding.end = span->second;
    finding.text = target->selectedText();
    finding.category = FindingCategory::Symptom;
    FindingDialog dialog(FindingDialog::Purpose::Add, finding, true, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto added = m_session->addFinding(dialog.result()); !added)
        report(added.error());
}

void CaseWorkspace::addSelectionToLexicon()
{
    DocumentPane* target = activePane();
    const QString words = target->selectedText().simplified();
    if (words.isEmpty() || !target->document()) {
        emit message(tr("Select the words to add to the lexicon first."));
        return;
    }
    QStringList categories;
    for (const FindingCategory category : allFindingCategories())
        categories << displayName(category);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Add to Lexicon"),
        tr("“%1” is a (in %2 texts of this library):")
            .arg(words, language::nativeName(target->document()->language)),
        categories, int(allFindingCategories().indexOf(FindingCategory::Medication)), false, &ok);
    if (!ok)
        return;
    storage::StoredUserTerm term;
    term.language = target->document()->language;
    term.term = words;
    term.category = allFindingCategories().at(categories.indexOf(chosen));
    if (const auto added = storage::UserTermRepository(m_library).add(term); !added) {
        report(added.error());
        return;
    }
    emit message(tr("Added “%1” to the lexicon; the library's cases are being updated.").arg(words));
    emit lexiconChanged();
}

void CaseWorkspace::startAlignment()
{
    m_alignment = CaseAlignment();
    m_alignedCase = m_session ? m_session->currentCase().id : 0;
    m_original->setShadedSpan(std::nullopt);
    m_translation->setShadedSpan(std::nullopt);
    m_scrollSync->setAnchors({});
    if (!m_session || !m_session->document(DocumentRole::Translation))
        return;
    if (const auto& stored = m_session->storedAlignment()) {
        applyAlignment(*stored);
        return;
    }
    // Not extracted yet (or before the library kept alignments): the engine aligns the texts
    // off the UI thread, so that a long case does not freeze the window while it opens.
    const Document original = *m_session->document(DocumentRole::Original);
    const Document translation = *m_session->document(DocumentRole::Translation);
    m_alignmentWatcher.setFuture(QtConcurrent::run([original, translation] {
        PairResult pair = FindingsEngine::shared()->extractPair(original.text, original.language, translation.text,
                                                                translation.language);
        return CaseAlignment{std::move(pair.original.sentences), std::move(pair.translation.sentences),
                             std::move(pair.alignment)};
    }));
}

void CaseWorkspace::applyAlignment(const CaseAlignment& alignment)
{
    m_alignment = alignment;
    QList<std::pair<int, int>> anchors;
    const CodePointIndex originalIndex(m_session->document(DocumentRole::Original)->text);
    const CodePointIndex translationIndex(m_session->document(DocumentRole::Translation)->text);
    for (const SentenceAlignment& group : m_alignment.beads)
        if (group.originalCount > 0 && group.translationCount > 0 &&
            group.originalFirst < m_alignment.originalSentences.size() &&
            group.translationFirst < m_alignment.translationSentences.size())
            anchors << std::pair{originalIndex.toUtf16(m_alignment.originalSentences[group.originalFirst].start),
                                 translationIndex.toUtf16(m_alignment.translationSentences[group.translationFirst].start)};
    m_scrollSync->setAnchors(anchors);
}

void CaseWorkspace::onHovered(DocumentRole role, int offset)
{
    const bool fromOriginal = role == DocumentRole::Original;
    const QList<SentenceSpan>& sentences =
        fromOriginal ? m_alignment.originalSentences : m_alignment.translationSentences;
    const QList<SentenceSpan>& other =
        fromOriginal ? m_alignment.translationSentences : m_alignment.originalSentences;
    // Sentences and beads are in reading order: a long case has thousands of each, and this
    // runs on every mouse move.
    const auto after = std::upper_bound(sentences.cbegin(), sentences.cend(), offset,
                                        [](int at, const SentenceSpan& s) { return at < s.start; });
    const int sentence = after == sentences.cbegin() || offset < 0 || offset >= std::prev(after)->end
                             ? -1
                             : static_cast<int>(std::prev(after) - sentences.cbegin());
    const auto firstOf = [fromOriginal](const SentenceAlignment& group) {
        return fromOriginal ? group.originalFirst : group.translationFirst;
    };
    const auto countOf = [fromOriginal](const SentenceAlignment& group) {
        return fromOriginal ? group.originalCount : group.translationCount;
    };
    std::optional<std::pair<int, int>> here, there;
    if (sentence >= 0) {
        // The last group that starts at or before the sentence, skipping those with none of it.
        auto group = std::upper_bound(m_alignment.beads.cbegin(), m_alignment.beads.cend(), sentence,
                                      [&](int s, const SentenceAlignment& g) { return s < firstOf(g); });
        while (group != m_alignment.beads.cbegin()) {
            --group;
            if (countOf(*group) == 0)
                continue;
            if (sentence < firstOf(*group) + countOf(*group) &&
                firstOf(*group) + countOf(*group) <= sentences.size()) {
                const int first = firstOf(*group);
                here = std::pair{sentences[first].start, sentences[first + countOf(*group) - 1].end};
                const int otherFirst = fromOriginal ? group->translationFirst : group->originalFirst;
                const int otherCount = fromOriginal ? group->translationCount : group->originalCount;
                if (otherCount > 0 && otherFirst + otherCount <= other.size())
                    there = std::pair{other[otherFirst].start, other[otherFirst + otherCount - 1].end};
            }
            break;
        }
    }
    pane(role)->setShadedSpan(here);
    pane(fromOriginal ? DocumentRole::Translation : DocumentRole::Original)->setShadedSpan(there);
}

void CaseWorkspace::annotateSelection()
{
    if (!m_session)
        return;
    DocumentPane* target = activePane();
    const auto span = target->selectedSpan();
    if (!span || !target->document()) {
        emit message(tr("Select some text in the original or the translation first, then press M."));
        return;
    }
    AnnotationDialog dialog(m_settings.annotationLabels(), target->selectedText(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Annotation annotation;
    annotation.documentId = target->document()->id;
    annotation.start = span->first;
    annotation.end = span->second;
    annotation.label = dialog.label();
    annotation.subtype = dialog.subtype();
    annotation.comment = dialog.comment();
    if (const auto added = m_session->addAnnotation(annotation); !added)
        report(added.error());
}

void CaseWorkspace::addCaseNote()
{
    if (!m_session)
        return;
    AnnotationDialog dialog(m_settings.annotationLabels(), QString(), this);
    dialog.setAnnotation(Annotation{0, 0, 0, 0, 0, QStringLiteral("Note"), {}, {}, {}, {}, {}});
    if (dialog.exec() != QDialog::Accepted)
        return;
    Annotation note;
    note.label = dialog.label();
    note.subtype = dialog.subtype();
    note.comment = dialog.comment();
    if (const auto added = m_session->addAnnotation(note); !added)
        report(added.error());
}

void CaseWorkspace::editAnnotation(qint64 annotationId)
{
    if (!m_session)
        return;
    for (const Annotation& annotation : m_session->annotations()) {
        if (annotation.id != annotationId)
            continue;
        QString quote;
        for (DocumentPane* documentPane : {m_original, m_translation})
            if (documentPane->document() && documentPane->document()->id == annotation.documentId)
                quote = documentPane->cursorFor(annotation.start, annotation.end).selectedText();
        AnnotationDialog dialog(m_settings.annotationLabels(), quote, this);
        dialog.setAnnotation(annotation);
        if (dialog.exec() == QDialog::Accepted)
            if (auto edited = m_session->editAnnotation(annotationId, dialog.label(), dialog.subtype(),
                                                        dialog.comment());
                !edited)
                report(edited.error());
        return;
    }
}

void CaseWorkspace::revealAnnotation(qint64 annotationId)
{
    if (!m_session)
        return;
    for (const Annotation& annotation : m_session->annotations())
        for (DocumentPane* documentPane : {m_original, m_translation})
            if (annotation.id == annotationId && documentPane->document() &&
                documentPane->document()->id == annotation.documentId) {
                documentPane->revealSpan(annotation.start, annotation.end);
                documentPane->textView()->setFocus(Qt::OtherFocusReason);
            }
}

void CaseWorkspace::revealSpans(int originalStart, int originalEnd, int translationStart, int translationEnd)
{
    if (!m_session)
        return;
    DocumentPane* focus = nullptr;
    if (originalStart >= 0 && originalEnd >= originalStart && m_original->document()) {
        m_original->revealSpan(originalStart, originalEnd);
        focus = m_original;
    }
    if (translationStart >= 0 && translationEnd >= translationStart && m_translation->document()) {
        m_translation->revealSpan(translationStart, translationEnd);
        focus = m_translation;
    }
    if (focus)
        focus->textView()->setFocus(Qt::OtherFocusReason);
}

void CaseWorkspace::switchPane()
{
    DocumentPane* next = m_lastPane == DocumentRole::Original ? m_translation : m_original;
    next->textView()->setFocus(Qt::ShortcutFocusReason);
}

void CaseWorkspace::report(const QString& error)
{
    QMessageBox::warning(this, tr("CaseLens"), error);
}

} // namespace caselens::ui
