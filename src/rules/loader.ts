// Loads rule files (rules/<lang>/<extractor>.yaml) and shared pieces (rules/pieces.yaml,
// rules/<lang>/pieces.yaml), validates them and compiles every pattern once per process.
// A custom rule set (--rules DIR, DEREK_RULES) is layered over the built-in one (src/rules/ruleset.ts):
// same id replaces, new ids add, and its patterns are refused at load time when they can
// backtrack catastrophically (src/rules/redos.ts).
import fs from 'node:fs';
import path from 'node:path';
import { BUILTIN_RULES } from '../paths.js';
import type { Lang } from '../types.js';
import { compileErrorText, compilePattern, expandPieces, type CompiledPattern } from './compile.js';
import { RuleFileError } from './errors.js';
import { catastrophicReason } from './redos.js';
import { clearRulesetCache, isBuiltinFile, layerFiles, ruleLayers } from './ruleset.js';
import { piecesFileSchema, ruleFileSchema, type RuleSpec } from './schema.js';
import { yamlIssueMessage } from './yaml-lines.js';
import { parseYamlText, readText, readYaml } from './yaml.js';

export interface Rule extends RuleSpec {
  compiled: CompiledPattern;
  file: string;
}

export { readYaml };

function readPieces(file: string): Record<string, string> {
  if (!fs.existsSync(file)) return {};
  const raw = readText(file);
  const hit = piecesRead.get(file);
  if (hit?.raw === raw) return hit.pieces;
  const parsed = piecesFileSchema.safeParse(parseYamlText(file, raw));
  if (!parsed.success) throw new RuleFileError(file, yamlIssueMessage(file, parsed.error.issues));
  if (piecesRead.size >= PIECES_READ_MAX) piecesRead.clear();
  piecesRead.set(file, { raw, pieces: parsed.data.pieces });
  return parsed.data.pieces;
}
/** Pieces files are read for every rules file of a language (a dozen times at warm-up): the parse is
 *  kept while the file's text is unchanged (callers copy the record, never change it). */
const piecesRead = new Map<string, { raw: string; pieces: Record<string, string> }>();
const PIECES_READ_MAX = 64;

/** Shared pieces for one language: rules/pieces.yaml, then rules/<lang>/pieces.yaml (later wins; a custom set's win over the built-in). */
export function loadPieces(rulesDir: string, lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const dir of ruleLayers(rulesDir)) {
    Object.assign(out, readPieces(path.join(dir, 'pieces.yaml')), readPieces(path.join(dir, lang, 'pieces.yaml')));
  }
  return out;
}

/**
 * The rules of one file, layered: for a file of an extending custom set, the built-in file of the
 * same name first, then the custom one (same id replaces in place, new ids are appended; the
 * files' own `pieces:` merge the same way).
 */
export function loadRuleFile(file: string, basePieces: Record<string, string>): Rule[] {
  extractorPieces.set(layerKey(file), basePieces);
  const layers = layerFiles(file).map((f) => {
    const parsed = ruleFileSchema.safeParse(readYaml(f));
    if (!parsed.success) throw new RuleFileError(f, yamlIssueMessage(f, parsed.error.issues));
    const seen = new Set<string>();
    for (const spec of parsed.data.rules) {
      if (seen.has(spec.id)) throw new RuleFileError(f, 'duplicate rule id', spec.id);
      seen.add(spec.id);
    }
    return { file: f, data: parsed.data };
  });
  const pieces = Object.assign({ ...basePieces }, ...layers.map((l) => l.data.pieces ?? {})) as Record<string, string>;
  const byId = new Map<string, { spec: RuleSpec; file: string }>();
  for (const { file: f, data } of layers) for (const spec of data.rules) byId.set(spec.id, { spec, file: f });
  // What the built-in files' rules are as CI checked them: with the built-in pieces, not a custom set's.
  let shippedPieces: Record<string, string> | undefined;
  const shipped = () => shippedPieces ??= Object.assign({ ...basePieces }, loadPieces(BUILTIN_RULES, path.basename(path.dirname(file)) as Lang),
    ...layers.filter((l) => isBuiltinFile(l.file)).map((l) => l.data.pieces ?? {}));
  return [...byId.values()].map(({ spec, file: f }) => {
    let compiled: CompiledPattern;
    try {
      compiled = compilePattern(spec.pattern, pieces, spec.flags ?? 'i');
    } catch (e) {
      throw new RuleFileError(f, `pattern does not compile: ${compileErrorText(e)}`, spec.id);
    }
    // `derek rules lint` checks the built-in rules in CI. Any other pattern is checked at every load:
    // a custom file's, and a built-in rule that a custom set's pieces change.
    if (!isBuiltinFile(f) || !sameExpansion(spec.pattern, pieces, shipped())) {
      const reason = catastrophicReason(spec.pattern, pieces, spec.flags ?? 'i');
      if (reason) throw new RuleFileError(f, reason, spec.id);
    }
    return { ...spec, compiled, file: f };
  });
}

/** Whether a pattern reads the same with both sets of pieces. */
function sameExpansion(pattern: string, a: Record<string, string>, b: Record<string, string>): boolean {
  if (a === b) return true;
  try {
    return expandPieces(pattern, a) === expandPieces(pattern, b);
  } catch {
    return false;
  }
}

/**
 * The pieces each rules file was last loaded with, by `<lang>/<file>.yaml`: extractors may add
 * pieces generated from corpora (directive verb forms, position titles), and `derek rules lint`
 * checks every pattern with the pieces it really runs with.
 */
const extractorPieces = new Map<string, Record<string, string>>();
const layerKey = (file: string) => path.relative(path.dirname(path.dirname(path.resolve(file))), path.resolve(file));
export function piecesLoadedFor(langFile: string): Record<string, string> | undefined {
  return extractorPieces.get(langFile);
}

const cache = new Map<string, Rule[]>();

/** The compiled rules of one extractor for one language (cached per rules folder). */
export function getRules(rulesDir: string, lang: Lang, extractor: string): Rule[] {
  const key = `${rulesDir}\0${lang}\0${extractor}`;
  let rules = cache.get(key);
  if (!rules) {
    rules = loadRuleFile(path.join(rulesDir, lang, `${extractor}.yaml`), loadPieces(rulesDir, lang));
    cache.set(key, rules);
  }
  return rules;
}

/** The compiled pieces of one language, for extractors that match a piece directly. */
export function getPiece(rulesDir: string, lang: Lang, name: string, flags = 'i'): CompiledPattern {
  const key = `${rulesDir}\0${lang}\0piece:${name}\0${flags}`;
  const hit = pieceCache.get(key);
  if (hit) return hit;
  const compiled = compilePattern(`{{${name}}}`, loadPieces(rulesDir, lang), flags);
  pieceCache.set(key, compiled);
  return compiled;
}
const pieceCache = new Map<string, CompiledPattern>();

export function clearRuleCache(): void {
  cache.clear();
  pieceCache.clear();
  piecesRead.clear();
  clearRulesetCache();
}
