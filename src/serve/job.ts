import { extract } from '../extract.js';
import type { Include } from '../include.js';
import type { InputFormat } from '../input/detect.js';
import type { Outcome } from '../batch/job.js';
import { renderHtml } from '../render/html.js';
import { renderJson, renderJsonLine } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderText } from '../render/text.js';
import type { Extraction } from '../schema.js';
import type { Format } from './formats.js';

/** One extraction a request asks for. */
export interface ServeJob {
  seq: number;
  id?: string;
  text: string;
  inputFormat: InputFormat;
  include: readonly Include[];
  /** one format: the output is that rendering; several: a JSON object of them by name (json as an object) */
  formats: readonly Format[];
}

const RENDER: Record<Format, (x: Extraction) => string> = {
  json: renderJson,
  jsonl: renderJsonLine,
  md: renderMarkdown,
  html: renderHtml,
  text: (x) => renderText(x, { color: false }),
};

/** Formats that show the article itself, and so need the extraction's text. */
const SHOWS_TEXT: ReadonlySet<Format> = new Set(['html', 'text']);

const utf8 = new TextEncoder();

/** Extracts and renders one request's document (in a worker), as the UTF-8 bytes to send; what goes wrong becomes the outcome's error. */
export function runServeJob(job: ServeJob): Outcome<Uint8Array> {
  try {
    const include = job.formats.some((f) => SHOWS_TEXT.has(f)) && !job.include.includes('text') ? [...job.include, 'text' as const] : job.include;
    const x = extract(job.text, { id: job.id, include, inputFormat: job.inputFormat });
    if (job.inputFormat === 'html' && x.input.length === 0) return { seq: job.seq, error: { code: 'E_EMPTY', message: 'no article text found in the HTML' } };
    if (job.formats.length === 1) return { seq: job.seq, out: utf8.encode(RENDER[job.formats[0]!](x)) };
    const all: Record<string, unknown> = {};
    for (const f of job.formats) all[f] = f === 'json' ? x : RENDER[f](x);
    return { seq: job.seq, out: utf8.encode(JSON.stringify(all)) };
  } catch (e) {
    return { seq: job.seq, error: { code: 'E_EXTRACT', message: `extraction failed: ${(e as Error).message}` } };
  }
}
