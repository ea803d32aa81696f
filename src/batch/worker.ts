import { parentPort, workerData } from 'node:worker_threads';
import { extract } from '../extract.js';
import type { Include } from '../include.js';
import { renderJson, renderJsonLine } from '../render/json.js';

/** What a worker is started with. */
export interface WorkerConfig {
  include: readonly Include[];
  /** indented JSON (one file per document) instead of one line */
  pretty: boolean;
}

export interface Job {
  seq: number;
  id: string;
  text: string;
}

/** A worker's answer: the rendered extraction, or why there is none. `ready` comes once, after the models loaded. */
export type Reply = { ready: true } | { seq: number; out: string } | { seq: number; error: { code: string; message: string } };

const config = workerData as WorkerConfig;
const port = parentPort!;
const render = config.pretty ? renderJson : renderJsonLine;

port.on('message', (job: Job) => {
  let reply: Reply;
  try {
    reply = { seq: job.seq, out: render(extract(job.text, { id: job.id, include: config.include })) };
  } catch (e) {
    reply = { seq: job.seq, error: { code: 'E_EXTRACT', message: `extraction failed: ${(e as Error).message}` } };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true } satisfies Reply);
