// Custom rule sets (--rules DIR, DEREK_RULES): a folder laid out like rules/ that overrides or
// extends the built-in set without a rebuild. A rule in the custom folder with the id of a
// built-in rule replaces it; a new id is added; pieces with the same name replace the built-in
// piece. A folder with `ruleset.yaml` saying `extends: false` stands alone instead.
import fs from 'node:fs';
import path from 'node:path';
import { readYaml } from './yaml.js';
import { BUILTIN_CORPORA, BUILTIN_RULES } from '../paths.js';
import { RuleFileError } from './errors.js';

export const RULESET_FILE = 'ruleset.yaml';

const same = (a: string, b: string) => path.resolve(a) === path.resolve(b);

/** True for the built-in rules folder (whose rules are vetted by `derek rules lint` in CI). */
export function isBuiltinRules(dir: string): boolean {
  return same(dir, BUILTIN_RULES);
}

const extendsCache = new Map<string, boolean>();

/** Whether a custom folder extends the built-in set (the default) or stands alone. */
export function extendsBuiltin(dir: string): boolean {
  if (isBuiltinRules(dir)) return false;
  const key = path.resolve(dir);
  const hit = extendsCache.get(key);
  if (hit !== undefined) return hit;
  const file = path.join(dir, RULESET_FILE);
  let ext = true;
  if (fs.existsSync(file)) {
    const doc = readYaml(file);
    const value = (doc as { extends?: unknown } | null)?.extends;
    if (value !== undefined && typeof value !== 'boolean') throw new RuleFileError(file, '`extends` must be true or false');
    ext = value !== false;
  }
  extendsCache.set(key, ext);
  return ext;
}

/** The folders of a rule set, base first: [built-in, custom] for an extending custom set. */
export function ruleLayers(rulesDir: string): string[] {
  return extendsBuiltin(rulesDir) ? [BUILTIN_RULES, path.resolve(rulesDir)] : [path.resolve(rulesDir)];
}

/**
 * The files one rules file stands for across layers, base first: for `<custom>/kk/figures.yaml`
 * of an extending set, the built-in `rules/kk/figures.yaml` then the custom one (each if it exists).
 */
export function layerFiles(file: string): string[] {
  const langDir = path.dirname(file);
  const root = path.dirname(langDir);
  const rel = path.relative(root, file);
  if (!extendsBuiltin(root)) return fs.existsSync(file) ? [file] : [];
  return [path.join(BUILTIN_RULES, rel), file].filter((f) => fs.existsSync(f));
}

/** Whether a file belongs to the built-in rules or corpora (en/deadlines.yaml is a rules file): custom
 *  files get the load-time backtracking check; `derek rules lint` checks the built-in ones in CI. */
export function isBuiltinFile(file: string): boolean {
  return [BUILTIN_RULES, BUILTIN_CORPORA].some((dir) => {
    const rel = path.relative(dir, path.resolve(file));
    return !rel.startsWith('..') && !path.isAbsolute(rel);
  });
}

export function clearRulesetCache(): void {
  extendsCache.clear();
}
