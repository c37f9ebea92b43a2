// Shards split an archive between machines or cron jobs by article id (a SHA-256 hex): the same
// article always lands in the same shard, whatever file or order it comes in.
import { createHash } from 'node:crypto';

export interface Shard {
  /** 1-based. */
  k: number;
  n: number;
}

/** `K/N` with 1 ≤ K ≤ N; null when malformed. */
export function parseShard(value: string): Shard | null {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  if (!m) return null;
  const k = Number(m[1]);
  const n = Number(m[2]);
  return k >= 1 && n >= 1 && k <= n ? { k, n } : null;
}

/** True when the key (an article id; for a reject, its source) belongs to the shard. */
export function inShard(key: string, shard: Shard): boolean {
  if (shard.n === 1) return true;
  const hex = /^[0-9a-f]{64}$/.test(key) ? key.slice(0, 8) : createHash('sha256').update(key).digest('hex').slice(0, 8);
  return parseInt(hex, 16) % shard.n === shard.k - 1;
}
