// Loads rule files (rules/<lang>/<extractor>.yaml) and shared pieces (rules/pieces.yaml,
// rules/<lang>/pieces.yaml), validates them and compiles every pattern once per process.
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Lang } from '../types.js';
import { compilePattern, type CompiledPattern } from './compile.js';
import { RuleFileError } from './errors.js';
import { piecesFileSchema, ruleFileSchema, type RuleSpec } from './schema.js';

export interface Rule extends RuleSpec {
  compiled: CompiledPattern;
  file: string;
}

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

function readPieces(file: string): Record<string, string> {
  if (!fs.existsSync(file)) return {};
  const parsed = piecesFileSchema.safeParse(readYaml(file));
  if (!parsed.success) throw new RuleFileError(file, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return parsed.data.pieces;
}

/** Shared pieces for one language: rules/pieces.yaml, then rules/<lang>/pieces.yaml (later wins). */
export function loadPieces(rulesDir: string, lang: Lang): Record<string, string> {
  return { ...readPieces(path.join(rulesDir, 'pieces.yaml')), ...readPieces(path.join(rulesDir, lang, 'pieces.yaml')) };
}

export function loadRuleFile(file: string, basePieces: Record<string, string>): Rule[] {
  if (!fs.existsSync(file)) return [];
  const parsed = ruleFileSchema.safeParse(readYaml(file));
  if (!parsed.success) throw new RuleFileError(file, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const pieces = { ...basePieces, ...(parsed.data.pieces ?? {}) };
  const seen = new Set<string>();
  return parsed.data.rules.map((spec) => {
    if (seen.has(spec.id)) throw new RuleFileError(file, 'duplicate rule id', spec.id);
    seen.add(spec.id);
    try {
      return { ...spec, compiled: compilePattern(spec.pattern, pieces, spec.flags ?? 'i'), file };
    } catch (e) {
      throw new RuleFileError(file, `pattern does not compile: ${(e as Error).message}`, spec.id);
    }
  });
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
}
