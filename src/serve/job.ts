import { extract } from '../extract.js';
import type { Include, OutputLayer } from '../include.js';
import type { InputFormat } from '../input/detect.js';
import type { Outcome } from '../workers/outcome.js';
import { FORMAT_NAMES, FORMATS, layersFor, type FormatName, type Render } from '../render/index.js';

/** One extraction a request asks for. */
export interface ServeJob {
  seq: number;
  id?: string;
  text: string;
  inputFormat: InputFormat;
  include: readonly Include[];
  /** one format: the output is that rendering; several: a JSON object of them by name (json as an object) */
  formats: readonly FormatName[];
  only?: readonly OutputLayer[];
  explain?: boolean;
}

const PLAIN = { color: false };

/** A short article that goes through every stage and every renderer. */
const WARM_UP = 'LONDON — "We are ready," Jane Doe, a spokeswoman, said on Monday of the 12 new trains.';

/**
 * What answers the requests' jobs, in a worker or on the main thread: every renderer loaded, and the models
 * loaded and warmed by one extraction, so no request pays for them.
 */
export async function serveRunner(): Promise<(job: ServeJob) => Outcome<Uint8Array>> {
  const renderers = Object.fromEntries(await Promise.all(FORMAT_NAMES.map(async (f) => [f, await FORMATS[f].load()]))) as Record<FormatName, Render>;
  const run = (job: ServeJob): Outcome<Uint8Array> => runServeJob(job, renderers);
  run({ seq: -1, text: WARM_UP, inputFormat: 'text', include: [], formats: FORMAT_NAMES });
  return run;
}

const utf8 = new TextEncoder();

/** Extracts and renders one request's document (in a worker), as the UTF-8 bytes to send; what goes wrong becomes the outcome's error. */
function runServeJob(job: ServeJob, renderers: Record<FormatName, Render>): Outcome<Uint8Array> {
  try {
    const include = job.formats.reduce((layers, f) => layersFor(FORMATS[f], layers), job.include);
    const x = extract(job.text, { id: job.id, include, inputFormat: job.inputFormat, only: job.only, explain: job.explain });
    if (job.inputFormat === 'html' && x.input.length === 0) return { seq: job.seq, error: { code: 'E_EMPTY', message: 'no article text found in the HTML' } };
    if (job.formats.length === 1) return { seq: job.seq, out: utf8.encode(renderers[job.formats[0]!](x, PLAIN)) };
    const all: Record<string, unknown> = {};
    for (const f of job.formats) all[f] = f === 'json' ? x : renderers[f](x, PLAIN);
    return { seq: job.seq, out: utf8.encode(JSON.stringify(all)) };
  } catch (e) {
    return { seq: job.seq, error: { code: 'E_EXTRACT', message: `extraction failed: ${(e as Error).message}` } };
  }
}
