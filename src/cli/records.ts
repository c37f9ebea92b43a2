// The loop extract and explain share: read inputs, extract each article, report rejects.
// A broken rule set (RuleFileError) is fatal for the whole run, not a reject per article.
import type { StageContext } from '../stage.js';
import type { ArticleRecord } from '../types.js';
import { RuleFileError } from '../rules/errors.js';
import { reportReject } from './errors.js';

export interface RecordStream {
  records: AsyncGenerator<ArticleRecord>;
  /** Inputs rejected so far (unreadable, or extraction failed). */
  rejected(): number;
}

/** Records of every readable article in `inputs`; `date` fills articles that state none. */
export async function extractRecords(inputs: string[], ctx: StageContext, date?: string): Promise<RecordStream> {
  const { readInputs } = await import('../input/read.js');
  const { processArticle } = await import('../pipeline.js');
  let rejected = 0;
  async function* records(): AsyncGenerator<ArticleRecord> {
    for await (const item of readInputs(inputs, { stdin: process.stdin })) {
      if (item.kind === 'reject') { rejected++; reportReject(item.source, item.reason); continue; }
      if (date && !item.article.date) { item.article.date = date; item.article.dateFrom = 'input'; }
      let record: ArticleRecord;
      try {
        record = processArticle(item.article, ctx);
      } catch (e) {
        if (e instanceof RuleFileError) throw e;
        rejected++;
        reportReject(item.article.source, `extraction failed: ${(e as Error).message}`);
        continue;
      }
      yield record;
    }
  }
  return { records: records(), rejected: () => rejected };
}
