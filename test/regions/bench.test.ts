// The matcher's cost: building the gazetteer once, then matching a press release, must stay a
// small share of the pipeline (measured ~0.6 s to build, ~1 ms per seed article on this machine).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { regionsGazetteer } from '../../src/gazetteer/regions.js';
import { findPlaces } from '../../src/extract/regions.js';
import { defaultContext } from '../../src/context.js';

const SEEDS = path.resolve(__dirname, '../../../shared/seeds');

describe('regions matcher cost', () => {
  it('matches an article in well under 25 ms', () => {
    const g = regionsGazetteer(defaultContext().corporaDir);
    expect(g.stats.units).toBe(20);
    expect(g.stats.forms).toBeGreaterThan(10_000);
    const texts = fs.existsSync(SEEDS) ? fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(SEEDS, f), 'utf8')) : [];
    const sample = texts.length ? texts : ['Қызылорда облысында кеңес өтті. '.repeat(200)];
    const rounds = 10;
    const t0 = performance.now();
    for (let k = 0; k < rounds; k++) for (const t of sample) findPlaces(g, t, '2025-01-01');
    const perArticle = (performance.now() - t0) / (rounds * sample.length);
    expect(perArticle).toBeLessThan(25);
  });
});
