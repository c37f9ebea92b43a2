// The built-in rules' compiled forms, worked out once at build time (scripts/postbuild.mjs writes
// dist/precompiled-rules.json), so that a thread that extracts does not run XRegExp and the source
// parsers of compile.ts at start: they cost ~0.5 s of CPU per thread, most of it V8 optimizing
// those parsers for the rules' long sources (XRegExp spells \p{L} out as thousands of ranges).
// A form is keyed by what is compiled: the flags and the pattern with its pieces expanded. An edited
// rule, a custom rule set, or a piece generated from an edited corpus misses and is compiled as
// before. The table is stamped with a hash of the compiler's code and the versions of XRegExp, Node
// (major) and Unicode: a table another build (or another Node) made is not used.
import { engineStamp, readStamped, stampOf, writeStamped } from './stamped-file.js';
import { XREGEXP_VERSION } from './xregexp.js';

/** A compiled pattern as plain data (see compile.ts: compileForm and fromForm). */
export interface CompiledForm {
  /** XRegExp's native source. */
  source: string;
  /** The first-character guard put in front of the source ('' for none). */
  guard: string;
  groupNames: (string | null)[];
  /** Literals one of which every match contains (null: none found). */
  need: string[] | null;
  signs?: string[];
  starts?: { body: string; words: string[] };
}

interface TableFile { forms: [string, CompiledForm][] }

const TABLE_FILE = new URL('../precompiled-rules.json', import.meta.url);
/** The compiler's code. */
export const COMPILER_FILES = ['./compile.js'].map((f) => new URL(f, import.meta.url));

/** undefined: not read yet; null: none to use (no file, another build's, or unreadable). */
let table: Map<string, CompiledForm> | null | undefined;
let recording: Map<string, CompiledForm> | null = null;

const keyOf = (expanded: string, flags: string) => `${flags}\0${expanded}`;

/** The form of a pattern: from the table when it has it, else `compile()`'s. */
export function formFor(expanded: string, flags: string, compile: () => CompiledForm): CompiledForm {
  const key = keyOf(expanded, flags);
  if (table === undefined) table = readTable(TABLE_FILE, compilerStamp());
  const hit = table?.get(key);
  if (hit) return hit;
  const form = compile();
  recording?.set(key, form);
  return form;
}

/** What this build's compiler is: its code (compile.ts keeps everything a form depends
 *  on), XRegExp's version, Node's major (the regex syntax V8 accepts) and Unicode's (the guards
 *  test characters under the rule's case folding). Null when its code cannot be
 *  read, as when it runs from TypeScript sources. */
export function compilerStamp(files: readonly (URL | string)[] = COMPILER_FILES): string | null {
  return stampOf(files, [`xregexp ${XREGEXP_VERSION}`, engineStamp()]);
}

/** The table in `file` when it was made with `stamp`; null otherwise (no file, another build's, not
 *  readable): everything is then compiled as it comes, which is slower, never wrong. */
export function readTable(file: URL | string, stamp: string | null): Map<string, CompiledForm> | null {
  const data = readStamped<TableFile>(file, stamp);
  return data && Array.isArray(data.forms) ? new Map(data.forms) : null;
}

/** From now on every form is compiled (no table) and kept, for writeTable. */
export function startRecording(): void {
  table = null;
  recording = new Map();
}

/** Writes the forms recorded since startRecording, stamped; returns how many. */
export function writeTable(file: URL | string = TABLE_FILE, stamp: string | null = compilerStamp()): number {
  if (!recording) throw new Error('writeTable: nothing recorded (call startRecording first)');
  if (stamp === null) throw new Error('writeTable: the compiler code cannot be read');
  const data: TableFile = { forms: [...recording] };
  writeStamped(file, stamp, data);
  return recording.size;
}

/** Tests: use these forms as the table (null: none), or read the file again on next use (undefined). */
export function useTable(forms: Map<string, CompiledForm> | null | undefined): void {
  table = forms;
  recording = null;
}
