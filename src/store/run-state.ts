// What one ingest run remembers between reading an input and writing it. Reading runs ahead of
// writing (up to a batch plus the chunks in flight), so an article found stored when an input is
// read (and skipped) may be met again by the write of an input read before it: that write must not
// undo it. Within one archive file the last record of an article is its version: an earlier line
// read again by a later run is passed over when the later line was read before it is written.

/** Who met an article: the input's position in the run, its source key and archive (undefined when
 *  not known: a JSON Lines record recognized by its line hash in another archive). */
interface Meeting { seq: number; key: string | null | undefined; archive: string | null }

export class RunState {
  /** Articles that another input of this run holds too (two copies of a file, one text under two
   *  archive ids): a replacement in this run must not delete them. Only such articles are kept. */
  readonly coHeld = new Set<string>();
  /** Article id → the inputs that met it, kept only while the write of an earlier input may still come. */
  private readonly recent = new Map<string, Meeting[]>();

  /** The article `id` was met by the input at position `seq`. */
  meet(id: string, seq: number, key: string | null | undefined, archive: string | null): void {
    const list = this.recent.get(id);
    if (list) list.push({ seq, key, archive });
    else this.recent.set(id, [{ seq, key, archive }]);
  }

  /** The article `id` was met after position `seq` by an input with this source key. */
  metLaterWithKey(id: string, seq: number, key: string | null): boolean {
    return this.recent.get(id)?.some((m) => m.seq > seq && m.key === key) ?? false;
  }

  /** The article `id` was met after position `seq` in this archive file. */
  metLaterInArchive(id: string, seq: number, archive: string | null): boolean {
    return archive !== null && (this.recent.get(id)?.some((m) => m.seq > seq && m.archive === archive) ?? false);
  }

  /** Every input up to position `seq` is written: no write still to come needs what they met. */
  forgetUpTo(seq: number): void {
    for (const [id, list] of this.recent) {
      const kept = list.filter((m) => m.seq > seq);
      if (kept.length) this.recent.set(id, kept);
      else this.recent.delete(id);
    }
  }

  get remembered(): number {
    return this.recent.size;
  }
}
