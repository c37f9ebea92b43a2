// Contract records → table rows (positional, in the column order of the INSERTs below), and back.
import type { DirectiveRecord, FigureRecord, OfficialRecord, RecordKind, RegionRecord } from '../types.js';

type Row = (string | number | null)[];

const COMMON = ['article_id', 'seq', 'surface', 'start', 'end', 'sentence', 'rule'];

export const RECORD_COLUMNS: Record<RecordKind, string[]> = {
  officials: [...COMMON, 'person', 'patronymic', 'position', 'position_from', 'role', 'org', 'region', 'person_id', 'mentions'],
  regions: [...COMMON, 'code', 'name', 'via'],
  figures: [...COMMON, 'kind', 'value', 'min', 'max', 'unit', 'object', 'qualifier', 'change'],
  directives: [...COMMON, 'issuer', 'verb', 'addressees', 'content', 'deadline', 'reference'],
};

export function insertSql(kind: RecordKind): string {
  const cols = RECORD_COLUMNS[kind];
  return `INSERT INTO ${kind} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`;
}

const n = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

export function officialRow(articleId: string, seq: number, o: OfficialRecord): Row {
  const first = o.mentions[0];
  return [articleId, seq, first?.surface ?? o.person, first?.start ?? -1, first?.end ?? -1, first?.sentence ?? -1, o.rule,
    o.person, n(o.patronymic), n(o.position), n(o.positionFrom), n(o.role), n(o.org), n(o.region), n(o.personId),
    JSON.stringify(o.mentions)];
}

export function regionRow(articleId: string, seq: number, r: RegionRecord): Row {
  return [articleId, seq, r.surface, r.start, r.end, r.sentence, r.rule, r.code, r.name, n(r.via)];
}

export function figureRow(articleId: string, seq: number, f: FigureRecord): Row {
  return [articleId, seq, f.surface, f.start, f.end, f.sentence, f.rule,
    f.kind, f.value, n(f.min), n(f.max), n(f.unit), n(f.object), f.qualifier, n(f.change)];
}

export function directiveRow(articleId: string, seq: number, d: DirectiveRecord): Row {
  return [articleId, seq, d.surface, d.start, d.end, d.sentence, d.rule,
    n(d.issuer), d.verb, JSON.stringify(d.addressees), n(d.content), n(d.deadline), d.reference ? 1 : 0];
}
