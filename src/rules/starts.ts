// Where a guarded rule can start matching. A rule whose first character comes from a class (a digit,
// a capital letter) gets a first-character guard (see firstCharGuard in compile.ts), and V8 then walks
// the whole text once per rule, testing the guard at every position: ~13 µs per rule on a Kazakh
// article, for ~30 rules that share a handful of classes. Here one pass over the text finds where
// each class holds, for every class at once, and every rule runs sticky at its class's positions
// only. The matches are the same: a guarded match can only start where its guard holds.
// A sticky try costs far more than a position of V8's walk, so a class that holds too often (a
// common letter) leaves the text to V8's walk: see SPARSE.
// A branch that opens with a word (an optional qualifier before a number: `около`, `шамамен`) would
// put the word's first letter in the class, and common letters made the class too dense. Such words
// are found as words instead (ruleStarts): their positions join the class's. A rule whose every
// branch opens with a word (`снизил|сократил|…`) has no class: the words' positions alone.

export interface StartClass {
  /** The class body and flags: rules with equal keys share one class. */
  key: string;
  /** Its bit in the per-unit masks. */
  bit: number;
  /** The class as a one-character regex with the rule's flags (case folding included). */
  test: RegExp;
}

/** Classes past this many are matched one by one (a mask is a 32-bit integer; bit 31 marks "known"). */
const MAX_CLASSES = 31;
const KNOWN = 1 << 31;

const classes = new Map<string, StartClass>();
const bitClasses: StartClass[] = []; // those with a bit in the masks
/** Per UTF-16 unit: which classes hold (KNOWN once worked out). Without the u flag a class matches
 *  one code unit, so a per-unit table is exact. */
const masks = new Int32Array(0x10000);

/** The start class of a guard `[body]` under the rule's flags (not u: see compile.ts), interned. */
export function startClass(body: string, flags: string): StartClass {
  flags = flags.replace(/[gy]/g, ''); // a stateful test regex would carry lastIndex between units
  const key = `${flags}/${body}`;
  let cls = classes.get(key);
  if (!cls) {
    cls = { key, bit: classes.size, test: new RegExp(`[${body}]`, flags) };
    classes.set(key, cls);
    if (cls.bit < MAX_CLASSES) {
      bitClasses.push(cls);
      masks.fill(0); // worked out again with the new class in
      currentText = null;
    }
  }
  return cls;
}

function maskOf(code: number): number {
  let mask = KNOWN;
  const unit = String.fromCharCode(code);
  for (const cls of bitClasses) if (cls.test.test(unit)) mask |= 1 << cls.bit;
  masks[code] = mask;
  return mask;
}

/** Sticky tries against V8's walk, measured on the rule files: they win when a class holds at one
 *  position in 7, lose at one in 3. A class holding at more than length / SPARSE positions of a text
 *  (any at all in a text shorter than SPARSE) leaves that text to the walk. */
const SPARSE = 5;

// The positions in the text the rules are matching now, per class bit (null: too many; undefined: not
// worked out yet). Rules run one after another over the same text, so one text is kept (a string
// equal to it counts as the same); a different text starts afresh. A class's
// first pass over a text also takes the classes that were asked for together with it last time (one
// extractor's rules, in one language), so they share the pass and other rules' classes cost nothing.
let currentText: string | null = null;
let positions: (Int32Array | null | undefined)[] = [];
let scanned = 0; // bits of the classes worked out for the current text
let asked = 0; // bits asked for the current text
const askedWith = new Int32Array(MAX_CLASSES); // per class bit: the bits asked with it in its last text

/** The ascending positions of `text` where `cls` holds; null when they are too many (see SPARSE). */
export function startsIn(text: string, cls: StartClass): Int32Array | null {
  if (cls.bit >= MAX_CLASSES) return scanOne(text, cls);
  if (text !== currentText) {
    for (let b = 0; b < MAX_CLASSES; b++) if ((asked >>> b) & 1) askedWith[b] = asked;
    currentText = text;
    positions = [];
    scanned = 0;
    asked = 0;
  }
  const bit = 1 << cls.bit;
  asked |= bit;
  if ((scanned & bit) === 0) {
    const wanted = (askedWith[cls.bit]! | bit) & ~scanned;
    scanAll(text, wanted);
    scanned |= wanted;
  }
  return positions[cls.bit]!;
}

/** One pass over the text for the classes in `wanted`: their positions go into `positions`. */
function scanAll(text: string, wanted: number): void {
  const most = Math.floor(text.length / SPARSE);
  const n = 32 - Math.clz32(wanted); // bits 0 … n-1
  const slot = new Int32Array(n); // where class b's positions go in found: its rank among the wanted
  let wantedCount = 0;
  for (let b = 0; b < n; b++) if ((wanted >>> b) & 1) slot[b] = most * wantedCount++;
  const found = new Int32Array(wantedCount * most);
  const counts = new Int32Array(n);
  let active = wanted; // classes not yet too dense
  for (let i = 0; i < text.length && active !== 0; i++) {
    const c = text.charCodeAt(i);
    let mask = masks[c]!;
    if (mask === 0) mask = maskOf(c);
    mask &= active;
    while (mask !== 0) {
      const b = 31 - Math.clz32(mask);
      mask ^= 1 << b;
      if (counts[b] === most) active &= ~(1 << b);
      else found[slot[b]! + counts[b]!++] = i;
    }
  }
  for (let b = 0; b < n; b++) {
    if ((wanted >>> b) & 1) positions[b] = (active >>> b) & 1 ? found.subarray(slot[b]!, slot[b]! + counts[b]!) : null;
  }
}

function scanOne(text: string, cls: StartClass): Int32Array | null {
  const most = Math.floor(text.length / SPARSE);
  const found: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!cls.test.test(text[i]!)) continue;
    if (found.length === most) return null;
    found.push(i);
  }
  return Int32Array.from(found);
}

/** Words some branches of a rule open with (at least two characters), under the rule's flags. */
export interface StartWords {
  key: string;
  /** Its rank among the word sets: the caches below key on it. */
  id: number;
  /** The words as one global alternation: V8 skips ahead to their first characters. */
  find: RegExp;
}

const wordSets = new Map<string, StartWords>();

/** A regex matching any of `words` as written (regex syntax escaped), with `flags`. */
export function literalAlternation(words: readonly string[], flags: string): RegExp {
  return new RegExp(words.map((w) => w.replace(/[\\^$.*+?()[\]{}|\/-]/g, '\\$&')).join('|'), flags);
}

/** The start words of a rule (interned: rules with the same words share their positions). */
export function startWords(words: string[], flags: string): StartWords {
  flags = flags.replace(/[gdy]/g, '');
  const sorted = [...new Set(words)].sort();
  const key = `${flags}/${JSON.stringify(sorted)}`; // unambiguous, whatever characters the words hold
  let set = wordSets.get(key);
  if (!set) {
    set = { key, id: wordSets.size, find: literalAlternation(sorted, `g${flags}`) };
    wordSets.set(key, set);
  }
  return set;
}

// Positions of words (by word set) and of class-and-words unions (by class and word set), for the
// text the rules are matching now.
let startsText: string | null = null;
const wordsCache = new Map<number, Int32Array | null>();
const unionCache = new Map<string, Int32Array | null>();

/**
 * The ascending positions of `text` where a rule can start: where its class holds, and where one of
 * its words begins. Null when they are too many (see SPARSE): the rule keeps V8's walk.
 */
export function ruleStarts(text: string, cls: StartClass | null, words: StartWords | null): Int32Array | null {
  const inClass = cls ? startsIn(text, cls) : undefined; // undefined: no class
  if (inClass === null || !words) return inClass ?? null;
  if (text !== startsText) {
    startsText = text;
    wordsCache.clear();
    unionCache.clear();
  }
  let at = wordsCache.get(words.id);
  if (at === undefined) wordsCache.set(words.id, (at = wordStarts(text, words)));
  if (!at || !inClass) return at;
  const key = `${cls!.bit}/${words.id}`;
  let found = unionCache.get(key);
  if (found === undefined) unionCache.set(key, (found = union(inClass, at, Math.floor(text.length / SPARSE))));
  return found;
}

/** Every position where a word begins, overlapping ones included (null: too many). */
function wordStarts(text: string, words: StartWords): Int32Array | null {
  const most = Math.floor(text.length / SPARSE);
  const found: number[] = [];
  const re = words.find;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (found.length === most) return null;
    found.push(m.index);
    re.lastIndex = m.index + 1; // "не менее" holds "менее" too: the next word may start inside this one
  }
  return Int32Array.from(found);
}

/** The sorted union of two ascending position lists (null: more than `most`). */
function union(a: Int32Array, b: Int32Array, most: number): Int32Array | null {
  const out = new Int32Array(a.length + b.length);
  let i = 0, j = 0, n = 0;
  while (i < a.length || j < b.length) {
    const x = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (n === 0 || out[n - 1] !== x) out[n++] = x;
  }
  return n > most ? null : out.subarray(0, n);
}
