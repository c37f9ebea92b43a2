// Opening a database for the read-only commands (export, stats): user errors name the file.
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { UserError } from './errors.js';

export async function openForReading(dbPath: string): Promise<Database.Database> {
  if (!fs.existsSync(dbPath)) throw new UserError(`--db ${dbPath}: no such database`);
  const { openDatabase, StoreError } = await import('../store/db.js');
  try {
    return openDatabase(dbPath, { readonly: true });
  } catch (e) {
    if (e instanceof StoreError) throw new UserError(e.message);
    throw e;
  }
}
