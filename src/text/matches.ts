// Every match of a global regex, as String.prototype.matchAll gives them, but found with the regex
// itself. matchAll clones its regex on every call, and in `derek ingest`, whose heaps are collected
// often to keep memory flat (src/workers/memory.ts), the clones were compiled again and again: the
// regex compilations of a 1-worker ingest grew with the articles (1,062 at 1,000 articles, 1,353 at
// 2,000; now 1,019 and 1,029, the start-up's), and the directive stage, whose patterns all went
// through matchAll, cost 0.33-0.35 ms per article in 2-worker runs against 0.15-0.18 now. (Most likely
// the clones miss V8's regex cache, which garbage collections age out: with V8's own heap policy, in
// one thread, they find the compiled code there.)

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
