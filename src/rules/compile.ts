// Compiles a rule's free-spacing pattern (with {{piece}} references) into a native RegExp.
// XRegExp does the free-spacing (`x`) syntax, comments and \p{…} classes; the result is a plain
// RegExp with the `d` flag, so group offsets come for free and matching runs at native speed.
import XRegExp from 'xregexp';

export interface CompiledPattern {
  regex: RegExp;
  /** Name of each capture group by its 1-based index (null for unnamed groups). */
  groupNames: (string | null)[];
}

export interface GroupSpan {
  start: number;
  end: number;
  text: string;
}

export interface PatternMatch {
  start: number;
  end: number;
  text: string;
  groups: Record<string, GroupSpan | undefined>;
}

const PIECE = /\{\{\s*([A-Za-z_][\w-]*|[<>])\s*\}\}/g; // names, and the boundary pieces {{<}} {{>}}

/** Expands {{name}} references recursively; unknown names and cycles throw. */
export function expandPieces(pattern: string, pieces: Record<string, string>, trail: string[] = []): string {
  return pattern.replace(PIECE, (_, name: string) => {
    if (trail.includes(name)) throw new Error(`piece cycle: ${[...trail, name].join(' → ')}`);
    const body = pieces[name];
    if (body === undefined) throw new Error(`unknown piece {{${name}}}`);
    return `(?:${expandPieces(body, pieces, [...trail, name])})`;
  });
}

export function compilePattern(pattern: string, pieces: Record<string, string>, flags = 'i'): CompiledPattern {
  const expanded = expandPieces(pattern, pieces);
  const x = XRegExp(expanded, `x${flags.replace(/[gdx]/g, '')}`) as RegExp & { xregexp: { captureNames: (string | null)[] | null } };
  const names = x.xregexp.captureNames ?? [];
  const native = new RegExp(x.source, `gd${flags.replace(/[gdx]/g, '')}`);
  return { regex: native, groupNames: names };
}

/** All non-overlapping matches of a compiled pattern, with named group spans. */
export function* matchAll(p: CompiledPattern, text: string): Generator<PatternMatch> {
  const re = p.regex;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    const groups: Record<string, GroupSpan | undefined> = {};
    const idx = m.indices!;
    p.groupNames.forEach((name, k) => {
      const span = idx[k + 1];
      if (name && span && groups[name] === undefined) groups[name] = { start: span[0], end: span[1], text: m![k + 1]! };
    });
    yield { start: m.index, end: m.index + m[0].length, text: m[0], groups };
  }
}
