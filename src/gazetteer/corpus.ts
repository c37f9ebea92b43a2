// Reads corpora files (YAML or JSON) once per process; entries are data with ids.
import fs from 'node:fs';
import path from 'node:path';
import { readYaml } from '../rules/yaml.js';
import { RuleFileError } from '../rules/errors.js';

const cache = new Map<string, unknown>();

/** corpora/<name>.yaml (or .json), parsed; throws RuleFileError naming the file when absent or invalid. */
export function loadCorpus<T = unknown>(corporaDir: string, name: string): T {
  const key = `${corporaDir}\0${name}`;
  if (cache.has(key)) return cache.get(key) as T;
  const file = corpusFile(corporaDir, name);
  if (!file) throw new RuleFileError(path.join(corporaDir, name), 'corpus file not found (.yaml or .json)');
  let data: unknown;
  if (file.endsWith('.json')) {
    try { data = JSON.parse(fs.readFileSync(file, 'utf8')); } catch (e) { throw new RuleFileError(file, `not valid JSON: ${(e as Error).message}`); }
  } else data = readYaml(file);
  cache.set(key, data);
  return data as T;
}

/** The file corpora/<name> is read from: .yaml, .yml or .json, the first that exists. */
export function corpusFile(corporaDir: string, name: string): string | undefined {
  return [`${name}.yaml`, `${name}.yml`, `${name}.json`].map((f) => path.join(corporaDir, f)).find((f) => fs.existsSync(f));
}

export function clearCorpusCache(): void {
  cache.clear();
}
