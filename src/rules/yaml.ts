// Reading one YAML file (rules and corpora alike), with a RuleFileError naming the file when it
// cannot be read or parsed. Its own module so that readers of corpora (the months of a dateline,
// read by ingest's main thread) do not load the rule compiler (XRegExp, the ReDoS checker): ~0.6 s.
import fs from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { RuleFileError } from './errors.js';

export function readYaml(file: string): unknown {
  return parseYamlText(file, readText(file));
}

/** A file's text; a RuleFileError naming the file when it cannot be read. */
export function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new RuleFileError(file, `cannot read: ${(e as Error).message}`);
  }
}

/** YAML text already read from `file`, parsed; a RuleFileError naming the file when it is not valid. */
export function parseYamlText(file: string, raw: string): unknown {
  try {
    return parseYaml(raw);
  } catch (e) {
    throw new RuleFileError(file, `not valid YAML: ${(e as Error).message}`);
  }
}
