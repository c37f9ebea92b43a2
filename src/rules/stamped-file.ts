// The build's tables in dist/ (the precompiled rules, the expanded regions gazetteer): JSON files
// whose first field is a stamp, a hash of everything that made them. A reader that works out another
// stamp, or finds the file missing, unreadable or broken, gets null and does the work itself:
// slower, never different.
import crypto from 'node:crypto';
import fs from 'node:fs';

/** Node's major (the regex syntax V8 accepts) and Unicode's version (case mappings, \p classes). */
export function engineStamp(): string {
  return `node ${process.versions.node.split('.')[0]}\0unicode ${process.versions.unicode}`;
}

/** sha256 of the files' bytes and the strings, in order; null when a file cannot be read (as when
 *  code runs from TypeScript sources, which have no compiled file to hash). */
export function stampOf(files: readonly (URL | string)[], strings: readonly string[]): string | null {
  try {
    const h = crypto.createHash('sha256');
    for (const f of files) h.update(fs.readFileSync(f)).update('\0');
    for (const s of strings) h.update(s).update('\0');
    return h.digest('hex');
  } catch {
    return null;
  }
}

/** How a stamped file begins: JSON.stringify writes the stamp first (writeStamped). */
const headOf = (stamp: string) => `{"stamp":${JSON.stringify(stamp)},`;

/** The data of `file` when it was written with `stamp`; null otherwise. The stamp is compared before
 *  the file is parsed: a table for other inputs costs a few bytes read, not a parse. */
export function readStamped<T extends object>(file: URL | string, stamp: string | null): T | null {
  if (stamp === null || !fs.existsSync(file)) return null;
  try {
    const head = Buffer.from(headOf(stamp));
    const fd = fs.openSync(file, 'r');
    const got = Buffer.alloc(head.length);
    try { fs.readSync(fd, got, 0, head.length, 0); } finally { fs.closeSync(fd); }
    if (!got.equals(head)) return null;
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as T & { stamp?: string };
    return data.stamp === stamp ? data : null;
  } catch {
    return null;
  }
}

/** Writes `data` with `stamp` as its first field. */
export function writeStamped(file: URL | string, stamp: string, data: object): void {
  fs.writeFileSync(file, JSON.stringify({ stamp, ...data }));
}
