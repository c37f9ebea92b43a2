// Where a guarded rule can start matching. A rule whose first character comes from a class (a digit,
// a capital letter) gets a first-character guard (see firstCharGuard in compile.ts), and V8 then walks
// the whole text once per rule, testing the guard at every position: ~13 µs per rule on a Kazakh
// article, for ~30 rules that share three or four classes. Here the positions where a class holds
// are found once per text and class, and every rule with that class runs sticky at those positions
// only. The matches are the same: a guarded match can only start where its guard holds.
// A sticky try costs ~25 times a scanned position, so a class that holds at more than one position
// in SPARSE (a common letter) leaves the text to V8's scan.

import { unitTest } from '../text/boundaries.js';

export interface StartClass {
  /** The class body and flags: rules with equal keys share one scan per text. */
  key: string;
  isStart: (code: number) => boolean;
}

const classes = new Map<string, StartClass>();

/** The start class of a guard `[body]` under the rule's flags (case folding included), interned. */
export function startClass(body: string, flags: string): StartClass {
  const key = `${flags}/${body}`;
  let cls = classes.get(key);
  if (!cls) {
    // Without the u flag a class matches one UTF-16 code unit, so a per-unit table is exact.
    cls = { key, isStart: unitTest(new RegExp(`[${body}]`, flags)) };
    classes.set(key, cls);
  }
  return cls;
}

// The positions of the text the rules are matching now, per class. Rules run one after another over
// the same text, so one text is kept; a different text starts afresh.
let currentText: string | null = null;
const positionsByClass = new Map<string, Int32Array | null>();
let scratch = new Int32Array(1024);

/** Measured on the rule files: sticky tries win from one start in 7 positions, lose at one in 3. */
const SPARSE = 5;

/** The ascending positions of `text` where `cls` holds; null when they are too many (see SPARSE). */
export function startsIn(text: string, cls: StartClass): Int32Array | null {
  if (text !== currentText) {
    currentText = text;
    positionsByClass.clear();
  }
  let found = positionsByClass.get(cls.key);
  if (found === undefined) {
    found = scan(text, cls, Math.floor(text.length / SPARSE));
    positionsByClass.set(cls.key, found);
  }
  return found;
}

function scan(text: string, cls: StartClass, most: number): Int32Array | null {
  if (scratch.length < most) scratch = new Int32Array(most);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    if (!cls.isStart(text.charCodeAt(i))) continue;
    if (n === most) return null;
    scratch[n++] = i;
  }
  return scratch.slice(0, n);
}
