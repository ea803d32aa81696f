import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Outcome } from './outcome.js';

/** Runs jobs and reports each result; `submit` only when `hasRoom()`. */
export interface Pool<J extends PoolJob> {
  hasRoom(): boolean;
  /** `limitMs`: a job still running after that long fails with E_TIMEOUT and its worker is replaced */
  submit(job: J, limitMs?: number): void;
  close(): Promise<void>;
}

export interface PoolJob {
  seq: number;
}

/**
 * What the workers run: a compiled worker script (given the config as its workerData), and the same jobs' runner
 * for the main thread; O is a job's output.
 */
export interface WorkerKind<J extends PoolJob, C, O> {
  script: URL;
  runner: (config: C) => Promise<(job: J) => Outcome<O>>;
}

export interface PoolOptions {
  /** heap limit of each worker in MB (V8's default when undefined) */
  heapMb?: number;
  /** the most each worker's young generation may grow to, MB (V8's default, 16 MB semi-spaces, when undefined) */
  youngMb?: number;
  /** jobs a worker holds at once (default 2: the one it runs and the next, so it never waits on the main thread) */
  depth?: number;
  /**
   * give jobs only to workers that have loaded the models, so a job starts as soon as it is given (by default a
   * starting worker is given jobs too, and runs them once it has loaded)
   */
  readyOnly?: boolean;
  /** called each time a worker (one started with the pool, or one that replaces another) can take jobs */
  onWorkerReady?: () => void;
}

/**
 * Worker threads, or, when lede runs from its TypeScript source (under vitest or a TS loader, with no
 * compiled worker to start), the main thread itself.
 */
export function createPool<J extends PoolJob, C, O>(
  kind: WorkerKind<J, C, O>,
  size: number,
  config: C,
  onResult: (r: Outcome<O>) => void,
  onFatal: (e: Error) => void,
  options: PoolOptions = {},
): Pool<J> {
  const depth = options.depth ?? 2;
  const onWorkerReady = options.onWorkerReady ?? (() => undefined);
  return existsSync(kind.script)
    ? new WorkerPool(kind.script, size, config, onResult, onFatal, depth, options)
    : new MainThreadPool(kind, config, onResult, onFatal, onWorkerReady, depth);
}

/**
 * Workers inherit the parent's Node and V8 flags (`node --max-old-space-size=8192 lede.js batch`) unless given
 * a list, which may not hold V8 flags; one is given only when the parent was started with
 * `node --input-type=module -e`, a flag a worker file cannot take.
 */
const WORKER_EXEC_ARGV = process.execArgv.some((a) => a.startsWith('--input-type')) ? process.execArgv.filter((a) => !a.startsWith('--input-type')) : undefined;

interface Slot<J> {
  worker: Worker;
  queue: Array<{ job: J; limitMs?: number }>;
  ready: boolean;
  gone: boolean;
  /** the time limit of the job at the head of the queue, while it runs (the worker is ready) */
  timer: NodeJS.Timeout | null;
  timedOut: boolean;
}

/**
 * Worker threads that each load the models once and run the jobs they are given, in the order given.
 * A worker that dies (out of memory on one document, say) or overruns a job's time limit fails that one job
 * and is replaced; its other jobs go to the replacement. A worker that cannot even start is fatal (`onFatal`).
 */
class WorkerPool<J extends PoolJob, C, O> implements Pool<J> {
  private readonly slots: Array<Slot<J>> = [];
  private closing = false;

  constructor(
    private readonly script: URL,
    size: number,
    private readonly config: C,
    private readonly onResult: (r: Outcome<O>) => void,
    private readonly onFatal: (e: Error) => void,
    private readonly depth: number,
    private readonly options: PoolOptions,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  hasRoom(): boolean {
    return this.slots.some((s) => this.open(s));
  }

  /** Gives the job to the least busy worker; call only when hasRoom(). */
  submit(job: J, limitMs?: number): void {
    let best: Slot<J> | null = null;
    for (const s of this.slots) if (this.open(s) && (!best || s.queue.length < best.queue.length)) best = s;
    this.post(best!, job, limitMs);
  }

  private open(slot: Slot<J>): boolean {
    return slot.queue.length < this.depth && (slot.ready || !this.options.readyOnly);
  }

  async close(): Promise<void> {
    this.closing = true;
    for (const s of this.slots) if (s.timer) clearTimeout(s.timer);
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private post(slot: Slot<J>, job: J, limitMs?: number): void {
    slot.queue.push({ job, limitMs });
    slot.worker.postMessage(job);
    if (slot.queue.length === 1) this.startClock(slot);
  }

  /** Times the job at the head of the queue, once the worker is ready to run it. */
  private startClock(slot: Slot<J>): void {
    const head = slot.queue[0];
    if (head?.limitMs === undefined || !slot.ready) return;
    slot.timer = setTimeout(() => {
      slot.timedOut = true;
      void slot.worker.terminate();
    }, head.limitMs);
  }

  private spawn(): Slot<J> {
    const worker = new Worker(this.script, {
      workerData: this.config,
      execArgv: WORKER_EXEC_ARGV,
      resourceLimits: { maxOldGenerationSizeMb: this.options.heapMb, maxYoungGenerationSizeMb: this.options.youngMb },
    });
    const slot: Slot<J> = { worker, queue: [], ready: false, gone: false, timer: null, timedOut: false };
    worker.on('message', (reply: { ready: true } | Outcome<O>) => {
      if ('ready' in reply) {
        slot.ready = true;
        this.startClock(slot);
        this.options.onWorkerReady?.();
        return;
      }
      if (slot.timedOut) return;
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = null;
      slot.queue.shift();
      this.startClock(slot);
      this.onResult(reply);
    });
    worker.on('error', (e) => this.lost(slot, e));
    worker.on('exit', (code) => this.lost(slot, new Error(`the worker exited with code ${code}`)));
    return slot;
  }

  private lost(slot: Slot<J>, e: Error): void {
    if (slot.gone || this.closing) return;
    slot.gone = true;
    if (slot.timer) clearTimeout(slot.timer);
    if (!slot.ready) {
      this.onFatal(new Error(`a worker could not start: ${e.message}`));
      return;
    }
    const [culprit, ...rest] = slot.queue;
    const next = this.spawn();
    this.slots[this.slots.indexOf(slot)] = next;
    if (culprit) {
      const error = slot.timedOut
        ? { code: 'E_TIMEOUT', message: `the extraction took longer than ${culprit.limitMs} ms; it was stopped` }
        : { code: 'E_WORKER', message: `the extraction crashed (${e.message})` };
      this.onResult({ seq: culprit.job.seq, error });
    }
    for (const { job, limitMs } of rest) this.post(next, job, limitMs);
  }
}

/** Jobs run one at a time on the main thread, each in its own turn of the event loop; no time limit applies. */
class MainThreadPool<J extends PoolJob, C, O> implements Pool<J> {
  private readonly queue: J[] = [];
  private runJob: ((job: J) => Outcome<O>) | null = null;
  private closed = false;

  constructor(
    kind: WorkerKind<J, C, O>,
    config: C,
    private readonly onResult: (r: Outcome<O>) => void,
    onFatal: (e: Error) => void,
    onWorkerReady: () => void,
    private readonly depth: number,
  ) {
    kind.runner(config).then(
      (runJob) => {
        this.runJob = runJob;
        onWorkerReady();
        this.next();
      },
      (e: Error) => onFatal(e),
    );
  }

  hasRoom(): boolean {
    return this.queue.length < this.depth;
  }

  submit(job: J): void {
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
      const result = this.runJob(job);
      this.queue.shift();
      this.onResult(result);
      if (this.queue.length) this.next();
    });
  }
}
