import type { IncomingMessage, ServerResponse } from 'node:http';
import { once } from 'node:events';
import { decompressed } from '../io/gzip.js';
import type { InputItem } from '../input/document-item.js';
import { HTML_MARKUP_FACTOR, inputFormatOf, type InputFormat } from '../input/detect.js';
import { jsonlLineItems } from '../input/jsonl-items.js';
import { byteLines } from '../io/lines.js';
import { INCLUDES, OUTPUT_LAYERS, type Include, type OutputLayer } from '../include.js';
import { renderJsonLine } from '../render/json.js';
import { SCHEMA_VERSION } from '../version.js';
import { ApiError, NO_STORE } from './api-error.js';
import { inputChoice, namesOf, yes } from './extract-request.js';
import type { Answer, Scheduler } from './scheduler.js';

const PARAMS = new Set(['include', 'input', 'only', 'explain', 'id-field', 'text-field']);
const JSONL_TYPES = new Set(['application/x-ndjson', 'application/jsonl', 'application/json', 'text/plain', '']);

export interface BatchSettings {
  maxChars: number;
  timeoutMs: number;
  /** documents in flight for one request: as many as workers, and as many again waiting */
  window: number;
}

/** What POST /v1/batch asks for; checked before the answer starts, so a bad parameter is still a 400. */
export function parseBatchRequest(
  type: string,
  query: URLSearchParams,
): { include: Include[]; input: InputFormat | 'auto'; only?: OutputLayer[]; explain: boolean; idField: string; textField: string } {
  if (!JSONL_TYPES.has(type)) throw new ApiError('E_MEDIA_TYPE', `send JSONL as application/x-ndjson, not "${type}"`);
  for (const name of query.keys()) if (!PARAMS.has(name)) throw new ApiError('E_USAGE', `unknown query parameter "${name}" (the parameters are ${[...PARAMS].join(', ')})`);
  const only = query.get('only');
  return {
    include: namesOf('include', query.get('include') ?? '', INCLUDES),
    input: inputChoice(query.get('input') ?? 'auto'),
    ...(only !== null ? { only: namesOf('only', only, OUTPUT_LAYERS) } : {}),
    explain: yes('explain', query.get('explain') ?? false),
    idField: query.get('id-field') || 'id',
    textField: query.get('text-field') || 'text',
  };
}

/**
 * Streams the answer to a JSONL body, as `lede batch` does on stdin: one line out per line in that is not blank,
 * in order, an error record for a line that is no document; the body is read as the answer is written, so
 * neither grows with the corpus.
 */
export async function streamBatch(req: IncomingMessage, res: ServerResponse, request: ReturnType<typeof parseBatchRequest>, scheduler: Scheduler, o: BatchSettings): Promise<void> {
  const gone = new AbortController();
  res.on('close', () => gone.abort());
  res.writeHead(200, { ...NO_STORE, 'content-type': 'application/x-ndjson; charset=utf-8' });
  const pending: Array<Promise<string | Uint8Array>> = [];
  const write = async (line: string | Uint8Array): Promise<void> => {
    if (!res.write(line) && !gone.signal.aborted) await once(res, 'drain', { signal: gone.signal }).catch(() => undefined);
  };
  const answer = (item: InputItem): Promise<string | Uint8Array> => {
    if (item.kind === 'error') return Promise.resolve(errorLine(item.id, item));
    const job = { id: item.id, text: item.text, inputFormat: inputFormatOf(request.input, item.text, item.format), include: request.include, formats: ['jsonl' as const], only: request.only, explain: request.explain };
    return scheduler.run(job, { limitMs: o.timeoutMs, signal: gone.signal }).then((r: Answer) => ('error' in r ? errorLine(item.id, r.error) : r.out));
  };
  try {
    // a line can hold the text escaped (up to 6 bytes a code unit) beside other fields
    const lines = byteLines(decompressed(req, 'the body'), o.maxChars * (request.input === 'html' ? HTML_MARKUP_FACTOR : 1) * 8);
    for await (const item of jsonlLineItems(lines, 'body', { ...request, maxChars: o.maxChars })) {
      if (gone.signal.aborted) break;
      pending.push(answer(item));
      while (pending.length >= o.window) await write(await pending.shift()!);
    }
  } catch (e) {
    // the body broke off or was not gzip: what was read is answered, then one record says why the rest is not
    pending.push(Promise.resolve(errorLine('', { code: 'E_READ', message: e instanceof Error ? e.message : String(e) })));
  }
  while (pending.length > 0 && !gone.signal.aborted) await write(await pending.shift()!);
  res.end();
}

function errorLine(id: string, error: { code: string; message: string }): string {
  return renderJsonLine({ schemaVersion: SCHEMA_VERSION, id, error: { code: error.code, message: error.message } });
}
