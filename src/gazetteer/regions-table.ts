// The regions gazetteer of the built-in corpora, expanded at build time (scripts/postbuild.mjs writes
// dist/precompiled-regions.json): expanding ~300 units and places into ~27,000 case forms in three
// languages and scripts cost ~0.2 s, and ~0.35 s of CPU with V8's optimizing, at the start of every
// thread that extracts. The table holds the expansion's result, the trie the matcher walks. It is
// stamped with a hash of the corpora's regions and places files (names and bytes), of the code that
// reads and expands them (this file, regions.ts, corpus.ts, the YAML reader, src/morph), of the
// versions of zod and js-yaml, and of Node's major and Unicode's version. A corpora folder that
// differs in one byte, another build or another Node expands as before: slower, never different.
import { createRequire } from 'node:module';
import path from 'node:path';
import { corpusFile } from './corpus.js';
import type { BuiltRegions, Entry, Node, Target, Validity } from './regions.js';
import { engineStamp, readStamped, stampOf, writeStamped } from '../rules/stamped-file.js';

/** An entry as [target's index, cap] or [target's index, cap, exact]. */
type PackedEntry = [number, number] | [number, number, string];
/** A trie node: its entries (0: none), then its children as key, node, key, node, … */
type PackedNode = [PackedEntry[] | 0, ...(string | PackedNode)[]];
/** A target with its validity list as an index into `validities`. */
type PackedTarget = Omit<Target, 'in'> & { in: number };

interface TableData {
  units: BuiltRegions['units'];
  periods: BuiltRegions['periods'];
  stats: BuiltRegions['stats'];
  /** Each validity list once: the targets of one place share it. */
  validities: Validity[][];
  /** Each target once: the entries of many forms share one (regions.ts compares them by identity). */
  targets: PackedTarget[];
  trie: PackedNode;
}

export const REGIONS_TABLE_FILE = new URL('../precompiled-regions.json', import.meta.url);
/** The code that reads and expands the corpora, compiled (from TypeScript sources there is no table). */
export const REGIONS_CODE_FILES = ['./regions-table.js', './regions.js', './corpus.js', '../rules/yaml.js', '../morph/kk.js', '../morph/ru.js']
  .map((f) => new URL(f, import.meta.url));

const require = createRequire(import.meta.url);
const LIBRARIES = ['zod', 'js-yaml'].map((name) => `${name} ${(require(`${name}/package.json`) as { version: string }).version}`);

export interface TableOptions { file?: URL | string; codeFiles?: readonly (URL | string)[] }

/** The stamp of what the expansion of `corporaDir` reads; null when a file cannot be read. */
export function regionsStamp(corporaDir: string, places: string[], codeFiles: readonly (URL | string)[] = REGIONS_CODE_FILES): string | null {
  const regions = corpusFile(corporaDir, 'regions');
  if (!regions) return null;
  const data = [regions, ...places];
  return stampOf([...codeFiles, ...data], [...LIBRARIES, engineStamp(), ...data.map((f) => path.relative(corporaDir, f))]);
}

/** The expansion of `corporaDir` from the table, when the table was made from the same files by the
 *  same code; null otherwise (no table, another stamp, not readable, not the shape written). */
export function readRegionsTable(corporaDir: string, places: string[], options: TableOptions = {}): BuiltRegions | null {
  const data = readStamped<TableData>(options.file ?? REGIONS_TABLE_FILE, regionsStamp(corporaDir, places, options.codeFiles));
  if (!data) return null;
  try {
    return unpack(data);
  } catch {
    return null;
  }
}

/** Writes the expansion `built` with `stamp`: regionsStamp worked out before the expansion read the
 *  files, so that a file edited meanwhile leaves a table no run will use. */
export function writeRegionsTable(stamp: string, built: BuiltRegions, file: URL | string = REGIONS_TABLE_FILE): void {
  const data: TableData = { units: built.units, periods: built.periods, stats: built.stats, ...pack(built.root) };
  writeStamped(file, stamp, data);
}

/** The trie as plain data, each target and validity list once. */
function pack(root: Node): Pick<TableData, 'validities' | 'targets' | 'trie'> {
  const validities: Validity[][] = [];
  const validityIndex = new Map<Validity[], number>();
  const targets: PackedTarget[] = [];
  const targetIndex = new Map<Target, number>();
  const indexOf = <T, P>(map: Map<T, number>, list: P[], item: T, packed: () => P) => {
    let i = map.get(item);
    if (i === undefined) map.set(item, (i = list.push(packed()) - 1));
    return i;
  };
  const targetOf = (t: Target) => indexOf(targetIndex, targets, t, () => ({ ...t, in: indexOf(validityIndex, validities, t.in, () => t.in) }));
  const packEntry = (e: Entry): PackedEntry => (e.exact === undefined ? [targetOf(e.target), e.cap] : [targetOf(e.target), e.cap, e.exact]);
  const packNode = (n: Node): PackedNode => {
    const out: PackedNode = [n.entries ? n.entries.map(packEntry) : 0];
    if (n.next) for (const [key, child] of n.next) out.push(key, packNode(child));
    return out;
  };
  return { validities, targets, trie: packNode(root) };
}

/** The expansion from the table's data; throws on a shape it did not write. */
function unpack(data: TableData): BuiltRegions {
  const { units, periods, stats, validities, trie } = data;
  if (![units, periods, validities, data.targets, trie].every(Array.isArray) || typeof stats !== 'object' || stats === null) throw new Error('not a regions table');
  const at = <T>(list: T[], i: unknown): T => {
    if (typeof i !== 'number' || !(i >= 0 && i < list.length)) throw new Error('index out of range');
    return list[i]!;
  };
  const targets: Target[] = data.targets.map((t) => ({ ...t, in: at(validities, t.in) }));
  const unpackEntry = (e: PackedEntry): Entry => (e[2] === undefined ? { target: at(targets, e[0]), cap: e[1] } : { target: at(targets, e[0]), cap: e[1], exact: e[2] });
  const unpackNode = (p: PackedNode): Node => {
    const n: Node = {};
    if (p[0] !== 0) n.entries = p[0].map(unpackEntry);
    if (p.length > 1) {
      n.next = new Map();
      for (let i = 1; i < p.length; i += 2) n.next.set(p[i] as string, unpackNode(p[i + 1] as PackedNode));
    }
    return n;
  };
  return { units, periods, stats, root: unpackNode(trie) };
}
