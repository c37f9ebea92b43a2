// The regions gazetteer of the built-in corpora, expanded at build time (scripts/postbuild.mjs writes
// dist/precompiled-regions.json): expanding ~300 units and places into ~27,000 case forms in three
// languages and scripts cost ~0.2 s, and ~0.35 s of CPU with V8's optimizing, at the start of every
// thread that extracts. The table holds the expansion's result, the trie the matcher walks, and is
// stamped with a hash of everything the expansion reads: the corpora's regions and places files
// (names and bytes), the code that expands them (regions.js and src/morph), Node's major and
// Unicode's version. A corpora folder that differs in one byte, another build or another Node
// expands as before: slower, never different.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { corpusFile } from './corpus.js';
import type { BuiltRegions, Entry, Node, Target } from './regions.js';

/** An entry as [target's index, cap] or [target's index, cap, exact]. */
type PackedEntry = [number, number] | [number, number, string];
/** A trie node: its entries (0: none), then its children as key, node, key, node, … */
type PackedNode = [PackedEntry[] | 0, ...(string | PackedNode)[]];

interface TableFile {
  stamp: string;
  units: BuiltRegions['units'];
  periods: BuiltRegions['periods'];
  stats: BuiltRegions['stats'];
  /** Each target once: entries of many forms share one (regions.ts compares them by identity). */
  targets: Target[];
  trie: PackedNode;
}

export const REGIONS_TABLE_FILE = new URL('../precompiled-regions.json', import.meta.url);
/** The code the expansion runs (compiled: from TypeScript sources there is no table). */
export const REGIONS_CODE_FILES = ['./regions.js', '../morph/kk.js', '../morph/ru.js'].map((f) => new URL(f, import.meta.url));

export interface TableOptions { file?: URL | string; codeFiles?: (URL | string)[] }

/** The stamp of what the expansion of `corporaDir` reads; null when a file cannot be read. */
export function regionsStamp(corporaDir: string, places: string[], codeFiles: (URL | string)[] = REGIONS_CODE_FILES): string | null {
  const regions = corpusFile(corporaDir, 'regions');
  if (!regions) return null;
  try {
    const h = crypto.createHash('sha256');
    for (const f of codeFiles) h.update(fs.readFileSync(f)).update('\0');
    h.update(`node ${process.versions.node.split('.')[0]}\0unicode ${process.versions.unicode}\0`);
    for (const f of [regions, ...places]) h.update(path.relative(corporaDir, f)).update('\0').update(fs.readFileSync(f)).update('\0');
    return h.digest('hex');
  } catch {
    return null;
  }
}

/** The expansion of `corporaDir` from the table, when the table was made from the same files by the
 *  same code; null otherwise (no table, another stamp, not readable). */
export function readRegionsTable(corporaDir: string, places: string[], options: TableOptions = {}): BuiltRegions | null {
  const file = options.file ?? REGIONS_TABLE_FILE;
  if (!fs.existsSync(file)) return null;
  const stamp = regionsStamp(corporaDir, places, options.codeFiles);
  if (stamp === null) return null;
  try {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as TableFile;
    return data.stamp === stamp ? unpack(data) : null;
  } catch {
    return null;
  }
}

/** Writes the expansion of `corporaDir` (built from `places`) with its stamp. */
export function writeRegionsTable(corporaDir: string, places: string[], built: BuiltRegions, options: TableOptions = {}): void {
  const stamp = regionsStamp(corporaDir, places, options.codeFiles);
  if (stamp === null) throw new Error('writeRegionsTable: the corpora or the expanding code cannot be read');
  const data: TableFile = { stamp, units: built.units, periods: built.periods, stats: built.stats, ...pack(built.root) };
  fs.writeFileSync(options.file ?? REGIONS_TABLE_FILE, JSON.stringify(data));
}

/** The trie as plain data, each target once. */
export function pack(root: Node): { targets: Target[]; trie: PackedNode } {
  const targets: Target[] = [];
  const index = new Map<Target, number>();
  const indexOf = (t: Target) => {
    let i = index.get(t);
    if (i === undefined) index.set(t, (i = targets.push(t) - 1));
    return i;
  };
  const packEntry = (e: Entry): PackedEntry => (e.exact === undefined ? [indexOf(e.target), e.cap] : [indexOf(e.target), e.cap, e.exact]);
  const packNode = (n: Node): PackedNode => {
    const out: PackedNode = [n.entries ? n.entries.map(packEntry) : 0];
    if (n.next) for (const [key, child] of n.next) out.push(key, packNode(child));
    return out;
  };
  return { targets, trie: packNode(root) };
}

function unpack(data: TableFile): BuiltRegions {
  const { targets } = data;
  const unpackNode = (p: PackedNode): Node => {
    const n: Node = {};
    const entries = p[0];
    if (entries !== 0) n.entries = entries.map(([t, cap, exact]): Entry => (exact === undefined ? { target: targets[t]!, cap } : { target: targets[t]!, cap, exact }));
    if (p.length > 1) {
      n.next = new Map();
      for (let i = 1; i < p.length; i += 2) n.next.set(p[i] as string, unpackNode(p[i + 1] as PackedNode));
    }
    return n;
  };
  return { units: data.units, periods: data.periods, stats: data.stats, root: unpackNode(data.trie) };
}
