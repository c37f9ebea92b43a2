// Shared by the workbench tests: temporary rule sets and the built CLI.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const BIN = path.join(ROOT, 'dist/cli/main.js');
export const DATE = '2026-01-19';

/** A temporary folder with the given files (relative path → content). */
export function tmpDir(files: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'derek-wb-'));
  for (const [rel, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), body);
  }
  return dir;
}

export function derek(args: string[], env: Record<string, string> = {}, input?: string) {
  const t0 = Date.now();
  const r = spawnSync('node', [BIN, ...args], { cwd: ROOT, encoding: 'utf8', input, env: { ...process.env, DEREK_DEBUG: '', NO_COLOR: '1', ...env }, maxBuffer: 64 << 20 });
  return { code: r.status, out: r.stdout, err: r.stderr, ms: Date.now() - t0 };
}

export const built = fs.existsSync(BIN);

/** A Kazakh directive verb the built-in rules do not know: бұйырды "ordered". */
export const NEW_VERB_RULES = `# An extending rule set: one new directive rule, nothing else.
rules:
  - id: kk.directive.buiyr
    pattern: "(?<v>бұйыр(?:ды|ады)){{>}}"
    fields: { voice: active }
    priority: 5
    note: бұйырды "ordered"
    examples:
      - text: "Аудан әкімі Ержан Сәрсенов құрылысты жыл соңына дейін аяқтауды бұйырды."
        date: "2026-01-19"
        expect: { verb: бұйырды }
      - text: "Ол бұйрықты оқыды."
        none: true
`;
export const NEW_VERB_TEXT = 'Аудан әкімі Ержан Сәрсенов құрылысты жыл соңына дейін аяқтауды бұйырды.';

export const EVIL_RULES = `rules:
  - id: kk.money.evil
    # nested quantifiers: exponential backtracking on "aaaa…!"
    pattern: "(a+)+$"
    fields: { kind: money }
`;
