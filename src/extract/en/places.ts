// English spellings of districts and towns: corpora/places/*.yaml gives most of them only in Kazakh
// and Russian (and a Latin-script Kazakh spelling: Aqjaıyq), while the English press romanizes
// (Akzhaik, Maktaaral, Zhetysai). This index romanizes the kk and ru names the English way and
// compares them by a loose key (./people.ts enKey: y=i, zh=j, doubled letters once), so
// "Akzhaik district" finds Ақжайық ауданы of West Kazakhstan.
import fs from 'node:fs';
import path from 'node:path';
import { readYaml } from '../../rules/yaml.js';
import { codeAt, type Validity } from '../../gazetteer/regions.js';
import { enKey } from './people.js';

const ROMAN: Record<string, string> = {
  а: 'a', ә: 'a', б: 'b', в: 'v', г: 'g', ғ: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', қ: 'k',
  л: 'l', м: 'm', н: 'n', ң: 'n', о: 'o', ө: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ұ: 'u', ү: 'u', ф: 'f', х: 'kh',
  һ: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', і: 'i', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** Ақжайық → Akzhaiyk, Мақтаарал → Maktaaral: the English press's romanization, roughly. */
export function romanize(s: string): string {
  return [...s].map((ch) => {
    const lo = ch.toLowerCase();
    const r = ROMAN[lo];
    if (r === undefined) return ch;
    return ch === lo ? r : r.charAt(0).toUpperCase() + r.slice(1);
  }).join('');
}

export type PlaceType = 'city' | 'district' | 'village';
export interface EnPlace { type: PlaceType; in: Validity[] }

interface PlaceEntry { kk: string; ru: string; en?: string; kkLatn?: string; alt?: string[]; was?: string[]; in?: Validity[] }
interface PlacesFile { region: string; before?: { date: string; region: string }; cities?: PlaceEntry[]; districts?: PlaceEntry[]; villages?: PlaceEntry[] }

const cache = new Map<string, Map<string, EnPlace[]>>();

const iso = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));

/** loose key of an English spelling → the places it may be. */
export function englishPlaces(corporaDir: string): Map<string, EnPlace[]> {
  const hit = cache.get(corporaDir);
  if (hit) return hit;
  const index = new Map<string, EnPlace[]>();
  const dir = path.join(corporaDir, 'places');
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort() : [];
  for (const f of files) {
    const data = readYaml(path.join(dir, f)) as PlacesFile;
    const fileIn: Validity[] = data.before
      ? [{ code: data.before.region, until: iso(data.before.date) }, { code: data.region, since: iso(data.before.date) }]
      : [{ code: data.region }];
    const add = (type: PlaceType, p: PlaceEntry) => {
      const inn = (p.in ?? fileIn).map((v) => ({ ...v, ...(v.since ? { since: iso(v.since) } : {}), ...(v.until ? { until: iso(v.until) } : {}) }));
      const spellings = [p.en, p.kkLatn, romanize(p.kk), ...(type === 'district' ? [] : [romanize(p.ru)]), ...(p.alt ?? []).map(romanize), ...(p.was ?? []).map(romanize)];
      for (const s of spellings) {
        if (!s || /[^\p{Script=Latin}\s'’-]/u.test(s)) continue;
        const k = enKey(s);
        const list = index.get(k) ?? [];
        if (!list.some((x) => x.type === type && x.in === inn)) list.push({ type, in: inn });
        index.set(k, list);
      }
    };
    for (const p of data.cities ?? []) add('city', p);
    for (const p of data.districts ?? []) add('district', p);
    for (const p of data.villages ?? []) add('village', p);
  }
  cache.set(corporaDir, index);
  return index;
}

/** The region code of "<name> district" (or village / city) as of a date, when the index knows it. */
export function placeCode(corporaDir: string, name: string, type: PlaceType, asOf: string): string | null {
  const found = (englishPlaces(corporaDir).get(enKey(name)) ?? []).filter((p) => p.type === type);
  const codes = [...new Set(found.map((p) => codeAt(p.in, asOf)))];
  return codes.length === 1 ? codes[0]! : null;
}
