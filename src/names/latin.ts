// Kazakh Cyrillic → Latin (the 2021 alphabet as Kazinform writes it: Prezıdent, Qostanaı, ákimi), for
// gazetteer text shown in a Latin-script article (a position the article does not state).
const MAP: Record<string, string> = {
  а: 'a', ә: 'á', б: 'b', в: 'v', г: 'g', ғ: 'ǵ', д: 'd', е: 'e', ё: 'ıo', ж: 'j', з: 'z', и: 'ı', й: 'ı', к: 'k', қ: 'q',
  л: 'l', м: 'm', н: 'n', ң: 'ń', о: 'o', ө: 'ó', п: 'p', р: 'r', с: 's', т: 't', у: 'ý', ұ: 'u', ү: 'ú', ф: 'f', х: 'h',
  һ: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sh', ъ: '', ы: 'y', і: 'i', ь: '', э: 'e', ю: 'ıý', я: 'ıa',
};

export function kkLatin(s: string): string {
  let out = '';
  for (const ch of s) {
    const lo = ch.toLowerCase();
    const t = MAP[lo];
    if (t === undefined) { out += ch; continue; }
    out += ch !== lo && t ? t.charAt(0).toUpperCase() + t.slice(1) : t;
  }
  return out;
}
