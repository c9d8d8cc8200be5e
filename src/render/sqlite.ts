/**
 * The corpus (or some of its units) as an SQLite database, for SQL,
 * Datasette or DuckDB: documents, units (with their parent), sections,
 * duties (with their parent duty) and notes, joined by foreign keys, with the
 * ids the CLI prints, and an FTS5 index over duty texts with the trigram
 * tokenizer, so `MATCH '许可证'` finds Chinese without a word segmenter.
 *
 * SQLite is node-sqlite3-wasm, a WebAssembly build with FTS5: no native
 * module, so the standalone executable needs none (it carries the .wasm as
 * an asset). Heavy: load with `await import()`. Unlike the other renderers it
 * writes a file itself, because SQLite only writes files: the caller gives it
 * a fresh path (a temporary file it renames into place when this returns).
 */
import type { Doc, Duty, Section, Unit } from '../corpus/model.js';
import type { Note } from '../corpus/notes.js';

/** Bumped when the tables change shape; stored in the `meta` table. */
export const SQLITE_SCHEMA_VERSION = 1;

const SCHEMA = `
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  number TEXT,
  number_normalized TEXT,
  issuer TEXT,
  date TEXT,
  date_text TEXT,
  recipients TEXT,
  body TEXT,
  attachment_label TEXT,
  attachment_reference TEXT,
  source TEXT NOT NULL
);
CREATE TABLE units (
  id TEXT PRIMARY KEY,
  short_id TEXT NOT NULL,
  document_id TEXT NOT NULL REFERENCES documents(id),
  key TEXT NOT NULL,
  position INTEGER NOT NULL,
  parent_id TEXT REFERENCES units(id),
  name TEXT NOT NULL,
  external_name TEXT,
  aliases TEXT,
  heading TEXT,
  preamble TEXT,
  staffing TEXT,
  UNIQUE (document_id, key)
);
CREATE TABLE sections (
  id INTEGER PRIMARY KEY,
  unit_id TEXT NOT NULL REFERENCES units(id),
  key TEXT NOT NULL,
  position INTEGER NOT NULL,
  label TEXT,
  title TEXT NOT NULL,
  preamble TEXT,
  UNIQUE (unit_id, key)
);
CREATE TABLE duties (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  short_id TEXT NOT NULL,
  unit_id TEXT NOT NULL REFERENCES units(id),
  section_id INTEGER REFERENCES sections(id),
  parent_id TEXT REFERENCES duties(id),
  path TEXT NOT NULL,
  label TEXT,
  numbering TEXT NOT NULL,
  depth INTEGER NOT NULL,
  text TEXT NOT NULL
);
CREATE TABLE notes (
  id INTEGER PRIMARY KEY,
  document_id TEXT REFERENCES documents(id),
  unit_id TEXT REFERENCES units(id),
  duty_id TEXT REFERENCES duties(id),
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  text_en TEXT,
  CHECK ((document_id IS NOT NULL) + (unit_id IS NOT NULL) + (duty_id IS NOT NULL) = 1)
);
CREATE INDEX units_document ON units(document_id);
CREATE INDEX units_parent ON units(parent_id);
CREATE INDEX sections_unit ON sections(unit_id);
CREATE INDEX duties_unit ON duties(unit_id);
CREATE INDEX duties_parent ON duties(parent_id);
CREATE INDEX duties_section ON duties(section_id);
CREATE VIRTUAL TABLE duties_fts USING fts5(text, content='duties', content_rowid='seq', tokenize='trigram');
`;

export interface SqliteExportOptions {
  /** The id the CLI prints for a unit or duty (short where unambiguous). */
  readonly idOf: (item: Unit | Duty) => string;
  readonly creator: string;
  /** When the export ran; a renderer never reads the clock itself. */
  readonly created: Date;
}

type Value = string | number | null;

interface Db {
  exec(sql: string): void;
  prepare(sql: string): { run(values?: Value[]): unknown; finalize(): void };
  close(): void;
}

type DatabaseClass = new (path: string) => Db;

/** The module is CommonJS (`module.exports = Module`): its exports arrive as the default under an ES import. */
async function loadDatabase(): Promise<DatabaseClass> {
  const mod = (await import('node-sqlite3-wasm')) as unknown as { Database?: DatabaseClass; default?: { Database: DatabaseClass } };
  return mod.Database ?? mod.default!.Database;
}

const orNull = (s: string | undefined): Value => s ?? null;
const json = (list: readonly string[]): Value => (list.length === 0 ? null : JSON.stringify(list));

/**
 * Write the units, their documents and everything they hold to a new SQLite
 * file at `path` (which must not hold a database already). One transaction;
 * the FTS index is built once the duties are in.
 */
export async function writeSqlite(path: string, units: readonly Unit[], options: SqliteExportOptions): Promise<void> {
  const Database = await loadDatabase();
  const db = new Database(path);
  try {
    // The file is a temporary one until it is renamed: no journal to crash-protect it, no fsync per commit.
    db.exec('PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = ON; PRAGMA encoding = "UTF-8";');
    db.exec(SCHEMA);
    db.exec('BEGIN');
    const statement = (sql: string) => db.prepare(sql);
    const meta = statement('INSERT INTO meta (key, value) VALUES (?, ?)');
    const insertDoc = statement(
      'INSERT INTO documents (id, position, title, number, number_normalized, issuer, date, date_text, recipients, body, attachment_label, attachment_reference, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const insertUnit = statement(
      'INSERT INTO units (id, short_id, document_id, key, position, parent_id, name, external_name, aliases, heading, preamble, staffing) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const insertSection = statement('INSERT INTO sections (id, unit_id, key, position, label, title, preamble) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const insertDuty = statement(
      'INSERT INTO duties (seq, id, short_id, unit_id, section_id, parent_id, path, label, numbering, depth, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const insertNote = statement('INSERT INTO notes (document_id, unit_id, duty_id, position, text, text_en) VALUES (?, ?, ?, ?, ?, ?)');
    // A plain note as written; an importer's { zh, en } note as text (zh) and text_en.
    const noteColumns = (note: Note) => (typeof note === 'string' ? [note, null] : [note.zh, note.en]);
    const statements = [meta, insertDoc, insertUnit, insertSection, insertDuty, insertNote];
    try {
      meta.run(['schema_version', String(SQLITE_SCHEMA_VERSION)]);
      meta.run(['creator', options.creator]);
      meta.run(['created', options.created.toISOString()]);

      const exported = new Set(units);
      const docs: Doc[] = [];
      for (const u of units) if (!docs.includes(u.doc)) docs.push(u.doc);
      docs.forEach((doc, i) => {
        insertDoc.run([
          doc.id, i + 1, doc.title, orNull(doc.number), orNull(doc.numberNormalized), orNull(doc.issuer), orNull(doc.date), orNull(doc.dateText),
          json(doc.recipients), orNull(doc.body), orNull(doc.attachment?.label), orNull(doc.attachment?.reference), doc.source,
        ]);
        doc.notes.forEach((note, k) => insertNote.run([doc.id, null, null, k + 1, ...noteColumns(note)]));
      });
      // A parent outside the export is not in the file: its id would break the foreign key.
      const parentOf = (u: Unit) => (u.parent && exported.has(u.parent) ? u.parent.id : null);
      // Parents first, whatever the document's order, so every foreign key holds as each row goes in.
      const ordered: Unit[] = [];
      const placed = new Set<Unit>();
      const place = (u: Unit) => {
        if (placed.has(u)) return;
        placed.add(u);
        if (u.parent && exported.has(u.parent)) place(u.parent);
        ordered.push(u);
      };
      units.forEach(place);
      const positionOf = new Map(units.map((u, i) => [u, i + 1]));
      let sectionId = 0;
      const sectionIds = new Map<Section, number>();
      for (const unit of ordered) {
        insertUnit.run([
          unit.id, options.idOf(unit), unit.doc.id, unit.key, positionOf.get(unit)!, parentOf(unit), unit.name, orNull(unit.externalName),
          json(unit.aliases), orNull(unit.heading), orNull(unit.preamble), orNull(unit.staffing),
        ]);
        unit.notes.forEach((note, k) => insertNote.run([null, unit.id, null, k + 1, ...noteColumns(note)]));
        unit.sections.forEach((s, k) => {
          sectionIds.set(s, ++sectionId);
          insertSection.run([sectionId, unit.id, s.key, k + 1, orNull(s.label), s.title, orNull(s.preamble)]);
        });
      }
      // Duties in reading order (seq), a parent duty always before its sub-items.
      let seq = 0;
      for (const unit of units) {
        for (const d of unit.duties) {
          insertDuty.run([
            ++seq, d.id, options.idOf(d), unit.id, d.section ? sectionIds.get(d.section)! : null, d.parent?.id ?? null,
            d.path, orNull(d.label), d.numbering, d.depth, d.text,
          ]);
          d.notes.forEach((note, k) => insertNote.run([null, null, d.id, k + 1, ...noteColumns(note)]));
        }
      }
    } finally {
      for (const s of statements) s.finalize();
    }
    db.exec("INSERT INTO duties_fts (duties_fts) VALUES ('rebuild')");
    db.exec('COMMIT');
  } finally {
    db.close();
  }
}
