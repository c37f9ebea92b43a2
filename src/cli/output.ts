// Where a streaming command writes: stdout, or a file opened before anything is written. A file
// that cannot be opened or written is one line naming it; a write error ends the command instead
// of leaving it waiting for a 'drain' that never comes (Node then exits 13 without a word).
import fs from 'node:fs';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { UserError } from './errors.js';

export interface Output {
  /** Writes with backpressure: waits while the stream's buffer is full, so memory stays small. */
  write(s: string): Promise<void>;
  /** Flushes and closes a file (stdout stays open). */
  close(): Promise<void>;
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such folder',
  ENOTDIR: 'no such folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
};

function cannotWrite(file: string, e: unknown): UserError {
  const err = e as NodeJS.ErrnoException;
  return new UserError(`cannot write ${file}: ${REASONS[err.code ?? ''] ?? err.message}`);
}

/** Opens `file` for writing (created or truncated), or stdout when no file is given. */
export function openOutput(file: string | undefined): Output {
  if (file === undefined) return streamOutput(process.stdout, (e) => e);
  let fd: number;
  try {
    fd = fs.openSync(file, 'w');
  } catch (e) {
    throw cannotWrite(file, e);
  }
  return streamOutput(fs.createWriteStream(file, { fd }), (e) => cannotWrite(file, e), true);
}

function streamOutput(stream: Writable, explain: (e: unknown) => unknown, closes = false): Output {
  let failure: unknown = null;
  // Listened to from the start: an error between two writes is kept for the next one.
  const onError = (e: unknown) => { failure ??= e; };
  stream.on('error', onError);
  const errorOf = () => failure ?? stream.errored ?? null;
  // A stream closed under us (a reader gone) takes no more writes.
  const failed = () => errorOf() ?? (stream.destroyed ? new Error('the output was closed') : null);
  return {
    async write(s) {
      if (failed()) throw explain(failed());
      if (stream.write(s)) return;
      await new Promise<void>((resolve, reject) => {
        const done = (e?: unknown) => {
          stream.off('drain', done);
          stream.off('error', done);
          stream.off('close', done);
          const why = e ?? failed();
          if (why) reject(explain(why)); else resolve();
        };
        stream.on('drain', done);
        stream.on('error', done);
        stream.on('close', done);
      });
    },
    async close() {
      if (!closes) {
        stream.off('error', onError);
        return;
      }
      if (!errorOf()) stream.end();
      try {
        await finished(stream);
      } catch (e) {
        throw explain(failure ?? e);
      }
      if (errorOf()) throw explain(errorOf());
    },
  };
}
