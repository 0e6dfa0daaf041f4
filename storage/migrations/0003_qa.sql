-- Schema v3: translation-check issues a reviewer dismissed, per case, so that the check does not
-- report them again. An issue is named by its key (type, the spans on both sides and a hash of
-- their texts: findings/qa/QaIssue.h); the texts of a case never change, so the check finds the
-- same issue under the same key each time it runs.

CREATE TABLE qa_dismissals (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    issue_key    TEXT NOT NULL,
    issue_type   TEXT NOT NULL DEFAULT '',  -- "value", "omission", ... (for filters and the history)
    author_id    INTEGER NOT NULL REFERENCES authors(id),
    dismissed_at TEXT NOT NULL,
    UNIQUE (case_id, issue_key)
);
