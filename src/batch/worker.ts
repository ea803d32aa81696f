import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type Job, type JobConfig, type Result } from './job.js';

/** A worker's answer: a result, or `ready` once, after the models loaded. */
export type Reply = { ready: true } | Result;

const config = workerData as JobConfig;
const port = parentPort!;
port.on('message', (job: Job) => port.postMessage(runJob(job, config) satisfies Reply));
port.postMessage({ ready: true } satisfies Reply);
