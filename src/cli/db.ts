// Databases as the commands meet them: opening one to read (export, stats), and turning what the
// store or SQLite refuses into one line that names the file.
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { UserError } from './errors.js';

export async function openForReading(dbPath: string): Promise<Database.Database> {
  if (!fs.existsSync(dbPath)) throw new UserError(`--db ${dbPath}: no such database`);
  const { openDatabase } = await import('../store/db.js');
  try {
    return openDatabase(dbPath, { readonly: true });
  } catch (e) {
    throw await asUserError(e, dbPath, 'read');
  }
}

/**
 * A StoreError, or an SQLite error met while reading or writing `file` (read-only, locked, disk
 * full), as a UserError naming the file; any other error as it is (an internal error).
 */
export async function asUserError(e: unknown, file: string, doing: 'read' | 'write'): Promise<unknown> {
  const { StoreError, sqliteReason } = await import('../store/db.js');
  if (e instanceof StoreError) return new UserError(e.message);
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('SQLITE_')) {
    return new UserError(`cannot ${doing === 'read' ? 'read' : 'write to'} ${file}: ${sqliteReason(file, e)}`);
  }
  return e;
}
