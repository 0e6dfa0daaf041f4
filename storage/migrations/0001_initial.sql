-- Schema v1: cases and their language versions.
-- Dates are ISO 8601 UTC text; texts are NFC with LF line ends and never change once stored.

CREATE TABLE library_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE cases (
    id           INTEGER PRIMARY KEY,
    title        TEXT NOT NULL,
    source       TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL DEFAULT 'new'
                 CHECK (status IN ('new', 'in-review', 'reviewed', 'teaching-ready')),
    content_hash TEXT NOT NULL UNIQUE,  -- SHA-256 over the documents: the same pair is never stored twice
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);

CREATE TABLE documents (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    role         TEXT NOT NULL CHECK (role IN ('original', 'translation')),
    language     TEXT NOT NULL,
    text         TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    UNIQUE (case_id, role)
);
CREATE INDEX documents_by_case ON documents(case_id);

CREATE TABLE case_tags (
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    tag     TEXT NOT NULL,
    PRIMARY KEY (case_id, tag)
) WITHOUT ROWID;
CREATE INDEX case_tags_by_tag ON case_tags(tag);
