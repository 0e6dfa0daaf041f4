-- Schema v2: findings with their cross-language links, clinician annotations, authors, the audit
-- trail, the user lexicon and full-text search over every document.

CREATE TABLE authors (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);

-- Which extractor (engine + lexicon version) produced a document's findings; a change means the
-- document is re-extracted in the background, keeping clinician decisions.
ALTER TABLE documents ADD COLUMN extractor_version TEXT NOT NULL DEFAULT '';

CREATE TABLE findings (
    id            INTEGER PRIMARY KEY,
    document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start_offset  INTEGER NOT NULL CHECK (start_offset >= 0),   -- code points, like brat
    end_offset    INTEGER NOT NULL CHECK (end_offset > start_offset),
    category      TEXT NOT NULL CHECK (category IN ('age', 'sex', 'vital_sign', 'lab_result', 'medication',
                      'diagnosis', 'symptom', 'procedure', 'anatomy', 'organism', 'time')),
    text          TEXT NOT NULL,
    negated       INTEGER NOT NULL DEFAULT 0 CHECK (negated IN (0, 1)),
    uncertain     INTEGER NOT NULL DEFAULT 0 CHECK (uncertain IN (0, 1)),
    historical    INTEGER NOT NULL DEFAULT 0 CHECK (historical IN (0, 1)),
    hypothetical  INTEGER NOT NULL DEFAULT 0 CHECK (hypothetical IN (0, 1)),
    experiencer   TEXT NOT NULL DEFAULT 'patient' CHECK (experiencer IN ('patient', 'other')),
    section       TEXT NOT NULL DEFAULT '',
    concept       TEXT NOT NULL DEFAULT '',
    code          TEXT NOT NULL DEFAULT '',
    value         REAL,
    value2        REAL,
    unit          TEXT NOT NULL DEFAULT '',
    unit_inferred INTEGER NOT NULL DEFAULT 0 CHECK (unit_inferred IN (0, 1)),
    flag          TEXT NOT NULL DEFAULT '' CHECK (flag IN ('', 'low', 'normal', 'high')),
    source        TEXT NOT NULL CHECK (source IN ('extracted', 'clinician')),
    state         TEXT NOT NULL DEFAULT 'proposed'
                  CHECK (state IN ('proposed', 'accepted', 'rejected', 'corrected')),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX findings_by_document ON findings(document_id, start_offset);
CREATE INDEX findings_by_concept ON findings(concept, flag);
CREATE INDEX findings_by_category ON findings(category, flag);

CREATE TABLE finding_links (
    original_finding_id    INTEGER NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
    translation_finding_id INTEGER NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
    score                  REAL NOT NULL DEFAULT 1,
    PRIMARY KEY (original_finding_id, translation_finding_id)
) WITHOUT ROWID;
CREATE INDEX finding_links_by_translation ON finding_links(translation_finding_id);

-- A span comment (document and offsets set) or a note on the whole case (all three NULL).
CREATE TABLE annotations (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    document_id  INTEGER REFERENCES documents(id) ON DELETE CASCADE,
    start_offset INTEGER,
    end_offset   INTEGER,
    label        TEXT NOT NULL,
    subtype      TEXT NOT NULL DEFAULT '',
    comment      TEXT NOT NULL DEFAULT '',
    author_id    INTEGER NOT NULL REFERENCES authors(id),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    CHECK ((document_id IS NULL AND start_offset IS NULL AND end_offset IS NULL)
        OR (document_id IS NOT NULL AND start_offset >= 0 AND end_offset > start_offset))
);
CREATE INDEX annotations_by_case ON annotations(case_id);

-- Every change: who, when, what, old -> new (JSON). No foreign key to cases: the trail outlives
-- what it describes.
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    author_id INTEGER REFERENCES authors(id),
    case_id   INTEGER,
    entity    TEXT NOT NULL,
    entity_id INTEGER,
    action    TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX audit_log_by_case ON audit_log(case_id, id);

-- Terms users add to the lexicons, used by the findings engine beside the bundled ones.
CREATE TABLE user_terms (
    id         INTEGER PRIMARY KEY,
    language   TEXT NOT NULL,
    term       TEXT NOT NULL,
    category   TEXT NOT NULL,
    concept    TEXT NOT NULL DEFAULT '',
    code       TEXT NOT NULL DEFAULT '',
    author_id  INTEGER REFERENCES authors(id),
    created_at TEXT NOT NULL,
    UNIQUE (language, term, category)
);

-- Full-text search over every document, case- and diacritics-insensitive
-- ("vomitos" finds "vómitos"). External content: the text is stored once, in documents. The
-- index's rowid is fts_key = case id * 2 + (0 original, 1 translation), so a match names its
-- case without reading the documents table (that lookup dominated search time on 100,000 cases).
ALTER TABLE documents ADD COLUMN fts_key INTEGER
    GENERATED ALWAYS AS (case_id * 2 + (role = 'translation')) VIRTUAL;
CREATE UNIQUE INDEX documents_by_fts_key ON documents(fts_key);

CREATE VIRTUAL TABLE documents_fts USING fts5(
    text, content = 'documents', content_rowid = 'fts_key', tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');

CREATE TRIGGER documents_fts_after_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, text) VALUES (new.fts_key, new.text);
END;
CREATE TRIGGER documents_fts_after_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, text) VALUES ('delete', old.fts_key, old.text);
END;
CREATE TRIGGER documents_fts_after_update AFTER UPDATE OF text ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, text) VALUES ('delete', old.fts_key, old.text);
    INSERT INTO documents_fts(rowid, text) VALUES (new.fts_key, new.text);
END;

CREATE VIRTUAL TABLE cases_fts USING fts5(
    title, content = 'cases', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO cases_fts(rowid, title) SELECT id, title FROM cases;

CREATE TRIGGER cases_fts_after_insert AFTER INSERT ON cases BEGIN
    INSERT INTO cases_fts(rowid, title) VALUES (new.id, new.title);
END;
CREATE TRIGGER cases_fts_after_delete AFTER DELETE ON cases BEGIN
    INSERT INTO cases_fts(cases_fts, rowid, title) VALUES ('delete', old.id, old.title);
END;
CREATE TRIGGER cases_fts_after_update AFTER UPDATE OF title ON cases BEGIN
    INSERT INTO cases_fts(cases_fts, rowid, title) VALUES ('delete', old.id, old.title);
    INSERT INTO cases_fts(rowid, title) VALUES (new.id, new.title);
END;

CREATE INDEX cases_by_status ON cases(status);
