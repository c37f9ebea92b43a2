// derek eval must score exactly like ../shared/tools/score.mjs (the project is judged by it).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGoldDir, locate, type GoldDoc } from '../../src/eval/gold.js';
import { formatScore, score, type Prediction } from '../../src/eval/score.js';

const FIXTURES = path.resolve(__dirname, '../../fixtures');
const SHARED_SCORER = path.resolve(__dirname, '../../../shared/tools/score.mjs');

/** A prediction that reproduces the gold exactly. */
function perfect(g: GoldDoc): Prediction {
  const span = (s: { surface: string; occurrence?: number }) => locate(g.text, s.surface, s.occurrence) ?? [0, 0];
  return {
    source: g.txtFile, lang: g.gold.lang, script: g.gold.script, text: g.text,
    figures: (g.gold.figures ?? []).map((f) => { const [start, end] = span(f); return { ...f, start, end }; }),
    regions: (g.gold.regions ?? []).map((r) => { const [start, end] = span(r); return { ...r, start, end }; }),
    officials: g.gold.officials ?? [],
    directives: (g.gold.directives ?? []).map((d) => { const [start, end] = span(d); return { ...d, start, end }; }),
  };
}

/** Deterministic damage: drop every third figure, shift a region's code, rename an official, add an extra directive. */
function damaged(g: GoldDoc): Prediction {
  const p = perfect(g);
  p.figures = p.figures!.filter((_, i) => i % 3 !== 1).map((f, i) => (i === 0 ? { ...f, qualifier: 'approx' } : f));
  if (p.regions!.length) p.regions![0] = { ...p.regions![0]!, code: 'KZ-99' };
  if (p.officials!.length) p.officials![0] = { ...p.officials![0]!, person: 'Someone Else' };
  p.directives!.push({ start: 0, end: 3, verb: 'extra', issuer: null, deadline: null });
  return p;
}

describe('score', () => {
  const golds = loadGoldDir(FIXTURES);

  it('finds the seed fixtures', () => {
    expect(golds.length).toBeGreaterThanOrEqual(5);
  });

  it('gives F1 = 1 for predictions equal to the gold', () => {
    const r = score(golds, golds.map(perfect));
    for (const k of ['figures', 'regions', 'officials'] as const) expect(r.byKind[k].F1).toBe(1);
    expect(r.byKind.directives.fp).toBe(0);
    expect(r.byKind.directives.fn).toBe(0);
    expect(r.lang.ok).toBe(golds.length);
  });

  it('counts a missing article as all false negatives', () => {
    const r = score(golds, golds.slice(1).map(perfect));
    expect(r.missingDocs).toBe(1);
    expect(r.byKind.figures.fn).toBe((golds[0]!.gold.figures ?? []).length);
  });

  it.skipIf(!fs.existsSync(SHARED_SCORER))('prints the same table as ../shared/tools/score.mjs', () => {
    const preds = golds.map(damaged);
    const ours = formatScore(score(golds, preds), true);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'derek-score-'));
    const predFile = path.join(dir, 'pred.jsonl');
    fs.writeFileSync(predFile, preds.map((p) => JSON.stringify(p)).join('\n'));
    // score.mjs wants <name>.gold.json beside <name>.txt
    const goldDir = path.join(dir, 'gold');
    fs.mkdirSync(goldDir);
    for (const g of golds) {
      fs.copyFileSync(g.txtFile, path.join(goldDir, `${g.base}.txt`));
      fs.writeFileSync(path.join(goldDir, `${g.base}.gold.json`), JSON.stringify(g.gold));
    }
    const theirs = execFileSync('node', [SHARED_SCORER, '--gold', goldDir, '--pred', predFile, '--misses'], { encoding: 'utf8' });
    expect(ours.split('\n').sort()).toEqual(theirs.trim().split('\n').sort());
  });
});
