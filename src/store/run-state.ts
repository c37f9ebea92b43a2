// What one ingest run remembers between reading an input and writing it. Reading runs ahead of
// writing (up to a batch plus the chunks in flight), so a decision made when an input is read (an
// article skipped as stored) must not be undone by a write of an input read before it; and within
// one archive file the last record of an article is its version, which an earlier line read again
// in a later run must not replace.
import type { BatchItem } from './store.js';

export type ArticleItem = Extract<BatchItem, { kind: 'article' }>;

export class RunState {
  /** Articles that another input of this run holds too, under another source key (two copies of a
   *  file, one text under two archive ids): a replacement in this run must not delete them. Only
   *  such articles are kept, so the set stays small on any archive. */
  readonly coHeld = new Set<string>();
  /** Article id → input position of its latest confirmation (skipped as stored, met again), kept only
   *  while a write of an earlier input may still come. */
  private readonly recent = new Map<string, number>();
  /** Records of an archive that a later line of the same archive held at the last run: they wait for
   *  that line (owner article id → records). Met again, they are passed over; not met by the end of
   *  the run (the archive was exported again in another order), they are written then. */
  private readonly waiting = new Map<string, ArticleItem[]>();
  /** Waiting records passed over: the later line was met. */
  passedOver = 0;

  /** The article `id` was met by the input at position `seq`. */
  confirm(id: string, seq: number): void {
    if ((this.recent.get(id) ?? -1) < seq) this.recent.set(id, seq);
    const held = this.waiting.get(id);
    if (held) {
      this.passedOver += held.length;
      this.waiting.delete(id);
    }
  }

  /** Whether the article `id` was met by an input after position `seq`. */
  confirmedAfter(id: string, seq: number): boolean {
    return (this.recent.get(id) ?? -1) > seq;
  }

  /** `item` waits for the later line that holds the article `ownerId`. */
  wait(ownerId: string, item: ArticleItem): void {
    const list = this.waiting.get(ownerId);
    if (list) list.push(item);
    else this.waiting.set(ownerId, [item]);
  }

  /** Every input up to position `seq` is written: no write still to come needs what they confirmed. */
  forgetUpTo(seq: number): void {
    for (const [id, s] of this.recent) if (s <= seq) this.recent.delete(id);
  }

  /** The records still waiting at the end of the run, in input order: their later line was not met. */
  takeWaiting(): ArticleItem[] {
    const all = [...this.waiting.values()].flat().sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
    this.waiting.clear();
    return all;
  }
}
