import type { Outcome } from '../workers/outcome.js';
import { createPool, type Pool, type WorkerKind } from '../workers/pool.js';
import type { ServeJob } from './job.js';

const SERVE_WORKER: WorkerKind<ServeJob, null, Uint8Array> = {
  script: new URL('./worker.js', import.meta.url),
  runner: async () => (await import('./job.js')).serveRunner(),
};

/**
 * Each worker's young generation stays small: left to grow, a burst of requests leaves every worker holding
 * ~30 MB more for good; at 8 MB a warm extraction is no slower.
 */
const YOUNG_MB = 8;

export interface SchedulerOptions {
  /** worker threads */
  jobs: number;
  /** requests let in beyond those the workers are running */
  queue: number;
  /** called once, when every worker has loaded the models */
  onReady: () => void;
  onFatal: (e: Error) => void;
}

/** When a job must be done: queued past `deadline` it fails with E_BUSY; running longer than `limitMs` (or past the deadline), with E_TIMEOUT. */
export interface Limits {
  deadline?: number;
  limitMs?: number;
  /** the request is gone: drop the job if it has not started */
  signal?: AbortSignal;
}

/** A job's outcome: the bytes to send, or an error. */
export type Answer = Outcome<Uint8Array>;

interface Waiter {
  job: ServeJob;
  limits: Limits;
  done: (r: Answer) => void;
  timer: NodeJS.Timeout | null;
}

/**
 * Requests in, jobs out: admits at most `jobs + queue` requests at once, and runs their jobs on the workers
 * first come, first served, one job a worker, so no job waits behind a slow one while another worker is free.
 */
export class Scheduler {
  private readonly pool: Pool<ServeJob>;
  private readonly waiting: Waiter[] = [];
  private readonly running = new Map<number, Waiter>();
  private seq = 0;
  private admitted = 0;

  constructor(private readonly options: SchedulerOptions) {
    let starting = options.jobs;
    const onWorkerReady = (): void => {
      if (starting > 0 && --starting === 0) options.onReady();
      this.pump();
    };
    this.pool = createPool(SERVE_WORKER, options.jobs, null, (r) => this.settle(r), options.onFatal, { depth: 1, readyOnly: true, onWorkerReady, youngMb: YOUNG_MB });
  }

  /** Lets a request in, or says no (a 503) when the workers and the queue are full; `release` when it is answered. */
  admit(): boolean {
    if (this.admitted >= this.options.jobs + this.options.queue) return false;
    this.admitted++;
    return true;
  }

  release(): void {
    this.admitted--;
  }

  get idle(): boolean {
    return this.admitted === 0;
  }

  stats(): { workers: number; running: number; waiting: number; requests: number } {
    return { workers: this.options.jobs, running: this.running.size, waiting: this.waiting.length, requests: this.admitted };
  }

  run(job: Omit<ServeJob, 'seq'>, limits: Limits): Promise<Answer> {
    const seq = this.seq++;
    return new Promise((resolve) => {
      const waiter: Waiter = { job: { ...job, seq }, limits, done: resolve, timer: null };
      if (limits.deadline !== undefined) {
        waiter.timer = setTimeout(() => this.drop(waiter, 'E_BUSY', 'every worker stayed busy until the time limit (--timeout); try again'), Math.max(0, limits.deadline - Date.now()));
      }
      limits.signal?.addEventListener('abort', () => this.drop(waiter, 'E_READ', 'the request was cancelled'), { once: true });
      this.waiting.push(waiter);
      this.pump();
    });
  }

  close(): Promise<void> {
    for (const w of this.waiting.splice(0)) this.finish(w, { seq: w.job.seq, error: { code: 'E_BUSY', message: 'the server is shutting down' } });
    return this.pool.close();
  }

  private pump(): void {
    while (this.waiting.length > 0 && this.pool.hasRoom()) {
      const w = this.waiting.shift()!;
      if (w.timer) clearTimeout(w.timer);
      const { deadline, limitMs = Infinity } = w.limits;
      const limit = Math.max(1, Math.min(limitMs, deadline === undefined ? Infinity : deadline - Date.now()));
      this.running.set(w.job.seq, w);
      this.pool.submit(w.job, Number.isFinite(limit) ? limit : undefined);
    }
  }

  private drop(w: Waiter, code: string, message: string): void {
    const i = this.waiting.indexOf(w);
    if (i < 0) return;
    this.waiting.splice(i, 1);
    this.finish(w, { seq: w.job.seq, error: { code, message } });
  }

  private settle(r: Answer): void {
    const w = this.running.get(r.seq);
    if (w) {
      this.running.delete(r.seq);
      this.finish(w, r);
    }
    this.pump();
  }

  private finish(w: Waiter, r: Answer): void {
    if (w.timer) clearTimeout(w.timer);
    w.done(r);
  }
}
