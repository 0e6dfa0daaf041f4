-- Schema v4: the last translation-check score of each case, so the case list can show it for
-- every case without checking each one again. It is derived data (the check of the case's texts
-- with the lexicons of the time, less the dismissed issues), rewritten after every check and
-- after every re-extraction; it is not a reviewer's edit, so it is not in the audit log.

CREATE TABLE qa_scores (
    case_id    INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
    score      REAL NOT NULL,               -- 0..100, MQM-style (findings/qa/QaScore.h)
    critical   INTEGER NOT NULL DEFAULT 0,  -- open issues by severity
    major      INTEGER NOT NULL DEFAULT 0,
    minor      INTEGER NOT NULL DEFAULT 0,
    checked_at TEXT NOT NULL
);
