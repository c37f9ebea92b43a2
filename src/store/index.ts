// SQLite storage: schema and migrations, the batched idempotent writer, and the ingest loop.
export { openDatabase, migrate, StoreError, type DB } from './db.js';
export { MIGRATIONS, SCHEMA_VERSION, RECORD_TABLES } from './schema.js';
export { Store, sourceKey, type BatchItem, type Outcome } from './store.js';
export { ingest, DEFAULT_BATCH_SIZE, type IngestItem, type IngestOptions, type IngestSummary, type IngestCounts } from './ingest.js';
export { recordsHash, stableJson, inputHash } from './hash.js';
export { packageVersion, rulesVersion } from './version.js';
export { parseShard, inShard, type Shard } from './shard.js';
export { staleItems, countStale } from './stale.js';
