// Reads inputs into articles: files, folders (recursive), JSON Lines archives (.jsonl, .jsonl.gz)
// and stdin (`-`). Every input that cannot be read becomes a `reject` with a reason, and reading
// goes on: one bad file never stops a batch.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { pipeline } from 'node:stream';
import zlib from 'node:zlib';
import type { Article } from '../article.js';
import { binaryReason, decodeBytes } from './decode.js';
import { splitLines, type ByteLine } from './lines.js';
import { expandInputs } from './expand.js';
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
  | { kind: 'known'; source: string };
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
  /** True when a JSON Lines record with this hash is stored already and needs nothing. */
  isKnownLine?: (lineHash: string) => boolean;
}

/** A text file bigger than this is no single article (archives go in .jsonl, which is streamed). */
export const MAX_ARTICLE_BYTES = 32 * 1024 * 1024;

const reject = (source: string, reason: string): InputItem => ({ kind: 'reject', source, reason });

/** Reads every input in order; `-` is stdin (plain text, or JSON Lines when it starts with a JSON object). */
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

/** One file by its name: .jsonl / .jsonl.gz archives, .json records, other .gz, else one text article. */
async function* readFile(file: string, options: IngestReadOptions, size: number): AsyncGenerator<AnyItem> {
  const lower = file.toLowerCase();
  if (lower.endsWith('.jsonl.gz')) return yield* readJsonLines(file, gunzipped(file, options.onBytes), options, 'gzip');
  if (lower.endsWith('.jsonl')) return yield* readJsonLines(file, counted(fs.createReadStream(file), options.onBytes), options, 'file');
  options.onBytes?.(size);
  let bytes: Buffer;
  try {
    if (lower.endsWith('.gz')) bytes = await gunzipWhole(file);
    else {
      if (size > MAX_ARTICLE_BYTES) return yield reject(file, `file too large for one article (${(size / 1048576).toFixed(0)} MB); archives go in .jsonl`);
      bytes = await fs.promises.readFile(file);
    }
  } catch (e) {
    return yield reject(file, (e as NodeJS.ErrnoException).code?.startsWith('Z_') ? `corrupt gzip: ${(e as Error).message}` : fsReason(e));
  }
  if (lower.endsWith('.json')) return yield* readJsonFile(file, bytes, options);
  yield textArticle(file, bytes);
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

async function gunzipWhole(file: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of gunzipped(file)) {
    total += chunk.length;
    if (total > MAX_ARTICLE_BYTES) throw new Error(`more than ${MAX_ARTICLE_BYTES / 1048576} MB unpacked; archives go in .jsonl.gz`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

const fieldsOf = (o: ReadOptions): RecordFields => ({ textField: o.textField, idField: o.idField, dateField: o.dateField });

/** One JSON Lines record; `line N:` starts every reason so that the line is easy to find. */
function recordItem(source: string, line: ByteLine, options: IngestReadOptions): AnyItem | null {
  const at = `${source}#${line.n}`;
  let lineHash: string | undefined;
  if (options.isKnownLine) {
    lineHash = createHash('sha256').update(line.bytes).update(`\0${options.lineSalt ?? ''}\0${options.textField ?? 'text'}\0${options.idField ?? 'id'}\0${options.dateField ?? 'date'}`).digest('hex').slice(0, 32);
    if (options.isKnownLine(lineHash)) return { kind: 'known', source: at };
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
    for await (const line of splitLines(stream)) {
      const item = recordItem(source, line, options);
      if (!item) continue;
      records++;
      yield item;
    }
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const gzip = how === 'gzip' && (err.code?.startsWith('Z_') || /gzip|header|unexpected end/i.test(err.message));
    return yield reject(source, gzip ? `corrupt gzip: ${err.message}` : fsReason(e));
  }
  if (!records) yield reject(source, how === 'stdin' ? 'empty input' : 'empty file');
}

/** A .json file: one record object, or an array of them (`path#N`, 1-based). */
function* readJsonFile(file: string, bytes: Buffer, options: ReadOptions): Generator<InputItem> {
  if (bytes.length === 0) return yield reject(file, 'empty file');
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return yield reject(file, decoded.reason);
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch (e) {
    return yield reject(file, `not JSON: ${(e as Error).message}`);
  }
  if (!Array.isArray(value)) {
    const r = articleFromRecord(value, file, fieldsOf(options));
    return yield r.ok ? { kind: 'article', article: r.article } : reject(file, r.reason);
  }
  for (let i = 0; i < value.length; i++) {
    const r = articleFromRecord(value[i], `${file}#${i + 1}`, fieldsOf(options));
    yield r.ok ? { kind: 'article', article: r.article } : reject(`${file}#${i + 1}`, `item ${i + 1}: ${r.reason}`);
  }
}

/** True when a line (bytes) is a JSON object: what makes stdin JSON Lines. */
function isJsonObjectLine(bytes: Buffer): boolean {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return false;
  const t = decoded.text.trim();
  if (!t.startsWith('{')) return false;
  try {
    const v = JSON.parse(t);
    return v !== null && typeof v === 'object' && !Array.isArray(v);
  } catch {
    return false;
  }
}

/**
 * Stdin: JSON Lines when its first non-empty line is a JSON object (then streamed, a bad line
 * rejected on its own, as in a .jsonl file), else one plain-text article. The first line decides,
 * not every line, so that a long archive piped in is streamed and one broken record does not
 * turn the whole archive into one "article".
 */
async function* readStdin(stdin: NodeJS.ReadableStream, options: IngestReadOptions): AsyncGenerator<AnyItem> {
  const iterator = (stdin as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let done = false;
  // Read until the first non-empty line is complete (or the input ends).
  for (;;) {
    const joined = Buffer.concat(head);
    const firstContent = joined.findIndex((b) => b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0xef && b !== 0xbb && b !== 0xbf);
    if (firstContent >= 0 && joined.indexOf(0x0a, firstContent) >= 0) break;
    if (joined.length > MAX_ARTICLE_BYTES) break;
    const next = await iterator.next();
    if (next.done) { done = true; break; }
    head.push(typeof next.value === 'string' ? Buffer.from(next.value, 'utf8') : next.value);
  }
  const joined = Buffer.concat(head);
  const firstLine = splitFirstContentLine(joined);
  const rest: AsyncIterable<Buffer | string> = {
    [Symbol.asyncIterator]: () => ({ next: () => (done ? Promise.resolve({ done: true, value: undefined }) : iterator.next()) }),
  };
  if (firstLine && isJsonObjectLine(firstLine)) {
    yield* readJsonLines('-', prepend(joined, rest), options, 'stdin');
    return;
  }
  const chunks: Buffer[] = [joined];
  let total = joined.length;
  for await (const chunk of rest) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    total += buf.length;
    if (total > MAX_ARTICLE_BYTES) return yield reject('-', `input too large for one article (over ${MAX_ARTICLE_BYTES / 1048576} MB); pipe archives as JSON Lines`);
    chunks.push(buf);
  }
  const item = textArticle('-', Buffer.concat(chunks));
  yield item.kind === 'reject' && item.reason.startsWith('empty file') ? reject('-', item.reason.replace('empty file', 'empty input')) : item;
}

function splitFirstContentLine(bytes: Buffer): Buffer | null {
  let from = 0;
  while (from < bytes.length) {
    let lf = bytes.indexOf(0x0a, from);
    if (lf < 0) lf = bytes.length;
    const line = bytes.subarray(from, lf);
    if (line.toString('latin1').replace(/^\xef\xbb\xbf/, '').trim()) return line;
    from = lf + 1;
  }
  return null;
}

async function* prepend(first: Buffer, rest: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer | string> {
  if (first.length) yield first;
  yield* rest;
}
