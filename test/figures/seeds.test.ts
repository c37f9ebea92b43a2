// The seeds (../shared/seeds) as a regression floor for figures: per language, F1 ≥ 0.95 with
// score.mjs's matching (kind + value + overlapping span) and qualifiers right on ≥ 0.95 of matches.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { PACKAGE_ROOT } from '../../src/paths.js';

const SEEDS = path.resolve(PACKAGE_ROOT, '../shared/seeds');
const TODAY = '2026-01-15';

interface GoldFigure { kind: string; value: number; qualifier?: string; surface: string; occurrence?: number }

function locate(text: string, surface: string, occurrence = 1): [number, number] | null {
  let from = 0, idx = -1;
  for (let k = 0; k < occurrence; k++) { idx = text.indexOf(surface, from); if (idx < 0) return null; from = idx + 1; }
  return [idx, idx + surface.length];
}

const files = fs.existsSync(SEEDS) ? fs.readdirSync(SEEDS).filter((f) => f.endsWith('.gold.json')) : [];

describe.skipIf(!files.length)('figures on the seeds', { timeout: 60_000 }, () => {
  const tally: Record<string, { tp: number; fp: number; fn: number; qual: number }> = {};
  for (const f of files) {
    const gold = JSON.parse(fs.readFileSync(path.join(SEEDS, f), 'utf8')) as { lang: string; figures: GoldFigure[] };
    const raw = fs.readFileSync(path.join(SEEDS, f.replace('.gold.json', '.txt')), 'utf8');
    const rec = extract(raw, { source: f, context: { today: TODAY } });
    const t = (tally[gold.lang] ??= { tp: 0, fp: 0, fn: 0, qual: 0 });
    const used = new Set<number>();
    for (const g of gold.figures) {
      const span = locate(rec.text, g.surface, g.occurrence);
      const i = rec.figures.findIndex((p, j) => !used.has(j) && !!span && p.start < span[1] && span[0] < p.end && p.kind === g.kind && Math.abs(p.value - g.value) <= 1e-6 * Math.max(1, Math.abs(g.value)));
      if (i >= 0) { used.add(i); t.tp++; if (rec.figures[i]!.qualifier === (g.qualifier ?? 'exact')) t.qual++; } else t.fn++;
    }
    t.fp += rec.figures.length - used.size;
  }
  it.each(['kk', 'ru'])('%s: F1 ≥ 0.95, qualifiers ≥ 0.95', (lang) => {
    const t = tally[lang]!;
    const P = t.tp / (t.tp + t.fp), R = t.tp / (t.tp + t.fn);
    expect(2 * P * R / (P + R)).toBeGreaterThanOrEqual(0.95);
    expect(t.qual / t.tp).toBeGreaterThanOrEqual(0.95);
  });
});
