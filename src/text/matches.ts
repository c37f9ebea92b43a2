// Every match of a global regex, as String.prototype.matchAll gives them, but found with the regex
// itself. matchAll clones its regex on every call, and a clone compiles afresh unless V8 still holds
// the source's compiled code in its regex cache, which every full garbage collection empties. In an
// ingest worker, whose heap is collected often to keep memory flat (see src/workers/memory.ts), the
// clones of the directive stage's u-flag patterns were compiled again on nearly every call: that stage
// cost 2.5-3 times as much CPU in a worker as in one thread.

/** The matches of `re` (global) in `text`, from the start, as an array: the caller may run `re`
 *  again (or this) while it reads them. `re.lastIndex` is left at 0. */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError('allMatches needs a global regex');
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex = nextIndex(text, re.lastIndex, re.unicode || re.flags.includes('v'));
  }
  re.lastIndex = 0;
  return out;
}

/** The index after `i`: past a whole surrogate pair under the u or v flag (AdvanceStringIndex). */
function nextIndex(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return i + 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}
