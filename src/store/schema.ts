// The SQLite schema as an ordered list of migrations: migration i brings a database from
// `PRAGMA user_version` i to i + 1. Never edit a released migration: append a new one.
// Column names follow the contract (ANNOTATION.md, src/types.ts) in snake_case.

export interface Migration {
  /** What it does, for error messages and the changelog. */
  name: string;
  sql: string;
}

const RECORD_COMMON = `
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,            -- position in the article's record list
  surface TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  rule TEXT NOT NULL`;

const V1 = `
-- One row per article. id is the contract's id (sha256 of the normalized text); num is a stable
-- integer rowid (VACUUM may renumber an implicit rowid) that the FTS index points at.
CREATE TABLE articles (
  num INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL,
  source_key TEXT,                 -- the archive's id, else url, else the file path: finds an edited article
  external_id TEXT,
  url TEXT,
  date TEXT,
  date_from TEXT,
  title TEXT,
  lang TEXT NOT NULL,
  script TEXT NOT NULL,
  lang_score REAL NOT NULL,
  text TEXT NOT NULL,
  records_hash TEXT NOT NULL,      -- sha256 of the article's extracted fields: same hash = nothing to write
  rules_version TEXT NOT NULL,
  extracted_at TEXT NOT NULL,
  run_id INTEGER NOT NULL
) STRICT;
CREATE INDEX articles_source_key ON articles(source_key);
CREATE INDEX articles_date ON articles(date);

CREATE TABLE officials (
  id INTEGER PRIMARY KEY,${RECORD_COMMON},
  person TEXT NOT NULL,
  patronymic TEXT,
  position TEXT,
  position_from TEXT,
  role TEXT,
  org TEXT,
  region TEXT,
  person_id TEXT,
  mentions TEXT NOT NULL CHECK (json_valid(mentions))   -- [{surface, start, end, sentence}]; surface/start/end/sentence above = the first
) STRICT;

CREATE TABLE regions (
  id INTEGER PRIMARY KEY,${RECORD_COMMON},
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  via TEXT
) STRICT;

CREATE TABLE figures (
  id INTEGER PRIMARY KEY,${RECORD_COMMON},
  kind TEXT NOT NULL,
  value REAL NOT NULL,
  min REAL,
  max REAL,
  unit TEXT,
  object TEXT,
  qualifier TEXT NOT NULL,
  change TEXT
) STRICT;

CREATE TABLE directives (
  id INTEGER PRIMARY KEY,${RECORD_COMMON},
  issuer TEXT,
  verb TEXT NOT NULL,
  addressees TEXT NOT NULL CHECK (json_valid(addressees)),   -- JSON array of strings
  content TEXT,
  deadline TEXT,
  reference INTEGER NOT NULL CHECK (reference IN (0, 1))
) STRICT;

CREATE UNIQUE INDEX officials_article ON officials(article_id, seq);
CREATE UNIQUE INDEX regions_article ON regions(article_id, seq);
CREATE UNIQUE INDEX figures_article ON figures(article_id, seq);
CREATE UNIQUE INDEX directives_article ON directives(article_id, seq);

-- One row per ingest; finished stays NULL when a run died.
CREATE TABLE runs (
  id INTEGER PRIMARY KEY,
  started TEXT NOT NULL,
  finished TEXT,
  version TEXT NOT NULL,
  rules_version TEXT NOT NULL,
  inputs TEXT NOT NULL CHECK (json_valid(inputs)),
  counts TEXT CHECK (counts IS NULL OR json_valid(counts)),
  error TEXT
) STRICT;

CREATE TABLE rejects (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs(id),
  source TEXT NOT NULL,
  reason TEXT NOT NULL,
  at TEXT NOT NULL
) STRICT;
CREATE INDEX rejects_run ON rejects(run_id);

-- Full-text search over title and text (external content: the text is stored once, in articles).
-- unicode61 folds case for Cyrillic and Kazakh letters; remove_diacritics 0 keeps й/ё distinct.
-- Kazakh endings: search by prefix, e.g. MATCH 'облыс*'.
-- id is UNINDEXED: read back from articles, so SELECT id, title FROM articles_fts WHERE articles_fts MATCH ... works.
CREATE VIRTUAL TABLE articles_fts USING fts5(
  id UNINDEXED, title, text, content='articles', content_rowid='num',
  tokenize='unicode61 remove_diacritics 0'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, id, title, text) VALUES (new.num, new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, id, title, text) VALUES ('delete', old.num, old.id, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, id, title, text) VALUES ('delete', old.num, old.id, old.title, old.text);
  INSERT INTO articles_fts(rowid, id, title, text) VALUES (new.num, new.id, new.title, new.text);
END;

-- Money per region: each money figure counts once for every distinct region its article mentions.
-- Ranges count their value (the low end); both ends of a change (from/to) count: filter on change
-- in your own query when that matters.
CREATE VIEW money_by_region AS
SELECT r.code AS region,
       f.unit AS unit,
       COUNT(*) AS figures,
       COUNT(DISTINCT f.article_id) AS articles,
       SUM(f.value) AS total
FROM figures AS f
JOIN (SELECT DISTINCT article_id, code FROM regions) AS r ON r.article_id = f.article_id
WHERE f.kind = 'money'
GROUP BY r.code, f.unit;

-- Directives per issuer (NULL issuer = the text does not say): new instructions vs references.
CREATE VIEW directives_by_issuer AS
SELECT d.issuer AS issuer,
       COUNT(*) AS directives,
       SUM(d.reference = 0) AS instructions,
       SUM(d.reference) AS "references",
       COUNT(DISTINCT d.article_id) AS articles,
       MIN(a.date) AS first_date,
       MAX(a.date) AS last_date
FROM directives AS d
JOIN articles AS a ON a.id = d.article_id
GROUP BY d.issuer;
`;

// Incremental ingest: input_hash fingerprints what extraction was given (text id, date, title,
// language hint, archive id, url), so an article with the same id, input_hash and rules_version is
// skipped without extraction. Older rows have NULL: they are re-extracted once.
const V2 = `
ALTER TABLE articles ADD COLUMN input_hash TEXT;
CREATE INDEX articles_rules_version ON articles(rules_version);

-- Officials per role (NULL role = the position is not one of the contract's roles): mentions,
-- distinct people (person_id when the gazetteer knows them, else the name), articles, dates.
CREATE VIEW officials_by_role AS
SELECT o.role AS role,
       COUNT(*) AS officials,
       COUNT(DISTINCT COALESCE(o.person_id, o.person)) AS people,
       COUNT(DISTINCT o.article_id) AS articles,
       MIN(a.date) AS first_date,
       MAX(a.date) AS last_date
FROM officials AS o
JOIN articles AS a ON a.id = o.article_id
GROUP BY o.role;
`;

// The fast path of an unchanged re-run: the hash of the JSON Lines record an article was read
// from (with the field mapping and --date), so that the same line next time is recognized before
// it is decoded or parsed. Partial index: articles read from files have none.
const V3 = `
ALTER TABLE articles ADD COLUMN line_hash TEXT;
CREATE INDEX articles_line_hash ON articles(line_hash) WHERE line_hash IS NOT NULL;
`;

// The writers (Store, merge) fill articles_fts themselves, in the transaction that stores the
// article. Row by row from the insert trigger, FTS5 cost ~0.07 ms more per article than the same
// insert made directly (0.22 against 0.15 ms at 60,000 articles; a third of derek's writer time
// went to the index), most likely because a trigger's write to a virtual table opens a savepoint,
// at which FTS5 writes out the terms it would otherwise hold in memory until the commit. The delete
// and update triggers stay: they keep the index right when articles are deleted or edited by hand.
// Articles inserted by hand need an INSERT INTO articles_fts too (or, afterwards,
// INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')).
const V4 = `
DROP TRIGGER articles_fts_insert;
`;

// The archive's language hint (a JSON Lines record's `lang`), so that `derek ingest --stale` extracts
// a stored article again with the same input as the ingest that stored it (the hint is part of
// input_hash: without it, --stale gave other records and the next ingest extracted it once more).
const V5 = `
ALTER TABLE articles ADD COLUMN lang_hint TEXT CHECK (lang_hint IS NULL OR lang_hint IN ('kk', 'ru', 'en'));
-- The archive file the article was read from, as an absolute path (NULL: stdin, or stored before
-- this migration): an archive id identifies an article within its archive only, and a relative
-- source names another file from another folder.
ALTER TABLE articles ADD COLUMN archive TEXT;
-- The stored articles of one archive id in one archive file, found directly however many files reuse it.
CREATE INDEX articles_source_key_archive ON articles(source_key, archive);
`;

export const MIGRATIONS: readonly Migration[] = [
  { name: 'articles, records, runs, rejects, FTS, views', sql: V1 },
  { name: 'input_hash for incremental ingest, officials_by_role view', sql: V2 },
  { name: 'line_hash: unchanged JSON Lines records skipped before parsing', sql: V3 },
  { name: 'articles_fts filled by the writers, not by an insert trigger', sql: V4 },
  { name: 'lang_hint (for --stale) and archive (archive ids are per archive)', sql: V5 },
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** The tables that hold extracted records (what "byte-for-byte equal after re-ingest" is about). */
export const RECORD_TABLES = ['articles', 'officials', 'regions', 'figures', 'directives'] as const;
