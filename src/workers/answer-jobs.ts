import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { garbageCollector, IDLE_COLLECT_MS } from './collect.js';
import type { Outcome } from './outcome.js';

/** A worker's answer: a job's outcome, or `ready` once, when it can take jobs. */
type Reply<O> = { ready: true } | Outcome<O>;

/**
 * Garbage a worker may gather beyond what the heap held after its last full collection before it collects it.
 * Left to itself V8 lets a busy heap grow for minutes (hundreds of MB per worker on a long run); a full
 * collection now and then keeps memory flat whatever the corpus size. Measured from the live size (models and
 * the caches that grow with the corpus), not from the size after loading: caches that outgrow a fixed allowance
 * would force a collection after every document. 64 MB: 4 collections of ~28 ms over 6 MB of news.
 */
const HEAP_SLACK_BYTES = 64 * 1024 * 1024;

/**
 * Runs in a worker thread: answers each job posted to it with `run(job)`, in order. Output bytes are handed over
 * to the main thread, not copied.
 */
export function answerJobs<J, O extends string | Uint8Array>(run: (job: J) => Outcome<O>): void {
  const collect = garbageCollector();
  const port = parentPort!;
  /** What the heap held after the last full collection: models, and the caches that grow with the corpus. */
  let live = 0;
  let dirty = false;
  const collectNow = (): void => {
    collect();
    dirty = false;
    live = getHeapStatistics().used_heap_size;
  };
  const idle = setTimeout(() => dirty && collectNow(), IDLE_COLLECT_MS).unref();
  collectNow();
  port.on('message', (job: J) => {
    const outcome = run(job);
    port.postMessage(outcome satisfies Reply<O>, 'out' in outcome && typeof outcome.out !== 'string' ? [outcome.out.buffer as ArrayBuffer] : []);
    dirty = true;
    if (getHeapStatistics().used_heap_size > live + HEAP_SLACK_BYTES) collectNow();
    idle.refresh();
  });
  port.postMessage({ ready: true } satisfies Reply<O>);
}
