#include "AlignmentRepository.h"

#include "SqlStatement.h"
#include "Timestamps.h"
#include "model/MessageContexts.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>

namespace caselens::storage {
namespace {

// Fixed-width little-endian fields, so a library reads the same on any machine.
void configure(QDataStream& stream)
{
    stream.setByteOrder(QDataStream::LittleEndian);
    stream.setFloatingPointPrecision(QDataStream::SinglePrecision);
}

QByteArray packSentences(const QList<SentenceSpan>& sentences)
{
    QByteArray bytes;
    bytes.reserve(sentences.size() * 8);
    QDataStream out(&bytes, QIODevice::WriteOnly);
    configure(out);
    for (const SentenceSpan& sentence : sentences)
        out << qint32(sentence.start) << qint32(sentence.end);
    return bytes;
}

QByteArray packBeads(const QList<SentenceAlignment>& beads)
{
    QByteArray bytes;
    bytes.reserve(beads.size() * 20);
    QDataStream out(&bytes, QIODevice::WriteOnly);
    configure(out);
    for (const SentenceAlignment& bead : beads)
        out << qint32(bead.originalFirst) << qint32(bead.originalCount) << qint32(bead.translationFirst)
            << qint32(bead.translationCount) << float(bead.score);
    return bytes;
}

std::optional<QList<SentenceSpan>> unpackSentences(QByteArray bytes)
{
    if (bytes.size() % 8 != 0)
        return std::nullopt;
    QList<SentenceSpan> sentences(bytes.size() / 8);
    QDataStream in(&bytes, QIODevice::ReadOnly);
    configure(in);
    for (SentenceSpan& sentence : sentences) {
        qint32 start = 0, end = 0;
        in >> start >> end;
        if (start < 0 || end < start)
            return std::nullopt;
        sentence.start = start;
        sentence.end = end;
    }
    return sentences;
}

std::optional<QList<SentenceAlignment>> unpackBeads(QByteArray bytes, qsizetype originalCount,
                                                   qsizetype translationCount)
{
    if (bytes.size() % 20 != 0)
        return std::nullopt;
    QList<SentenceAlignment> beads(bytes.size() / 20);
    QDataStream in(&bytes, QIODevice::ReadOnly);
    configure(in);
    for (SentenceAlignment& bead : beads) {
        qint32 originalFirst = 0, originalSpan = 0, translationFirst = 0, translationSpan = 0;
        float score = 0;
        in >> originalFirst >> originalSpan >> translationFirst >> translationSpan >> score;
        // Beads index the sentences: one out of range would send the panes past the text.
        if (originalFirst < 0 || originalSpan < 0 || translationFirst < 0 || translationSpan < 0 ||
            originalFirst + originalSpan > originalCount || translationFirst + translationSpan > translationCount)
            return std::nullopt;
        bead = {originalFirst, originalSpan, translationFirst, translationSpan, score};
    }
    return beads;
}

} // namespace

AlignmentRepository::AlignmentRepository(Library& library)
    : m_library(library)
{}

Status AlignmentRepository::save(CaseId caseId, const CaseAlignment& alignment)
{
    return m_library.writeTransaction([&]() -> Status {
        SqlStatement upsert(
            m_library.database(),
            QStringLiteral(
                "INSERT INTO sentence_alignments(case_id, original_sentences, translation_sentences, beads, "
                "aligned_at) SELECT id, :original, :translation, :beads, :at FROM cases WHERE id = :case "
                "ON CONFLICT(case_id) DO UPDATE SET original_sentences = excluded.original_sentences, "
                "translation_sentences = excluded.translation_sentences, beads = excluded.beads, "
                "aligned_at = excluded.aligned_at"),
            StorageText::tr("save the sentence alignment"));
        upsert.bind(QStringLiteral(":case"), caseId)
            .bind(QStringLiteral(":original"), packSentences(alignment.originalSentences))
            .bind(QStringLiteral(":translation"), packSentences(alignment.translationSentences))
            .bind(QStringLiteral(":beads"), packBeads(alignment.beads))
            .bind(QStringLiteral(":at"), nowTimestamp());
        return upsert.exec();
    });
}

Result<std::optional<CaseAlignment>> AlignmentRepository::find(CaseId caseId) const
{
    SqlStatement select(m_library.database(),
                        QStringLiteral("SELECT original_sentences, translation_sentences, beads "
                                       "FROM sentence_alignments WHERE case_id = :case"),
                        StorageText::tr("read the sentence alignment"));
    select.bind(QStringLiteral(":case"), caseId);
    if (auto run = select.exec(); !run)
        return Error{run.error()};
    if (!select.next())
        return std::optional<CaseAlignment>();
    auto original = unpackSentences(select.value(0).toByteArray());
    auto translation = unpackSentences(select.value(1).toByteArray());
    if (!original || !translation)
        return std::optional<CaseAlignment>();
    auto beads = unpackBeads(select.value(2).toByteArray(), original->size(), translation->size());
    if (!beads)
        return std::optional<CaseAlignment>();
    return std::optional<CaseAlignment>(CaseAlignment{std::move(*original), std::move(*translation), std::move(*beads)});
}

} // namespace caselens::storage
