// The title: the first line when it reads as a headline (ANNOTATION.md §1). A headline is short,
// starts like a headline and does not end like a sentence or an introduction (`.`, `:`, `,`).
// A first line that is only a dateline (`11:17, 30 Qańtar 2026 | GMT +5`, as Kazinform's pages
// put it above the headline) is passed over: the headline is the line under it.
import { isDatelineOnly } from './dateline.js';

/** Limits measured on Kazinform headlines (the longest of 400 is 101 characters, 13 words). */
export const TITLE_MAX_CHARS = 200;
export const TITLE_MAX_WORDS = 25;

// Starts like a headline: a capital, a digit, a quote or bracket, a hashtag (`#Qazaqstan30: …`),
// or a small letter before a capital (`iPhone`, `eGov`, and `ıÝNESKO`: ЮНЕСКО in Latin script).
const HEADLINE_START = /^(?:[\p{Lu}\p{Lt}\p{N}«"“„'‘(\[#№]|\p{Ll}\p{Lu})/u;
// Ends like a sentence or a lead-in: a full stop (not an ellipsis), a colon, a comma or semicolon.
const SENTENCE_END = /(?:(?<!\.)\.|[:,;])$/u;

/** Why a line is no headline, or null when it is one (exported for tests and measurement). */
export function notHeadline(line: string): string | null {
  const t = line.trim();
  if (!t) return 'empty';
  if (t.length > TITLE_MAX_CHARS) return 'too long';
  if (t.split(/\s+/u).length > TITLE_MAX_WORDS) return 'too many words';
  if ((t.match(/\p{L}/gu) ?? []).length < 2) return 'no words';
  if (!HEADLINE_START.test(t)) return 'does not start like a headline';
  if (SENTENCE_END.test(t)) return 'ends like a sentence';
  return null;
}

/** The article's title, or null: the first (non-dateline) line when it is a headline and more text follows. */
export function findTitle(text: string): string | null {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  let i = 0;
  while (i < lines.length - 1 && i < 2 && isDatelineOnly(lines[i]!)) i++;
  const line = lines[i];
  if (line === undefined || i === lines.length - 1) return null; // one line only: it is the article
  return notHeadline(line) ? null : line;
}
