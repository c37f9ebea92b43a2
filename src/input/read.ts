// Reads inputs into articles: files, folders (recursive), JSON Lines archives (.jsonl, .ndjson,
// gzipped or not) and stdin (`-`); what an input holds is decided in format.ts. Every input that
// cannot be read becomes a `reject` with a reason, and reading goes on: one bad file never stops a batch.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { pipeline } from 'node:stream';
import zlib from 'node:zlib';
import type { Article } from '../article.js';
import { binaryReason, decodeBytes } from './decode.js';
import { splitLines, type ByteLine, type LongLine } from './lines.js';
import { expandInputs } from './expand.js';
import { formatOfName, looksLikeJsonLines, startsLikeJson, SNIFF_BYTES, SNIFF_LINES, type NamedFormat } from './format.js';
import { peek } from './peek.js';
import { utf8FromUtf16, Utf16Error } from './utf16.js';
import { articleFromRecord, parseArticleText, type RecordFields } from './meta.js';
import { fsReason, walkFolder, FOLDER_EXTENSIONS } from './walk.js';

export type InputItem = { kind: 'article'; article: Article } | { kind: 'reject'; source: string; reason: string };

/**
 * What `readIngestInputs` yields besides: an article carries the hash of its JSON Lines record
 * (`lineHash`), and a record whose hash `isKnownLine` recognizes is `known`: not decoded, parsed
 * or normalized at all (the fast path of an unchanged re-run).
 */
export type IngestInputItem =
  | { kind: 'article'; article: Article; lineHash?: string }
  | { kind: 'reject'; source: string; reason: string }
  | { kind: 'known'; source: string; id: string };
type AnyItem = IngestInputItem;

export interface ReadOptions {
  stdin?: NodeJS.ReadableStream;
  textField?: string;
  idField?: string;
  dateField?: string;
  /** Glob patterns among the inputs are expanded (a path that exists is always a path). */
  globs?: boolean;
  /** A file listing inputs, one per line (`-`: stdin), read after `inputs`. */
  fromList?: string;
  /** Called with the bytes read from files as reading goes (for progress; gzip: compressed bytes). */
  onBytes?: (bytes: number) => void;
}

export interface IngestReadOptions extends ReadOptions {
  /** Mixed into every line hash: what else decides how a line becomes an article (e.g. --date). */
  lineSalt?: string;
  /** The id of the stored article a JSON Lines record with this hash needs nothing for (null: none). */
  isKnownLine?: (lineHash: string) => string | null;
}

/** A text file (or JSON Lines record) bigger than this is no single article (archives go in .jsonl, which is streamed). */
export const MAX_ARTICLE_BYTES = 32 * 1024 * 1024;

const reject = (source: string, reason: string): InputItem => ({ kind: 'reject', source, reason });

/** Reads every input in order; `-` is stdin (JSON Lines, one JSON document, or one text: see format.ts). */
export async function* readInputs(inputs: string[], options: ReadOptions = {}): AsyncGenerator<InputItem> {
  for await (const item of readIngestInputs(inputs, { ...options, isKnownLine: undefined })) {
    if (item.kind === 'known') continue; // never without isKnownLine
    yield item.kind === 'article' ? { kind: 'article', article: item.article } : item;
  }
}

/** readInputs for `derek ingest`: JSON Lines records carry their line hash, and known ones are passed over undecoded. */
export async function* readIngestInputs(inputs: string[], options: IngestReadOptions = {}): AsyncGenerator<IngestInputItem> {
  if (!options.globs && !options.fromList) return yield* readPaths(inputs, options);
  for await (const e of expandInputs(inputs, options.fromList, options.stdin)) {
    if (e.kind === 'reject') yield e;
    else yield* readPaths([e.path], options);
  }
}

async function* readPaths(inputs: string[], options: ReadOptions): AsyncGenerator<AnyItem> {
  for (const input of inputs) {
    if (input === '-') {
      yield* readStdin(options.stdin ?? process.stdin, options);
      continue;
    }
    let st: fs.Stats;
    try {
      st = await fs.promises.stat(input);
    } catch (e) {
      yield reject(input, fsReason(e));
      continue;
    }
    if (st.isDirectory()) yield* readFolder(input, options);
    else if (st.isFile()) yield* readFile(input, options, st.size);
    else yield reject(input, 'not a regular file or folder');
  }
}

async function* readFolder(dir: string, options: IngestReadOptions): AsyncGenerator<AnyItem> {
  let files = 0;
  for await (const item of walkFolder(dir)) {
    if (item.kind === 'error') {
      yield reject(item.path, item.reason);
      continue;
    }
    files++;
    let size: number;
    try {
      size = (await fs.promises.stat(item.path)).size;
    } catch (e) {
      yield reject(item.path, fsReason(e));
      continue;
    }
    yield* readFile(item.path, options, size);
  }
  if (!files) yield reject(dir, `folder holds no ${FOLDER_EXTENSIONS.join(', ')} files`);
}

/**
 * One file: by its name, .jsonl / .ndjson archives and .txt texts (gzipped or not), .json
 * documents (or JSON Lines, when they do not parse as one); other names by what they hold.
 */
async function* readFile(file: string, options: IngestReadOptions, size: number): AsyncGenerator<AnyItem> {
  const { format, gzip } = formatOfName(file);
  if (format === 'text' && !gzip) return yield* readTextFile(file, options, size);
  const how = gzip ? 'gzip' : 'file';
  const stream = utf8FromUtf16(gzip ? gunzipped(file, options.onBytes) : counted(fs.createReadStream(file), options.onBytes));
  if (format === 'json-lines') return yield* readJsonLines(file, stream, options, how);
  yield* readByContent(file, stream, options, how, format);
}

async function* readTextFile(file: string, options: IngestReadOptions, size: number): AsyncGenerator<AnyItem> {
  options.onBytes?.(size);
  if (size > MAX_ARTICLE_BYTES) return yield reject(file, `file too large for one article (${(size / 1048576).toFixed(0)} MB); archives go in .jsonl`);
  let bytes: Buffer;
  try {
    bytes = await fs.promises.readFile(file);
  } catch (e) {
    return yield reject(file, fsReason(e));
  }
  yield textArticle(file, bytes);
}

/**
 * A stream whose name does not say JSON Lines: JSON Lines when its first lines look so (not for
 * .txt), else read whole (up to MAX_ARTICLE_BYTES) as one JSON document (.json, or anything that
 * parses as one) or one text. A .json that does not parse as one document but looks like JSON
 * Lines is read as JSON Lines too.
 */
async function* readByContent(
  source: string,
  stream: AsyncIterable<Buffer>,
  options: IngestReadOptions,
  how: 'gzip' | 'file' | 'stdin',
  format: Exclude<NamedFormat, 'json-lines'>,
): AsyncGenerator<AnyItem> {
  let jsonLines = false;
  let bytes: Buffer;
  try {
    if (format !== 'text') {
      const head = await peek(stream, { maxBytes: SNIFF_BYTES, maxLines: SNIFF_LINES });
      jsonLines = looksLikeJsonLines(Buffer.concat(head.chunks), head.ended);
      if (jsonLines && format === 'unknown') return yield* readJsonLines(source, head.whole(), options, how);
      stream = head.whole();
    }
    const all = await peek(stream, { maxBytes: MAX_ARTICLE_BYTES });
    if (!all.ended) {
      if (jsonLines) return yield* readJsonLines(source, all.whole(), options, how);
      await all.close();
      return yield reject(source, tooLarge(how));
    }
    bytes = Buffer.concat(all.chunks);
  } catch (e) {
    return yield reject(source, streamReason(e, how));
  }
  // stdin is no file: its empty reasons say "input"
  const named = (item: InputItem) => (how === 'stdin' && item.kind === 'reject' && item.reason.startsWith('empty file') ? reject(source, item.reason.replace('empty file', 'empty input')) : item);
  if (format === 'json' || (format === 'unknown' && startsLikeJson(bytes))) {
    const doc = parseJsonDocument(bytes);
    if (doc.ok) return yield* jsonDocumentItems(source, doc.value, options);
    if (jsonLines) return yield* readJsonLines(source, once(bytes), options, how);
    if (format === 'json') return yield named(reject(source, doc.reason));
  }
  yield named(textArticle(source, bytes));
}

async function* once(bytes: Buffer): AsyncGenerator<Buffer> {
  yield bytes;
}

function tooLarge(how: 'gzip' | 'file' | 'stdin'): string {
  const over = `over ${MAX_ARTICLE_BYTES / 1048576} MB`;
  if (how === 'stdin') return `input too large for one article (${over}); pipe archives as JSON Lines`;
  return how === 'gzip' ? `too large for one article (${over} unpacked); archives go in .jsonl.gz` : `file too large for one article (${over}); archives go in .jsonl`;
}

/** Why a stream could not be read to its end: a broken gzip, UTF-16 or file. */
function streamReason(e: unknown, how: 'gzip' | 'file' | 'stdin'): string {
  const err = e as NodeJS.ErrnoException;
  if (err instanceof Utf16Error) return err.message;
  const gzip = how === 'gzip' && (err.code?.startsWith('Z_') || /gzip|header|unexpected end/i.test(err.message));
  return gzip ? `corrupt gzip: ${err.message}` : fsReason(e);
}

/** One article from a whole file's (or stdin's) bytes. */
function textArticle(source: string, bytes: Uint8Array): InputItem {
  if (bytes.length === 0) return reject(source, 'empty file');
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return reject(source, decoded.reason);
  if (!decoded.text.trim()) return reject(source, 'empty file (white space only)');
  return { kind: 'article', article: parseArticleText(decoded.text, source) };
}

function gunzipped(file: string, onBytes?: (n: number) => void): NodeJS.ReadableStream & AsyncIterable<Buffer> {
  const raw = fs.createReadStream(file);
  if (onBytes) raw.on('data', (c) => onBytes(c.length));
  // pipeline() destroys the gunzip stream with any read error too, so iterating it throws it.
  return pipeline(raw, zlib.createGunzip(), () => {}) as unknown as NodeJS.ReadableStream & AsyncIterable<Buffer>;
}

/** The chunks of a stream, reporting their sizes. */
async function* counted(stream: AsyncIterable<Buffer>, onBytes?: (n: number) => void): AsyncGenerator<Buffer> {
  for await (const chunk of stream) {
    onBytes?.(chunk.length);
    yield chunk;
  }
}

const fieldsOf = (o: ReadOptions): RecordFields => ({ textField: o.textField, idField: o.idField, dateField: o.dateField });

/** One JSON Lines record; `line N:` starts every reason so that the line is easy to find. */
function recordItem(source: string, line: ByteLine | LongLine, options: IngestReadOptions): AnyItem | null {
  const at = `${source}#${line.n}`;
  if (line.tooLong) return reject(at, `line ${line.n}: longer than ${MAX_ARTICLE_BYTES / 1048576} MB`);
  let lineHash: string | undefined;
  if (options.isKnownLine) {
    lineHash = createHash('sha256').update(line.bytes).update(`\0${options.lineSalt ?? ''}\0${options.textField ?? 'text'}\0${options.idField ?? 'id'}\0${options.dateField ?? 'date'}`).digest('hex').slice(0, 32);
    const id = options.isKnownLine(lineHash);
    if (typeof id === 'string') return { kind: 'known', source: at, id };
  }
  if (!binaryReason(line.bytes) && !line.bytes.toString('latin1').trim()) return null; // blank line
  const decoded = decodeBytes(line.bytes);
  if (!decoded.ok) return reject(at, `line ${line.n}: ${decoded.reason}`);
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch (e) {
    return reject(at, `line ${line.n}: not JSON: ${(e as Error).message}`);
  }
  const r = articleFromRecord(value, at, fieldsOf(options));
  return r.ok ? { kind: 'article', article: r.article, lineHash } : reject(at, `line ${line.n}: ${r.reason}`);
}

async function* readJsonLines(
  source: string,
  stream: AsyncIterable<Buffer | string>,
  options: IngestReadOptions,
  how: 'gzip' | 'file' | 'stdin',
): AsyncGenerator<AnyItem> {
  let records = 0;
  try {
    for await (const line of splitLines(stream, MAX_ARTICLE_BYTES)) {
      const item = recordItem(source, line, options);
      if (!item) continue;
      records++;
      yield item;
    }
  } catch (e) {
    return yield reject(source, streamReason(e, how));
  }
  if (!records) yield reject(source, how === 'stdin' ? 'empty input' : 'empty file');
}

/** One JSON document's value, or why it is none. */
function parseJsonDocument(bytes: Buffer): { ok: true; value: unknown } | { ok: false; reason: string } {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return decoded;
  try {
    return { ok: true, value: JSON.parse(decoded.text) };
  } catch (e) {
    return { ok: false, reason: `not JSON: ${(e as Error).message}` };
  }
}

/** A JSON document: one record object, or an array of them (`source#N`, 1-based). */
function* jsonDocumentItems(source: string, value: unknown, options: ReadOptions): Generator<InputItem> {
  if (!Array.isArray(value)) {
    const r = articleFromRecord(value, source, fieldsOf(options));
    return yield r.ok ? { kind: 'article', article: r.article } : reject(source, r.reason);
  }
  for (let i = 0; i < value.length; i++) {
    const r = articleFromRecord(value[i], `${source}#${i + 1}`, fieldsOf(options));
    yield r.ok ? { kind: 'article', article: r.article } : reject(`${source}#${i + 1}`, `item ${i + 1}: ${r.reason}`);
  }
}

/** Stdin: decided by what it holds, like a file whose name does not say (format.ts). */
function readStdin(stdin: NodeJS.ReadableStream, options: IngestReadOptions): AsyncGenerator<AnyItem> {
  return readByContent('-', utf8FromUtf16(stdin as AsyncIterable<Buffer | string>), options, 'stdin', 'unknown');
}
