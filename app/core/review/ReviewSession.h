#pragma once

#include "model/Annotation.h"
#include "model/Case.h"
#include "model/Finding.h"
#include "model/Result.h"
#include "model/SentenceAlignment.h"
#include "storage/Library.h"

#include <QHash>
#include <QObject>
#include <QUndoStack>

#include <memory>
#include <optional>

namespace caselens {

class ReviewCommand;

// One case under review: its texts, findings, links and annotations, and every edit a reviewer
// makes. Each edit is saved at once (no Save button) and pushed on the undo stack; undo and redo
// write through the same repositories, so the library always holds what the reviewer sees.
// Used by the workspace and by the CLI (annotate, set-status), so both share one behaviour.
class ReviewSession final : public QObject {
    Q_OBJECT
public:
    enum class Part { Case, Findings, Annotations };
    Q_ENUM(Part)

    ReviewSession(storage::Library& library, CaseId caseId, QObject* parent = nullptr);
    ~ReviewSession() override;

    Status load();

    const Case& currentCase() const { return m_case; }
    const QList<Finding>& findings() const { return m_findings; }
    const QList<FindingLink>& links() const { return m_links; } // finding ids
    const QList<Annotation>& annotations() const { return m_annotations; }
    // The sentence alignment the last extraction kept, if any (a case extracted before schema 5,
    // or never, has none: align it with the findings engine).
    const std::optional<CaseAlignment>& storedAlignment() const { return m_alignment; }
    QUndoStack* undoStack() { return &m_undoStack; }
    storage::Library& library() { return m_library; }

    // The document a role names (nullptr when the case has no translation).
    const Document* document(DocumentRole role) const;
    const Finding* finding(qint64 id) const;
    // The finding linked to `id` in the other language, or 0.
    qint64 counterpartOf(qint64 findingId) const;

    // Edits. Each returns an error (and changes nothing) when the library refuses it.
    Result<qint64> addAnnotation(const Annotation& annotation);
    Status editAnnotation(qint64 annotationId, const QString& label, const QString& subtype,
                          const QString& comment);
    Status removeAnnotation(qint64 annotationId);
    Status setFindingState(qint64 findingId, FindingState state);
    Status correctFinding(qint64 findingId, const Finding& corrected);
    Result<qint64> addFinding(const Finding& finding);
    Status setStatus(ReviewStatus status);
    Status setTags(const QStringList& tags);

    // Re-reads a part from the library and announces it; `edited` also says "saved" (the
    // commands after they wrote), a plain refresh (new findings from the background) does not.
    void refresh(Part part, bool edited = false);
    void reportFailure(const QString& message);

signals:
    void changed(caselens::ReviewSession::Part part);
    void saved();                        // every change, as soon as it is in the library
    void failed(const QString& message); // an undo or redo the library refused

private:
    Status execute(std::unique_ptr<ReviewCommand> command);
    void setLinks(QList<FindingLink> links);

    storage::Library& m_library;
    CaseId m_caseId;
    Case m_case;
    QList<Finding> m_findings;
    QList<FindingLink> m_links;
    QHash<qint64, qint64> m_counterparts; // finding id -> linked finding id, both ways
    QList<Annotation> m_annotations;
    std::optional<CaseAlignment> m_alignment;
    QUndoStack m_undoStack;
};

} // namespace caselens
