// `derek rules lint`: every rules and corpora file checked before it ships. YAML syntax and the
// rules schema (with file and line), patterns that do not compile, rule ids used twice across
// files, ids whose language prefix is not their folder's, and patterns that can backtrack
// super-linearly (exponential = error, polynomial = warning).
import fs from 'node:fs';
import path from 'node:path';
import { compileErrorText, compilePattern } from './compile.js';
import { piecesLoadedFor } from './loader.js';
import { checkBacktracking } from './redos.js';
import { isBuiltinRules, ruleLayers } from './ruleset.js';
import { parseYamlWithLines, type ParsedYaml } from './yaml-lines.js';
import { piecesFileSchema, ruleFileSchema, ruleSchema, type RuleSpec } from './schema.js';

export interface LintFinding {
  file: string;
  /** 1-based line, when the problem has a place in the file. */
  line?: number;
  severity: 'error' | 'warning';
  ruleId?: string;
  message: string;
}

const yamlFiles = (dir: string, recursive: boolean, exts = ['.yaml', '.yml']): string[] => {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) { if (recursive) out.push(...yamlFiles(full, true, exts)); } else if (exts.some((x) => e.name.endsWith(x))) out.push(full);
  }
  return out;
};

/** Every rules file of a rule set: [{file, lang}] for rules/<lang>/*.yaml (pieces excluded). */
export function ruleFilesOf(rulesDir: string): { file: string; lang: string; layer: string }[] {
  const out: { file: string; lang: string; layer: string }[] = [];
  for (const layer of ruleLayers(rulesDir)) {
    if (!fs.existsSync(layer)) continue;
    for (const e of fs.readdirSync(layer, { withFileTypes: true }).filter((d) => d.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
      for (const file of yamlFiles(path.join(layer, e.name), false)) {
        if (path.basename(file) !== 'pieces.yaml') out.push({ file, lang: e.name, layer });
      }
    }
  }
  return out;
}

function readParsed(file: string, findings: LintFinding[]): ParsedYaml | undefined {
  let raw: string;
  try { raw = fs.readFileSync(file, 'utf8'); } catch (e) {
    findings.push({ file, severity: 'error', message: `cannot read: ${(e as Error).message}` });
    return undefined;
  }
  const parsed = parseYamlWithLines(raw);
  for (const e of parsed.errors) findings.push({ file, line: e.line, severity: 'error', message: `not valid YAML: ${e.message}` });
  return parsed.errors.length ? undefined : parsed;
}

function readPiecesFile(file: string, findings: LintFinding[]): Record<string, string> {
  if (!fs.existsSync(file)) return {};
  const parsed = readParsed(file, findings);
  if (!parsed) return {};
  const r = piecesFileSchema.safeParse(parsed.data);
  if (!r.success) {
    for (const i of r.error.issues) findings.push({ file, line: parsed.lineAt(i.path), severity: 'error', message: `${i.path.join('.') || '(top)'}: ${i.message}` });
    return {};
  }
  return r.data.pieces;
}

/** Piece names a pattern uses (through other pieces too) that no pieces map defines. */
function missingPieces(pattern: string, pieces: Record<string, string>, seen = new Set<string>()): string[] {
  const out: string[] = [];
  for (const m of pattern.matchAll(/\{\{\s*([A-Za-z_][\w-]*|[<>])\s*\}\}/g)) {
    const name = m[1]!;
    if (seen.has(name)) continue;
    seen.add(name);
    if (pieces[name] === undefined) out.push(name); else out.push(...missingPieces(pieces[name]!, pieces, seen));
  }
  return out;
}

/**
 * Runs one short article per language through the pipeline so every extractor loads its rules
 * with the pieces it generates (from corpora); lint then checks patterns with those pieces.
 */
async function warmUp(rulesDir: string, corporaDir: string | undefined, langs: string[]): Promise<void> {
  const { extract } = await import('../index.js');
  const { BUILTIN_RULES } = await import('../paths.js');
  // The built-in set first: a custom set that fails to load still gets the extractors' pieces.
  for (const dir of new Set([BUILTIN_RULES, rulesDir])) for (const lang of langs) {
    if (!['kk', 'ru', 'en'].includes(lang)) continue;
    try {
      extract('Тест. Test.', { lang: lang as 'kk' | 'ru' | 'en', date: '2026-01-15', context: { rulesDir: dir, ...(corporaDir ? { corporaDir } : {}), today: '2026-01-15', timeCapMs: 0 } });
    } catch { /* a file that does not load is reported below, by file and line */ }
  }
}

/** Lints a rule set (with its built-in base when it extends one) and a corpora folder. */
export async function lintRuleSet(rulesDir: string, corporaDir?: string): Promise<LintFinding[]> {
  const findings: LintFinding[] = [];
  const layers = ruleLayers(rulesDir);
  await warmUp(rulesDir, corporaDir, [...new Set(ruleFilesOf(rulesDir).map((f) => f.lang))]);
  const piecesByLang = new Map<string, Record<string, string>>();
  const piecesFor = (lang: string) => {
    let p = piecesByLang.get(lang);
    if (!p) {
      p = {};
      for (const layer of layers) Object.assign(p, readPiecesFile(path.join(layer, 'pieces.yaml'), findings), readPiecesFile(path.join(layer, lang, 'pieces.yaml'), findings));
      piecesByLang.set(lang, p);
    }
    return p;
  };
  // Same-named files across layers override by id; the same id in two different files is a mistake.
  const idHome = new Map<string, { file: string; line?: number; rel: string }>();
  const fileData = new Map<string, { pieces?: Record<string, string> }>();
  for (const { file, lang, layer } of ruleFilesOf(rulesDir)) {
    const rel = path.relative(layer, file);
    const parsed = readParsed(file, findings);
    if (!parsed) continue;
    // Schema problems are reported by line; every rule that is itself well-formed is still checked.
    const r = ruleFileSchema.safeParse(parsed.data);
    const rawRules = (parsed.data as { rules?: unknown } | null)?.rules;
    const rawPieces = (parsed.data as { pieces?: unknown } | null)?.pieces;
    if (!r.success) {
      for (const i of r.error.issues) {
        const id = i.path[0] === 'rules' && typeof i.path[1] === 'number' && Array.isArray(rawRules) ? (rawRules[i.path[1]] as { id?: unknown } | null)?.id : undefined;
        findings.push({ file, line: parsed.lineAt(i.path), severity: 'error', ruleId: typeof id === 'string' ? id : undefined, message: `${i.path.join('.') || '(top)'}: ${i.message}` });
      }
    }
    const filePieces = r.success ? r.data.pieces : piecesFileSchema.shape.pieces.safeParse(rawPieces).data;
    const specs: (RuleSpec | undefined)[] = r.success ? r.data.rules
      : Array.isArray(rawRules) ? rawRules.map((x) => ruleSchema.safeParse(x).data) : [];
    // A custom file's pieces extend the built-in file's of the same name.
    const base = fileData.get(rel)?.pieces ?? {};
    const pieces = { ...(piecesLoadedFor(rel) ?? piecesFor(lang)), ...base, ...(filePieces ?? {}) };
    fileData.set(rel, { pieces: { ...base, ...(filePieces ?? {}) } });
    specs.forEach((spec, k) => {
      if (!spec) return;
      const line = parsed.lineAt(['rules', k, 'id']);
      const at = (extra: PropertyKey[] = []) => parsed.lineAt(['rules', k, ...extra]) ?? line;
      const prev = idHome.get(spec.id);
      if (prev && (prev.rel !== rel || prev.file === file)) {
        findings.push({ file, line, severity: 'error', ruleId: spec.id, message: `duplicate rule id (also at ${prev.file}${prev.line ? `:${prev.line}` : ''})` });
      }
      idHome.set(spec.id, { file, line, rel });
      if (!spec.id.startsWith(`${lang}.`)) findings.push({ file, line, severity: 'warning', ruleId: spec.id, message: `id does not start with its folder's language "${lang}."` });
      checkPattern(file, spec, pieces, at, findings);
      (spec.examples ?? []).forEach((ex, j) => {
        if (ex.none && ex.expect) findings.push({ file, line: at(['examples', j]), severity: 'error', ruleId: spec.id, message: `example ${j + 1}: both none and expect` });
      });
    });
  }
  if (corporaDir) {
    for (const { file, lang, parsed } of corporaRuleFiles(corporaDir)) {
      const r = ruleFileSchema.safeParse(parsed.data);
      if (!r.success) {
        for (const i of r.error.issues) findings.push({ file, line: parsed.lineAt(i.path), severity: 'error', message: `${i.path.join('.') || '(top)'}: ${i.message}` });
        continue;
      }
      const pieces = { ...piecesFor(lang), ...(r.data.pieces ?? {}) };
      r.data.rules.forEach((spec, k) => checkPattern(file, spec, pieces, (extra = []) => parsed.lineAt(['rules', k, ...extra]), findings));
    }
    findings.push(...lintCorpora(corporaDir));
  }
  return findings;
}

/** A rule's pattern: its pieces defined, compiling, and not backtracking super-linearly. */
function checkPattern(file: string, spec: RuleSpec, pieces: Record<string, string>, at: (extra?: PropertyKey[]) => number | undefined, findings: LintFinding[]): void {
  const missing = missingPieces(spec.pattern, pieces);
  if (missing.length) {
    // Not defined in any YAML and not given by an extractor on the warm-up: check the rest with stand-ins.
    findings.push({ file, line: at(['pattern']), severity: 'warning', ruleId: spec.id, message: `uses ${missing.map((m) => `{{${m}}}`).join(' ')}, defined in no pieces file and not supplied by an extractor` });
    for (const m of missing) pieces[m] = '\\uE002'; // the file's pieces: its later rules use the stand-in too
  }
  try {
    compilePattern(spec.pattern, pieces, spec.flags ?? 'i');
  } catch (e) {
    findings.push({ file, line: at(['pattern']), severity: 'error', ruleId: spec.id, message: `pattern does not compile: ${compileErrorText(e)}` });
    return;
  }
  for (const b of checkBacktracking(spec.pattern, pieces, spec.flags ?? 'i')) {
    findings.push({ file, line: at(['pattern']), severity: b.exponential ? 'error' : 'warning', ruleId: spec.id, message: `${b.exponential ? 'catastrophic' : 'super-linear'} backtracking: ${b.reason}` });
  }
}

/** Rule-shaped corpora files (`<corpora>/<lang>/*.yaml` holding a `rules` list, as en/deadlines.yaml):
 *  the loader runs them as rules, so lint checks their patterns as it checks rules. Their YAML
 *  errors are lintCorpora's to report (it reads every corpora file). */
function corporaRuleFiles(corporaDir: string): { file: string; lang: string; parsed: ParsedYaml }[] {
  if (!fs.existsSync(corporaDir)) return [];
  return fs.readdirSync(corporaDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^(kk|ru|en)$/.test(d.name))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((d) => yamlFiles(path.join(corporaDir, d.name), false).flatMap((file) => {
      const parsed = readParsed(file, []);
      const rules = (parsed?.data as { rules?: unknown } | null | undefined)?.rules;
      return parsed && Array.isArray(rules) ? [{ file, lang: d.name, parsed }] : [];
    }));
}

/** Corpora: valid YAML/JSON (with line), and no id twice in one list. */
export function lintCorpora(corporaDir: string): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const file of yamlFiles(corporaDir, true, ['.yaml', '.yml', '.json'])) {
    if (file.endsWith('.json')) {
      try { JSON.parse(fs.readFileSync(file, 'utf8')); } catch (e) { findings.push({ file, severity: 'error', message: `not valid JSON: ${(e as Error).message}` }); }
      continue;
    }
    const parsed = readParsed(file, findings);
    if (!parsed) continue;
    if (parsed.data === null || parsed.data === undefined) { findings.push({ file, line: 1, severity: 'warning', message: 'empty file' }); continue; }
    const walk = (v: unknown, p: PropertyKey[]) => {
      if (Array.isArray(v)) {
        const seen = new Map<string, number>();
        v.forEach((item, k) => {
          const id = (item as { id?: unknown } | null)?.id;
          if (typeof id === 'string' || typeof id === 'number') {
            const key = String(id);
            if (seen.has(key)) findings.push({ file, line: parsed.lineAt([...p, k, 'id']), severity: 'error', message: `${p.join('.') || '(top)'}: duplicate id "${key}" (first at item ${seen.get(key)! + 1})` });
            else seen.set(key, k);
          }
          walk(item, [...p, k]);
        });
      } else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) walk(x, [...p, k]);
      }
    };
    walk(parsed.data, []);
  }
  return findings;
}

export function formatFinding(f: LintFinding, cwd = process.cwd()): string {
  const rel = path.relative(cwd, f.file) || f.file;
  return `${rel}${f.line ? `:${f.line}` : ''}: ${f.severity}${f.ruleId ? ` [${f.ruleId}]` : ''}: ${f.message}`;
}

export { isBuiltinRules };
