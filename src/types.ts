// The output contract (../shared/ANNOTATION.md §7). Field names here are the names in JSON,
// in SQLite and in every export: change them only together with ANNOTATION.md.

export type Lang = 'kk' | 'ru' | 'en';
export type Script = 'Cyrl' | 'Latn';

/** A span of the article's `text`: UTF-16 offsets, `text.slice(start, end) === surface`. */
export interface Mention {
  surface: string;
  start: number;
  end: number;
  /** 0-based index of the sentence the span starts in. */
  sentence: number;
}

export type Role =
  | 'president' | 'prime_minister' | 'deputy_prime_minister' | 'minister'
  | 'first_vice_minister' | 'vice_minister' | 'akim' | 'deputy_akim'
  | 'head' | 'deputy_head' | 'chair' | 'deputy' | 'other';

export interface OfficialRecord {
  person: string;
  patronymic: string | null;
  position: string | null;
  role: Role | null;
  org: string | null;
  region: string | null;
  mentions: Mention[];
  rule: string;
  /** Stable id linking spellings across languages through the gazetteer, else derived from the name. */
  personId?: string;
  /** Where `position` came from: the article's own words, or the officials gazetteer. */
  positionFrom?: 'text' | 'gazetteer';
}

export interface RegionRecord extends Mention {
  code: string;
  name: string;
  via: string | null;
  rule: string;
}

export type FigureKind = 'money' | 'percent' | 'headcount' | 'quantity';
export type Qualifier = 'exact' | 'approx' | 'over' | 'under' | 'range';

export interface FigureRecord extends Mention {
  kind: FigureKind;
  value: number;
  min?: number;
  max?: number;
  unit: string | null;
  object: string | null;
  qualifier: Qualifier;
  change?: 'from' | 'to';
  rule: string;
}

export interface DirectiveRecord extends Mention {
  issuer: string | null;
  verb: string;
  addressees: string[];
  content: string | null;
  deadline: string | null;
  reference: boolean;
  rule: string;
}

export interface ArticleRecord {
  id: string;
  source: string;
  date: string | null;
  title: string | null;
  lang: Lang;
  script: Script;
  langScore: number;
  text: string;
  officials: OfficialRecord[];
  regions: RegionRecord[];
  figures: FigureRecord[];
  directives: DirectiveRecord[];
}

export const RECORD_KINDS = ['officials', 'regions', 'figures', 'directives'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
