// Reading one YAML file (rules and corpora alike), with a RuleFileError naming the file when it
// cannot be read or parsed. Its own module so that readers of corpora (the months of a dateline,
// read by ingest's main thread) do not load the rule compiler (XRegExp, the ReDoS checker): ~0.6 s.
import fs from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { RuleFileError } from './errors.js';

export function readYaml(file: string): unknown {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new RuleFileError(file, `cannot read: ${(e as Error).message}`);
  }
  try {
    return parseYaml(raw);
  } catch (e) {
    throw new RuleFileError(file, `not valid YAML: ${(e as Error).message}`);
  }
}
