// YAML read with the line of every node, for messages that point at `file:line` (`derek rules lint`,
// a rule file the schema refuses). `yaml` is loaded on first use: a thread that only extracts reads
// its files with js-yaml (yaml.ts) and never needs it (~50 ms of CPU to load).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Node } from 'yaml';

type YamlLib = typeof import('yaml');
const require = createRequire(import.meta.url);
let lib: YamlLib | null = null;
const yamlLib = (): YamlLib => (lib ??= require('yaml') as YamlLib);

export interface ParsedYaml {
  data: unknown;
  /** 1-based line of the node at a path (or of its nearest existing parent). */
  lineAt(p: readonly PropertyKey[]): number | undefined;
  errors: { line?: number; message: string }[];
}

/** Parses YAML keeping positions, so schema problems can be reported by line. */
export function parseYamlWithLines(raw: string): ParsedYaml {
  const { LineCounter, parseDocument, isNode } = yamlLib();
  const lc = new LineCounter();
  const doc = parseDocument(raw, { lineCounter: lc, uniqueKeys: true });
  const errors = doc.errors.map((e) => ({ line: e.linePos?.[0]?.line, message: e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') }));
  const lineAt = (p: readonly PropertyKey[]) => {
    for (let n = p.length; n >= 0; n--) {
      const node = doc.getIn(p.slice(0, n) as unknown[], true) as Node | undefined;
      if (isNode(node) && node.range) return lc.linePos(node.range[0]).line;
    }
    return undefined;
  };
  return { data: errors.length ? undefined : doc.toJS(), lineAt, errors };
}

type Issue = { path: readonly PropertyKey[]; message: string };

/** A zod issue list as `line N: a.b: message; …`, for RuleFileError messages. */
export function yamlIssueMessage(file: string, issues: readonly Issue[]): string {
  let parsed: ParsedYaml | undefined;
  try { parsed = parseYamlWithLines(fs.readFileSync(file, 'utf8')); } catch { /* positions are a help, not a need */ }
  return issues.map((i) => {
    const line = parsed?.lineAt(i.path);
    return `${line ? `line ${line}: ` : ''}${i.path.join('.') || '(top)'}: ${i.message}`;
  }).join('; ');
}
