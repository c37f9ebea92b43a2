// PLACEHOLDER (being replaced): splits at line breaks and . ! ? followed by space.
import type { Sentence } from '../doc.js';
import type { Lang } from '../types.js';

export function splitSentences(text: string, _lang: Lang): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^\n.!?]+(?:[.!?]+|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length });
  return out.length ? out : [{ start: 0, end: text.length }];
}
