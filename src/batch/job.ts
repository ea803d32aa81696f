import { extract } from '../extract.js';
import type { Include } from '../include.js';
import { renderJson, renderJsonLine } from '../render/json.js';

/** How documents are extracted and rendered, the same for every worker. */
export interface JobConfig {
  include: readonly Include[];
  /** indented JSON (one file per document) instead of one line */
  pretty: boolean;
}

export interface Job {
  seq: number;
  id: string;
  text: string;
}

/** A job's answer: its output, or why there is none. */
export type Outcome<T> = { seq: number; out: T } | { seq: number; error: { code: string; message: string } };

export type Result = Outcome<string>;

/** Extracts and renders one document; an exception in an extractor becomes that document's E_EXTRACT error. */
export function runJob(job: Job, config: JobConfig): Result {
  try {
    const x = extract(job.text, { id: job.id, include: config.include });
    return { seq: job.seq, out: config.pretty ? renderJson(x) : renderJsonLine(x) };
  } catch (e) {
    return { seq: job.seq, error: { code: 'E_EXTRACT', message: `extraction failed: ${(e as Error).message}` } };
  }
}
