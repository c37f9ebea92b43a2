// Cue words from corpora/directive-verbs.yaml (cues:, countries:), compiled once per language:
// what tells an instruction as background, who speaks a quote, who chaired a meeting.
import type { Lang } from '../../types.js';
import { loadCorpus } from '../../gazetteer/corpus.js';

interface CueLists { earlier: string[]; speech: string[]; speech_nouns: string[]; chair: string[]; held: string[] }
export interface Cues {
  earlier: RegExp;
  /** Source of an alternation of speech verbs (— деді, — сказал), for quotes.ts to embed. */
  speech: string;
  speechNoun: RegExp;
  chair: RegExp;
  held: RegExp;
  home: RegExp;
  country: RegExp;
}

const cache = new Map<string, Cues>();
const alt = (xs: string[] | undefined) => (xs?.length ? xs.join('|') : '(?!)');

export function cues(corporaDir: string, lang: Lang): Cues {
  const key = `${corporaDir}\0${lang}`;
  let c = cache.get(key);
  if (!c) {
    const data = loadCorpus<{ cues?: Partial<Record<Lang, CueLists>>; countries?: { home?: string[]; stems?: string[] } }>(corporaDir, 'directive-verbs');
    const l = data.cues?.[lang];
    const word = (xs: string[] | undefined) => new RegExp(`(?<![\\p{L}])(?:${alt(xs)})(?![\\p{L}])`, 'iu');
    c = {
      earlier: word(l?.earlier),
      speech: `(?:${alt(l?.speech)})`,
      speechNoun: new RegExp(`(?:${alt(l?.speech_nouns)})`, 'iu'),
      chair: new RegExp(`(?:${alt(l?.chair)})`, 'iu'),
      held: word(l?.held),
      home: new RegExp(`^(?:${alt(data.countries?.home)})`, 'u'),
      country: new RegExp(`^(?:\\p{Lu}{2,}|\\p{L}+стан\\p{L}*|(?:${alt(data.countries?.stems)})\\p{L}*)$`, 'u'),
    };
    cache.set(key, c);
  }
  return c;
}
