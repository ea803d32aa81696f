import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type Job, type JobConfig, type Result } from './job.js';

/** A worker's answer: a result, or `ready` once, after the models loaded. */
export type Reply = { ready: true } | Result;

/**
 * Garbage a worker may gather beyond what the heap held after its last full collection before it collects it.
 * Left to itself V8 lets a busy heap grow for minutes (hundreds of MB per worker on a long run); a full
 * collection now and then keeps memory flat whatever the corpus size. Measured from the live size (models and
 * the caches that grow with the corpus), not from the size after loading: caches that outgrow a fixed allowance
 * would force a collection after every document. 64 MB: 4 collections of ~28 ms over 6 MB of news.
 */
const HEAP_SLACK_BYTES = 64 * 1024 * 1024;

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;
const config = workerData as JobConfig;
const port = parentPort!;
/** What the heap held after the last full collection: models, and the caches that grow with the corpus. */
let live = 0;
const collectNow = (): void => {
  collect();
  live = getHeapStatistics().used_heap_size;
};
collectNow();

port.on('message', (job: Job) => {
  port.postMessage(runJob(job, config) satisfies Reply);
  if (getHeapStatistics().used_heap_size > live + HEAP_SLACK_BYTES) collectNow();
});
port.postMessage({ ready: true } satisfies Reply);
