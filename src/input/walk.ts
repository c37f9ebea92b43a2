// Walks a folder recursively, streamed: one directory listing at a time (fs.opendir), names sorted
// per directory so that the order is the same on every machine, dotfiles and dot-folders skipped.
import fs from 'node:fs';
import path from 'node:path';

/**
 * The files read inside folders. `.json` is not among them on purpose: folders of articles often
 * hold JSON that is no article (gold files `*.gold.json`, fixtures' `*.expected.json`); a `.json`
 * file named on the command line is still read.
 */
export const FOLDER_EXTENSIONS = ['.txt', '.jsonl', '.jsonl.gz', '.ndjson', '.ndjson.gz'] as const;

export function isFolderArticleFile(name: string): boolean {
  const lower = name.toLowerCase();
  return FOLDER_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

export type WalkItem = { kind: 'file'; path: string } | { kind: 'error'; path: string; reason: string };

/** A short reason for a failed file-system call (no stack trace, no errno number). */
export function fsReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'ELOOP': return 'too many symbolic links';
    case 'EISDIR': return 'is a folder';
    case 'ENOTDIR': return 'not a folder';
    default: return `cannot read: ${(e as Error).message}`;
  }
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Article files under `dir`, depth first in sorted order; unreadable folders come out as errors. */
export async function* walkFolder(dir: string, ancestors: ReadonlySet<string> = new Set()): AsyncGenerator<WalkItem> {
  let real: string;
  let names: Array<{ name: string; type: 'dir' | 'file' | 'link' | 'other' }>;
  try {
    real = await fs.promises.realpath(dir);
    if (ancestors.has(real)) return; // a symbolic link back up the tree: already being read
    names = [];
    for await (const ent of await fs.promises.opendir(dir)) {
      if (ent.name.startsWith('.')) continue;
      names.push({ name: ent.name, type: ent.isDirectory() ? 'dir' : ent.isFile() ? 'file' : ent.isSymbolicLink() ? 'link' : 'other' });
    }
  } catch (e) {
    yield { kind: 'error', path: dir, reason: fsReason(e) };
    return;
  }
  names.sort((a, b) => byCodeUnits(a.name, b.name));
  const inside = new Set(ancestors).add(real);
  for (const { name, type } of names) {
    const child = path.join(dir, name);
    let t = type;
    if (t === 'link') {
      try {
        const st = await fs.promises.stat(child);
        t = st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'other';
      } catch (e) {
        if (isFolderArticleFile(name)) yield { kind: 'error', path: child, reason: fsReason(e) };
        continue;
      }
    }
    if (t === 'dir') yield* walkFolder(child, inside);
    else if (t === 'file' && isFolderArticleFile(name)) yield { kind: 'file', path: child };
  }
}
