import { Ajv, type ErrorObject } from 'ajv';
import { loadAll } from 'js-yaml';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node } from 'yaml';
import schema from '../../corpus/mandates.schema.json' with { type: 'json' };
import { UserError } from '../errors.js';
import { formatFieldPath, type FieldPath, type ParsedDocument } from './build-model.js';
import type { DocumentFile } from './format.js';

/** The schema's $id: where a document points when the schema file is not at hand. */
export const CORPUS_SCHEMA_ID: string = schema.$id;

/** YAML aliases beyond this many in one document are refused: a defence against alias bombs. */
const MAX_ALIASES = 200;

let validator: ReturnType<Ajv['compile']> | undefined;
function validateSchema(value: unknown): ErrorObject[] {
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(schema);
  return validator(value) ? [] : [...(validator.errors ?? [])];
}

/** The node at `path`, and for a mapping entry the key node too (errors about a field point at its key). */
function nodeAt(doc: Document, path: FieldPath): { node?: Node; key?: Node } {
  let node: unknown = doc.contents;
  let key: Node | undefined;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return { node: node as Node };
      key = pair.key as Node;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      key = undefined;
      node = node.items[seg];
    } else {
      break;
    }
  }
  return { node: (node ?? undefined) as Node | undefined, key };
}

function describeSchemaError(e: ErrorObject): { path: FieldPath; field: FieldPath; message: string; atKey?: boolean } {
  const path: FieldPath = e.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return { path, field: [...path, String(p.missingProperty)], message: `missing required field "${String(p.missingProperty)}"` };
    case 'additionalProperties':
      return {
        atKey: true,
        path: [...path, String(p.additionalProperty)],
        field: [...path, String(p.additionalProperty)],
        message: `unknown field "${String(p.additionalProperty)}" (check its spelling against corpus/mandates.schema.json)`,
      };
    case 'type':
      return { path, field: path, message: `must be ${p.type === 'object' ? 'a mapping' : p.type === 'array' ? 'a list' : `a ${String(p.type)}`}` };
    case 'const':
      return { path, field: path, message: `must be ${JSON.stringify(p.allowedValue)}` };
    case 'pattern':
      return { path, field: path, message: `does not match ${String(p.pattern)}` };
    case 'minLength':
      return { path, field: path, message: 'must not be empty' };
    default:
      return { path, field: path, message: e.message ?? e.keyword };
  }
}

/**
 * Parse one corpus file (YAML, one or more documents separated by ---) and
 * validate it against the corpus schema. Every problem is reported as
 * `file:line:col: field: what is wrong`, one line each.
 *
 * Two parsers: js-yaml first, several times faster than \`yaml\` on a large
 * file and lighter on memory, but it keeps no positions; when it fails, or a
 * document breaks a rule, the file is parsed again with \`yaml\`, which
 * reports every problem at its line and column (and decides: a file only
 * \`yaml\` accepts is still read). Positions for problems found later (a
 * duplicate id across documents) come from the same re-parse, made then.
 */
export function parseCorpusText(text: string, source: string): ParsedDocument[] {
  return parseQuickly(text, source) ?? parseWithPositions(text, source);
}

/**
 * The text cut at its document markers (a line that is just ---), so that
 * js-yaml's event list for a 20 MB file is never held whole: a file of many
 * documents parses in a fraction of the memory. A marker line cannot occur
 * inside a document (YAML forbids it in any content), so each piece is one
 * document; a file with directives, --- followed by content, or ... is
 * parsed whole.
 */
function documentChunks(text: string): string[] {
  if (/^(?:%|\.\.\.|---[^\S\r\n]*\S)/m.test(text)) return [text];
  return text.split(/^---[^\S\r\n]*\r?$\n?/m);
}

/** The documents, when js-yaml reads every one as a valid corpus document; else undefined. */
function parseQuickly(text: string, source: string): ParsedDocument[] | undefined {
  // \`yaml\` is the reference: anything the two might treat differently takes its path.
  if (text.includes('__proto__')) return undefined;
  let values: unknown[];
  try {
    // No aliases at all here: \`yaml\` applies the alias limit (MAX_ALIASES).
    values = [];
    for (const [k, chunk] of documentChunks(text).entries()) {
      const here = loadAll(chunk, { maxAliases: 0 });
      // After a marker there is a document, even an empty one (null, which is no corpus document): leave it to `yaml`.
      if (k > 0 && here.length !== 1) return undefined;
      values.push(...here);
    }
  } catch {
    return undefined;
  }
  if (values.length === 0) return undefined;
  for (const value of values) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    if (validateSchema(value).length > 0) return undefined;
  }
  let positioned: ParsedDocument[] | undefined;
  return values.map((value, k) => ({
    doc: value as DocumentFile,
    source,
    locate: (path: FieldPath) => (positioned ??= parseWithPositions(text, source))[k]!.locate(path),
  }));
}

function parseWithPositions(text: string, source: string): ParsedDocument[] {
  const lineCounter = new LineCounter();
  const yamlDocs = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const where = (offset: number | undefined) => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    return `${source}:${line}:${col}`;
  };
  const docs = Array.isArray(yamlDocs) ? yamlDocs : [];
  const problems: string[] = [];
  const parsed: ParsedDocument[] = [];

  for (const yd of docs) {
    for (const err of yd.errors) problems.push(`${where(err.pos[0])}: ${err.message.split('\n')[0]}`);
  }
  if (problems.length === 0) {
    const nonEmpty = docs.filter((d) => d.contents !== null);
    if (nonEmpty.length === 0) {
      throw new UserError(`${source}: no corpus document in the file (it is empty)`);
    }
    for (const yd of nonEmpty) {
      let value: unknown;
      try {
        value = yd.toJS({ maxAliasCount: MAX_ALIASES });
      } catch (e) {
        problems.push(`${where(yd.contents?.range?.[0])}: ${(e as Error).message.split('\n')[0]}`);
        continue;
      }
      // A problem with a value points at the value; an unknown field at its key.
      const locate = (path: FieldPath, atKey = false) => {
        const { node, key } = nodeAt(yd, path);
        const target = atKey ? (key ?? node) : (node ?? key);
        return where(target?.range?.[0] ?? yd.contents?.range?.[0]);
      };
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        problems.push(`${locate([])}: not a corpus document: expected a mapping with mandates, id, title and units`);
        continue;
      }
      const errors = validateSchema(value);
      // With allErrors Ajv may report one problem several ways; keep the first of each location and message.
      const seen = new Set<string>();
      for (const e of errors) {
        const d = describeSchemaError(e);
        const line = `${locate(d.path, d.atKey)}: ${formatFieldPath(d.field)}: ${d.message}`;
        if (!seen.has(line)) problems.push(line);
        seen.add(line);
      }
      if (errors.length === 0) parsed.push({ doc: value as DocumentFile, source, locate });
    }
  }
  if (problems.length > 0) throw new UserError(problems[0]!, problems.slice(1));
  return parsed;
}
