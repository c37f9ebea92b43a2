// The export filters, checked against what derek stores: a language it never stores is a usage
// error (an empty export would look like "no records"); a region no record names earns a warning.
import type Database from 'better-sqlite3';
import type { Lang } from '../types.js';
import { UserError } from './errors.js';

export const LANGUAGES: readonly Lang[] = ['kk', 'ru', 'en'];

export function checkLanguage(lang: string | undefined): void {
  if (lang !== undefined && !(LANGUAGES as readonly string[]).includes(lang)) {
    throw new UserError(`--lang ${lang}: not a language derek stores (expected one of ${LANGUAGES.join(', ')})`);
  }
}

/** A warning when no stored region record has `region` as its code or name (else null). */
export function unknownRegionWarning(db: Database.Database, region: string | undefined): string | null {
  if (region === undefined) return null;
  const stored = (value: string) => db.prepare(`SELECT 1 FROM regions WHERE code = ? OR name = ? LIMIT 1`).get(value, value) !== undefined;
  if (stored(region)) return null;
  const upper = region.toUpperCase();
  const hint = upper !== region && stored(upper) ? ` (did you mean ${upper}?)` : '';
  return `--region ${region}: no stored record names this region${hint}`;
}
