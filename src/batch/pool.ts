import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Job, JobConfig, Result } from './job.js';
import type { Reply } from './worker.js';

/** Runs jobs and reports each result; `submit` only when `hasRoom()`. */
export interface Pool {
  hasRoom(): boolean;
  submit(job: Job): void;
  close(): Promise<void>;
}

const WORKER_SCRIPT = new URL('./worker.js', import.meta.url);

/**
 * Worker threads, or, when lede runs from its TypeScript source (under vitest or a TS loader, with no
 * compiled worker to start), the main thread itself.
 */
export function createPool(size: number, config: JobConfig, onResult: (r: Result) => void, onFatal: (e: Error) => void, heapMb?: number): Pool {
  return existsSync(WORKER_SCRIPT) ? new WorkerPool(size, config, onResult, onFatal, heapMb) : new MainThreadPool(config, onResult, onFatal);
}

/**
 * Workers inherit the parent's Node and V8 flags (`node --max-old-space-size=8192 lede.js batch`) unless given
 * a list, which may not hold V8 flags; one is given only when the parent was started with
 * `node --input-type=module -e`, a flag a worker file cannot take.
 */
const WORKER_EXEC_ARGV = process.execArgv.some((a) => a.startsWith('--input-type')) ? process.execArgv.filter((a) => !a.startsWith('--input-type')) : undefined;

/** Jobs a worker holds at once: the one it runs and the next, so it never waits on the main thread. */
const DEPTH = 2;

interface Slot {
  worker: Worker;
  queue: Job[];
  ready: boolean;
  gone: boolean;
}

/**
 * Worker threads that each load the models once and extract the jobs they are given, in the order given.
 * A worker that dies (out of memory on one document, say) fails that one document and is replaced; its other
 * jobs go to the replacement. A worker that cannot even start is fatal (`onFatal`).
 */
class WorkerPool implements Pool {
  private readonly slots: Slot[] = [];
  private closing = false;

  constructor(
    size: number,
    private readonly config: JobConfig,
    private readonly onResult: (r: Result) => void,
    private readonly onFatal: (e: Error) => void,
    /** heap limit of each worker in MB (V8's default when undefined) */
    private readonly heapMb?: number,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  hasRoom(): boolean {
    return this.slots.some((s) => s.queue.length < DEPTH);
  }

  /** Gives the job to the least busy worker; call only when hasRoom(). */
  submit(job: Job): void {
    let best = this.slots[0]!;
    for (const s of this.slots) if (s.queue.length < best.queue.length) best = s;
    best.queue.push(job);
    best.worker.postMessage(job);
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_SCRIPT, {
      workerData: this.config,
      execArgv: WORKER_EXEC_ARGV,
      ...(this.heapMb ? { resourceLimits: { maxOldGenerationSizeMb: this.heapMb } } : {}),
    });
    const slot: Slot = { worker, queue: [], ready: false, gone: false };
    worker.on('message', (reply: Reply) => {
      if ('ready' in reply) {
        slot.ready = true;
        return;
      }
      slot.queue.shift();
      this.onResult(reply);
    });
    worker.on('error', (e) => this.lost(slot, e));
    worker.on('exit', (code) => this.lost(slot, new Error(`the worker exited with code ${code}`)));
    return slot;
  }

  private lost(slot: Slot, e: Error): void {
    if (slot.gone || this.closing) return;
    slot.gone = true;
    if (!slot.ready) {
      this.onFatal(new Error(`a worker could not start: ${e.message}`));
      return;
    }
    const [culprit, ...rest] = slot.queue;
    const next = this.spawn();
    this.slots[this.slots.indexOf(slot)] = next;
    if (culprit) this.onResult({ seq: culprit.seq, error: { code: 'E_WORKER', message: `the extraction crashed (${e.message})` } });
    for (const job of rest) {
      next.queue.push(job);
      next.worker.postMessage(job);
    }
  }
}

/** Jobs run one at a time on the main thread, each in its own turn of the event loop. */
class MainThreadPool implements Pool {
  private readonly queue: Job[] = [];
  private runJob: typeof import('./job.js').runJob | null = null;
  private closed = false;

  constructor(
    private readonly config: JobConfig,
    private readonly onResult: (r: Result) => void,
    onFatal: (e: Error) => void,
  ) {
    import('./job.js').then(
      (m) => {
        this.runJob = m.runJob;
        this.next();
      },
      (e: Error) => onFatal(e),
    );
  }

  hasRoom(): boolean {
    return this.queue.length < DEPTH;
  }

  submit(job: Job): void {
    this.queue.push(job);
    if (this.queue.length === 1) this.next();
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  private next(): void {
    setImmediate(() => {
      const job = this.queue[0];
      if (!job || !this.runJob || this.closed) return;
      const result = this.runJob(job, this.config);
      this.queue.shift();
      this.onResult(result);
      if (this.queue.length) this.next();
    });
  }
}
