import { extract } from '../extract.js';
import type { Include, OutputLayer } from '../include.js';
import { inputFormatOf, type InputFormat } from '../input/detect.js';
import { FORMATS, type FormatName, type Render } from '../render/index.js';
import type { Outcome } from '../workers/outcome.js';

/** How documents are extracted and rendered, the same for every worker. */
export interface JobConfig {
  /** the layers to extract, those the format reads among them */
  include: readonly Include[];
  only?: readonly OutputLayer[];
  explain?: boolean;
  format: FormatName;
  /** what the documents are; "auto": what their source says (a file's extension), else their first characters */
  input: InputFormat | 'auto';
}

export interface Job {
  seq: number;
  id: string;
  text: string;
  /** what the document's source says it is (an .html file, a WARC response), when it says */
  format?: InputFormat;
}

export type Result = Outcome<string>;

/** What runs a configuration's jobs, in a worker or on the main thread, once its renderer is loaded. */
export async function jobRunner(config: JobConfig): Promise<(job: Job) => Result> {
  const render = await FORMATS[config.format].load();
  return (job) => runJob(job, config, render);
}

/** Extracts and renders one document; an exception in an extractor becomes that document's E_EXTRACT error. */
function runJob(job: Job, config: JobConfig, render: Render): Result {
  try {
    const inputFormat = inputFormatOf(config.input, job.text, job.format);
    const x = extract(job.text, { id: job.id, include: config.include, inputFormat, only: config.only, explain: config.explain });
    if (inputFormat === 'html' && x.input.length === 0) return { seq: job.seq, error: { code: 'E_EMPTY', message: 'no article text found in the HTML' } };
    return { seq: job.seq, out: render(x, { color: false }) };
  } catch (e) {
    return { seq: job.seq, error: { code: 'E_EXTRACT', message: `extraction failed: ${(e as Error).message}` } };
  }
}
