-- Schema v5: how each case's two texts correspond sentence by sentence, as the last extraction
-- aligned them. Opening a long case used to align it again on a worker (seconds for a 1 MB
-- report) before the panes could shade aligned sentences and scroll together. Derived data like
-- qa_scores: rewritten by every extraction, not a reviewer's edit, so not in the audit log. A
-- case without a row (never extracted, or extracted before v5) is aligned when it is opened.

CREATE TABLE sentence_alignments (
    case_id               INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
    -- Packed little-endian arrays (storage/AlignmentRepository.cpp): sentences as int32
    -- (start, end) pairs in code points; beads as int32 original first, original count,
    -- translation first, translation count and a float32 score.
    original_sentences    BLOB NOT NULL,
    translation_sentences BLOB NOT NULL,
    beads                 BLOB NOT NULL,
    aligned_at            TEXT NOT NULL
);
