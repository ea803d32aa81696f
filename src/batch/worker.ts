import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type Job, type JobConfig, type Result } from './job.js';

/** A worker's answer: a result, or `ready` once, after the models loaded. */
export type Reply = { ready: true } | Result;

/**
 * Garbage a worker may gather beyond what it holds after loading the models before it collects it. Left to
 * itself V8 lets a busy heap grow for minutes (hundreds of MB per worker on a long run); a full collection
 * now and then keeps memory flat whatever the corpus size. Measured over 5 MB of news: 64 MB of slack cost
 * 12% more CPU, 128 MB about 5% (within the noise of a shared machine), 256 MB nothing but 50 MB more memory.
 */
const HEAP_SLACK_BYTES = 128 * 1024 * 1024;

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;
const config = workerData as JobConfig;
const port = parentPort!;
collect();
const settled = getHeapStatistics().used_heap_size;

port.on('message', (job: Job) => {
  port.postMessage(runJob(job, config) satisfies Reply);
  if (getHeapStatistics().used_heap_size > settled + HEAP_SLACK_BYTES) collect();
});
port.postMessage({ ready: true } satisfies Reply);
