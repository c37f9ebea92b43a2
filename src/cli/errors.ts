// How the CLI reports problems: a user error is one clear line naming the input and the reason
// (exit 2); a rejected input is one line on stderr while the run goes on. Stack traces only with
// DEREK_DEBUG=1.
import { InvalidArgumentError } from 'commander';
import { RuleFileError } from '../rules/errors.js';

/** A mistake in how derek was called or what it was given. */
export class UserError extends Error {
  override name = 'UserError';
}

export const EXIT = { ok: 0, rejected: 1, fatal: 2 } as const;

export function reportReject(source: string, reason: string): void {
  process.stderr.write(`derek: rejected ${source}: ${reason}\n`);
}

/** Wraps a command action: user errors print one line and exit 2; anything else too, with the stack on DEREK_DEBUG. */
export function guarded<A extends unknown[]>(action: (...args: A) => Promise<number | void> | number | void) {
  return async (...args: A): Promise<void> => {
    try {
      const code = await action(...args);
      if (typeof code === 'number') process.exitCode = code;
    } catch (e) {
      const err = e as Error;
      const known = err instanceof UserError || err instanceof RuleFileError || (err as NodeJS.ErrnoException).code === 'ENOENT';
      process.stderr.write(`derek: ${known ? '' : 'internal error: '}${err.message}\n`);
      if (process.env.DEREK_DEBUG) process.stderr.write(`${err.stack}\n`);
      process.exitCode = EXIT.fatal;
    }
  };
}

/** A YYYY-MM-DD option value, checked (commander reports InvalidArgumentError as a usage error). */
export function parseDateOption(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new InvalidArgumentError(`not a date (YYYY-MM-DD): ${value}`);
  }
  // Date.parse rolls 2026-02-31 over to 2026-03-03: only a day that survives the round trip exists.
  if (new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw new InvalidArgumentError(`no such day in the calendar: ${value}`);
  }
  return value;
}
