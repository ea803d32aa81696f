import { extract } from '../extract.js';
import type { Include } from '../include.js';
import type { InputFormat } from '../input/detect.js';
import type { Outcome } from '../workers/outcome.js';
import { FORMATS, layersFor, type FormatName } from '../render/index.js';

/** One extraction a request asks for. */
export interface ServeJob {
  seq: number;
  id?: string;
  text: string;
  inputFormat: InputFormat;
  include: readonly Include[];
  /** one format: the output is that rendering; several: a JSON object of them by name (json as an object) */
  formats: readonly FormatName[];
}

const PLAIN = { color: false };

const utf8 = new TextEncoder();

/** Extracts and renders one request's document (in a worker), as the UTF-8 bytes to send; what goes wrong becomes the outcome's error. */
export function runServeJob(job: ServeJob): Outcome<Uint8Array> {
  try {
    const include = job.formats.reduce((layers, f) => layersFor(FORMATS[f], layers), job.include);
    const x = extract(job.text, { id: job.id, include, inputFormat: job.inputFormat });
    if (job.inputFormat === 'html' && x.input.length === 0) return { seq: job.seq, error: { code: 'E_EMPTY', message: 'no article text found in the HTML' } };
    if (job.formats.length === 1) return { seq: job.seq, out: utf8.encode(FORMATS[job.formats[0]!].render(x, PLAIN)) };
    const all: Record<string, unknown> = {};
    for (const f of job.formats) all[f] = f === 'json' ? x : FORMATS[f].render(x, PLAIN);
    return { seq: job.seq, out: utf8.encode(JSON.stringify(all)) };
  } catch (e) {
    return { seq: job.seq, error: { code: 'E_EXTRACT', message: `extraction failed: ${(e as Error).message}` } };
  }
}
