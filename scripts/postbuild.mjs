// After tsc: makes the compiled CLI executable (so `npx derek` works after `npm install`), and writes
// - dist/precompiled-regions.json, the regions gazetteer of the built-in corpora expanded into its
//   case forms (see src/gazetteer/regions-table.ts);
// - dist/precompiled-rules.json, the compiled forms of the built-in rules (see src/rules/precompiled.ts):
//   every fixture and sample article is extracted once with a recording compiler, which meets every
//   rule file of every language and the pieces extractors generate from the corpora.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'dist/cli/main.js');
if (fs.existsSync(bin)) fs.chmodSync(bin, 0o755);

const corporaDir = path.join(root, 'corpora');
{
  const { buildRegions, placeFiles } = await import('../dist/gazetteer/regions.js');
  const { regionsStamp, writeRegionsTable } = await import('../dist/gazetteer/regions-table.js');
  // Like a broken rule, a broken corpora file must not break the build: tests and lint report it.
  try {
    const places = placeFiles(corporaDir);
    const stamp = regionsStamp(corporaDir, places);
    if (stamp === null) throw new Error('the regions corpus or the code that expands it cannot be read');
    const built = buildRegions(corporaDir, places);
    writeRegionsTable(stamp, built);
    console.log(`postbuild: ${built.stats.forms} place forms expanded → dist/precompiled-regions.json`);
  } catch (e) {
    fs.rmSync(path.join(root, 'dist/precompiled-regions.json'), { force: true });
    console.warn(`postbuild: warning: ${e instanceof Error ? e.message : String(e)}`);
  }
}

const { startRecording, writeTable } = await import('../dist/rules/precompiled.js');
startRecording();
const { readInputs } = await import('../dist/input/read.js');
const { processArticle } = await import('../dist/pipeline.js');
const { defaultContext } = await import('../dist/context.js');
// the built-in rules and corpora whatever DEREK_RULES says, in this thread (the recording is this thread's)
const ctx = defaultContext({ rulesDir: path.join(root, 'rules'), corporaDir, timeCapMs: 0 });
let articles = 0;
const problems = new Set();
for await (const item of readInputs([path.join(root, 'fixtures'), path.join(root, 'corpora/samples')])) {
  if (item.kind !== 'article') continue;
  // A broken rule must not break the build: the tests and `derek rules lint` report it, and the
  // rules it stopped are compiled when they load, as rules missing from the table are.
  try {
    processArticle(item.article, ctx);
    articles++;
  } catch (e) {
    problems.add(e instanceof Error ? e.message : String(e));
  }
}
for (const p of problems) console.warn(`postbuild: warning: ${p}`);
const forms = writeTable();
console.log(`postbuild: ${forms} rule patterns precompiled from ${articles} articles → dist/precompiled-rules.json`);
