// Reading one YAML file (rules and corpora alike), with a RuleFileError naming the file when it
// cannot be read or parsed. Its own module so that readers of corpora (the months of a dateline,
// read by ingest's main thread) do not load the rule compiler (XRegExp, the ReDoS checker): ~0.6 s.
// Parsed with js-yaml: every thread that extracts parses ~250 KB of rules and corpora at start, and
// js-yaml does it in ~0.15 s of CPU where `yaml` took ~0.5 (its parser is also what V8 spends the
// start compiling). `derek rules lint` keeps `yaml` for the line of each node; a test holds the two
// to the same values on every file in rules/ and corpora/.
import fs from 'node:fs';
import { load, CORE_SCHEMA, YAMLException } from 'js-yaml';
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
export function parseYamlText(file: string, raw: string, what = 'not valid YAML'): unknown {
  try {
    // YAML 1.2's core schema: `2026-01-14` and `no` stay strings, as with `yaml`. (js-yaml reads
    // `1_000` and `0b101` as numbers, which `yaml` reads as strings; no shipped file has them.)
    return load(raw, { schema: CORE_SCHEMA, filename: file }) ?? null;
  } catch (e) {
    throw new RuleFileError(file, `${what}: ${yamlErrorText(e)}`);
  }
}

/** One line: what is wrong and where (js-yaml's own message adds a multi-line excerpt). */
function yamlErrorText(e: unknown): string {
  if (e instanceof YAMLException) {
    const at = e.mark ? ` at line ${e.mark.line + 1}, column ${e.mark.column + 1}` : '';
    return `${e.reason}${at}`;
  }
  return (e as Error).message;
}
