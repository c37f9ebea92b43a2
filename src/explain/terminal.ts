// `derek explain FILE` on a terminal: the article with every record highlighted (background
// colour by kind), a label with the record number, rule id and normalized value right after each
// span, then the records listed with their fields. Without colour, spans are bracketed ⟦…⟧.
import type { ArticleRecord, RecordKind } from '../types.js';
import { KIND_LABEL, KIND_ORDER, explainRecords, labelPoints, segments, type ExplainedRecord } from './marks.js';

const ESC = '\u001b[';
const RESET = `${ESC}0m`;
/** Background (highlight) and foreground (label) colours per kind. */
export const ANSI: Record<RecordKind, { bg: string; fg: string }> = {
  officials: { bg: `${ESC}45;97m`, fg: `${ESC}35m` },   // magenta
  regions: { bg: `${ESC}42;30m`, fg: `${ESC}32m` },     // green
  figures: { bg: `${ESC}43;30m`, fg: `${ESC}33m` },     // yellow
  directives: { bg: `${ESC}46;30m`, fg: `${ESC}36m` },  // cyan
};
const DIM = `${ESC}2m`, BOLD = `${ESC}1m`;

export interface TerminalOptions { color: boolean }

export function renderTerminal(record: ArticleRecord, opts: TerminalOptions): string {
  const recs = explainRecords(record);
  const byN = new Map(recs.map((r) => [r.n, r]));
  const c = (code: string, s: string) => (opts.color ? `${code}${s}${RESET}` : s);
  const text = record.text;
  const labels = labelPoints(recs);
  const label = (r: ExplainedRecord) => c(ANSI[r.kind].fg, `⟨${r.n} ${r.value} · ${r.rule}⟩`);

  const counts = KIND_ORDER.map((k) => `${c(ANSI[k].bg, ` ${KIND_LABEL[k]} `)} ${recs.filter((r) => r.kind === k).length}`).join('  ');
  const out: string[] = [
    c(BOLD, `# ${record.source}`),
    `  ${record.lang}/${record.script}  date ${record.date ?? '—'}${record.title ? `  title «${record.title}»` : ''}`,
    `  ${counts}`,
    '',
  ];
  let body = '';
  let open: number[] = [];
  for (const seg of segments(text.length, recs)) {
    const piece = text.slice(seg.start, seg.end);
    if (opts.color) {
      const inner = seg.cover.length ? byN.get(seg.cover[seg.cover.length - 1]!)! : null;
      body += inner ? c(ANSI[inner.kind].bg, piece) : piece;
    } else {
      // Brackets: close what ends here, open what starts here.
      const now = seg.cover;
      const opening = now.filter((n) => !open.includes(n));
      body += '⟦'.repeat(opening.length) + piece;
      open = now;
    }
    for (const n of labels.get(seg.end) ?? []) {
      if (!opts.color) body += '⟧';
      body += label(byN.get(n)!);
    }
  }
  out.push(body.trimEnd(), '');
  if (!recs.length) out.push('  (no records)');
  for (const r of recs) {
    const fields = Object.entries(r.fields).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && !v.length))
      .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`).join('  ');
    const where = r.spans.map((s) => `@${s.start}`).join(',');
    out.push(`${c(ANSI[r.kind].fg, `${String(r.n).padStart(3)} ${KIND_LABEL[r.kind].padEnd(9)}`)} ${c(BOLD, r.rule)}  ${r.value}  ${c(DIM, where)}`);
    if (fields) out.push(`              ${c(DIM, fields)}`);
  }
  return out.join('\n');
}
