// What the command line names, turned into input paths one at a time: plain paths and `-` as
// given, glob patterns (`archive/2026-*/*.jsonl.gz`) expanded in sorted order, and a file list
// (`--from-list FILE`, one path per line, `#` comments) streamed line by line so that a list of a
// million files is never held whole.
import fs from 'node:fs';
import readline from 'node:readline';
import { glob, isDynamicPattern } from 'tinyglobby';

export type ExpandedInput = { kind: 'path'; path: string } | { kind: 'reject'; source: string; reason: string };

/** True when `input` is a glob pattern rather than a path that exists. */
export function isGlob(input: string): boolean {
  return input !== '-' && isDynamicPattern(input) && !fs.existsSync(input);
}

export async function* expandGlob(pattern: string): AsyncGenerator<ExpandedInput> {
  // The match list holds paths only (not content); sorted so that every run reads in one order.
  const matches = (await glob(pattern, { onlyFiles: true, absolute: false, dot: false, expandDirectories: false }))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (!matches.length) yield { kind: 'reject', source: pattern, reason: 'the pattern matches no file' };
  for (const m of matches) yield { kind: 'path', path: m };
}

/** The paths of a list file (`-` = stdin): one per line, blank lines and `#` comments skipped. */
export async function* readList(file: string, stdin: NodeJS.ReadableStream = process.stdin): AsyncGenerator<ExpandedInput> {
  let stream: NodeJS.ReadableStream;
  if (file === '-') stream = stdin;
  else {
    try {
      await fs.promises.access(file, fs.constants.R_OK);
    } catch {
      yield { kind: 'reject', source: file, reason: 'the file list cannot be read' };
      return;
    }
    stream = fs.createReadStream(file);
  }
  let n = 0;
  for await (const line of readline.createInterface({ input: stream, crlfDelay: Infinity })) {
    n++;
    const p = line.trim();
    if (!p || p.startsWith('#')) continue;
    // A list names files: stdin there would be read a second time (the list itself may be stdin).
    if (p === '-') yield { kind: 'reject', source: `${file === '-' ? 'stdin' : file}:${n}`, reason: 'a file list cannot name stdin (-)' };
    else if (isGlob(p)) yield* expandGlob(p);
    else yield { kind: 'path', path: p };
  }
}

/** Every input in command-line order, then the list file's. */
export async function* expandInputs(inputs: readonly string[], fromList?: string, stdin?: NodeJS.ReadableStream): AsyncGenerator<ExpandedInput> {
  for (const input of inputs) {
    if (isGlob(input)) yield* expandGlob(input);
    else yield { kind: 'path', path: input };
  }
  if (fromList) yield* readList(fromList, stdin);
}
