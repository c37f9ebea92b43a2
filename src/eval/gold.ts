// Gold files: the records of one article with spans given as surface + occurrence (the n-th
// occurrence of that exact string in the text), as in ../shared/seeds/*.gold.json and fixtures/.
import fs from 'node:fs';
import path from 'node:path';
import type { Lang, Script } from '../types.js';

export interface GoldSpan { surface: string; occurrence?: number }
export interface GoldFigure extends GoldSpan { kind: string; value: number; qualifier?: string; unit?: string | null; object?: string | null }
export interface GoldRegion extends GoldSpan { code: string; via?: string | null }
export interface GoldOfficial { person: string; position?: string | null; role?: string | null; mentions?: GoldSpan[] }
export interface GoldDirective extends GoldSpan { issuer?: string | null; verb?: string; deadline?: string | null; reference?: boolean }

export interface Gold {
  source?: string;
  date?: string | null;
  title?: string | null;
  lang: Lang;
  script?: Script;
  officials?: GoldOfficial[];
  regions?: GoldRegion[];
  figures?: GoldFigure[];
  directives?: GoldDirective[];
}

export interface GoldDoc {
  /** File name without extension: predictions are matched to gold by it. */
  base: string;
  txtFile: string;
  gold: Gold;
  /** The article text (header marker removed), where gold spans are located when a prediction has none. */
  text: string;
}

export const GOLD_SUFFIXES = ['.gold.json', '.expected.json'];

const stripHeader = (t: string) => t.replace(/^ date \d{4}-\d{2}-\d{2} /, '');

/** Finds every <name>.gold.json / <name>.expected.json with its <name>.txt beside it, recursively. */
export function loadGoldDir(dir: string): GoldDoc[] {
  const out: GoldDoc[] = [];
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) { walk(full); continue; }
      const suffix = GOLD_SUFFIXES.find((s) => entry.name.endsWith(s));
      if (!suffix) continue;
      const base = entry.name.slice(0, -suffix.length);
      const txtFile = path.join(d, `${base}.txt`);
      if (!fs.existsSync(txtFile)) continue;
      const gold = JSON.parse(fs.readFileSync(full, 'utf8')) as Gold;
      out.push({ base, txtFile, gold, text: stripHeader(fs.readFileSync(txtFile, 'utf8')) });
    }
  };
  walk(dir);
  return out;
}

/** [start, end) of the n-th (1-based) occurrence of `surface` in `text`, or null. */
export function locate(text: string, surface: string, occurrence = 1): [number, number] | null {
  let from = 0, idx = -1;
  for (let k = 0; k < occurrence; k++) {
    idx = text.indexOf(surface, from);
    if (idx < 0) return null;
    from = idx + 1;
  }
  return [idx, idx + surface.length];
}

/** The key results are grouped by: the language, with `-Latn` for Latin-script Kazakh. */
export function langKey(gold: Gold): string {
  return gold.lang + (gold.lang === 'kk' && gold.script === 'Latn' ? '-Latn' : '');
}
