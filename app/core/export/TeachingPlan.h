#pragma once

#include "PreparedCase.h"

#include <QList>
#include <QSet>
#include <QStringList>

namespace caselens {

// What teaching mode moves off the case pages (docs/export.md):
//  - the diagnosis section of each text (from its heading — "Diagnóstico:", "Juicio clínico",
//    "Diagnosis:" — to the end of the section);
//  - everywhere else, every mention of the diagnoses that section names: findings whose concept
//    is one of them (so "sugestivo de espondilodiscite" in the imaging report is hidden too) and
//    any other occurrence of the same words, in both languages and in annotation comments;
//  - the title and tags (they usually name the diagnosis), teaching points and the other notes.
// The answer page at the end shows all of it. Questions (whole-case notes labelled "Question")
// stay on the case pages, for learners.
class TeachingPlan {
public:
    struct Range {
        int start = 0; // code points
        int end = 0;
    };

    static TeachingPlan make(const PreparedCase& prepared, const FindingsEngine& engine);

    // Ranges of a text hidden from the case pages: the diagnosis section and masked mentions.
    const QList<Range>& sections(DocumentRole role) const;
    const QList<Range>& mentions(DocumentRole role) const;
    bool foundDiagnosis() const { return !m_concepts.isEmpty() || !m_originalSections.isEmpty(); }
    const QSet<QString>& diagnosisConcepts() const { return m_concepts; }

    bool isHiddenFinding(qsizetype index) const { return m_hiddenFindings.contains(index); }
    // Annotations shown on the answer page only: teaching points, notes that are not questions,
    // and span annotations inside a diagnosis section.
    bool isAnswerAnnotation(qsizetype index) const { return m_answerAnnotations.contains(index); }
    bool isQuestion(qsizetype index) const { return m_questions.contains(index); }
    bool isTeachingPoint(qsizetype index) const { return m_teachingPoints.contains(index); }

    // `text` with every mention of the diagnoses replaced by the mask (for comments and quotes).
    QString masked(const QString& text) const;
    static QString maskText();

private:
    void maskFindings(DocumentRole role, const QList<Finding>& findings);
    void maskTerms(const PreparedCase& prepared, DocumentRole role);

    QList<Range> m_originalSections, m_translationSections;
    QList<Range> m_originalMentions, m_translationMentions;
    QSet<QString> m_concepts;
    QStringList m_terms; // the diagnoses as written in the diagnosis sections, longest first
    QSet<qsizetype> m_hiddenFindings;
    QSet<qsizetype> m_answerAnnotations;
    QSet<qsizetype> m_questions;
    QSet<qsizetype> m_teachingPoints;
    const FindingsEngine* m_engine = nullptr;
};

// Labels with a meaning in teaching mode, compared without case.
bool isTeachingPointLabel(const QString& label);
bool isQuestionLabel(const QString& label);

} // namespace caselens
