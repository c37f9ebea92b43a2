// Versions written into each run and article: derek's package version, and a short hash of the
// rule set and corpora that produced the records (so a database says what made its rows).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../paths.js';
import type { StageContext } from '../stage.js';

let packageVersionCache: string | undefined;

export function packageVersion(): string {
  if (packageVersionCache === undefined) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version?: string };
      packageVersionCache = pkg.version ?? '0.0.0';
    } catch {
      packageVersionCache = '0.0.0';
    }
  }
  return packageVersionCache;
}

const DATA_FILE = /\.(ya?ml|json)$/i;

/** Data files under `dir` (recursive, sorted, the demo `samples/` folder left out). */
function dataFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) { if (e.name !== 'samples' && !e.name.startsWith('.')) walk(p); }
      else if (DATA_FILE.test(e.name)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** `<package version>+<12 hex of the rules and corpora files>`: changes whenever a rule or gazetteer does. */
export function rulesVersion(ctx: Pick<StageContext, 'rulesDir' | 'corporaDir'>): string {
  const h = createHash('sha256');
  for (const [label, dir] of [['rules', ctx.rulesDir], ['corpora', ctx.corporaDir]] as const) {
    for (const file of dataFiles(dir)) {
      h.update(`${label}/${path.relative(dir, file).split(path.sep).join('/')}\0`);
      h.update(fs.readFileSync(file));
      h.update('\0');
    }
  }
  return `${packageVersion()}+${h.digest('hex').slice(0, 12)}`;
}
