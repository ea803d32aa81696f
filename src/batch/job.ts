import { extract } from '../extract.js';
import type { Include } from '../include.js';
import { FORMATS, type FormatName } from '../render/index.js';
import type { Outcome } from '../workers/outcome.js';

/** How documents are extracted and rendered, the same for every worker. */
export interface JobConfig {
  /** the layers to extract, those the format reads among them */
  include: readonly Include[];
  format: FormatName;
}

export interface Job {
  seq: number;
  id: string;
  text: string;
}

export type Result = Outcome<string>;

/** Extracts and renders one document; an exception in an extractor becomes that document's E_EXTRACT error. */
export function runJob(job: Job, config: JobConfig): Result {
  try {
    const x = extract(job.text, { id: job.id, include: config.include });
    return { seq: job.seq, out: FORMATS[config.format].render(x, { color: false }) };
  } catch (e) {
    return { seq: job.seq, error: { code: 'E_EXTRACT', message: `extraction failed: ${(e as Error).message}` } };
  }
}
