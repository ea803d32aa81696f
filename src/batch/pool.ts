import { Worker } from 'node:worker_threads';
import type { Job, Reply, WorkerConfig } from './worker.js';

export type Result = { seq: number; out: string } | { seq: number; error: { code: string; message: string } };

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
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private closing = false;

  constructor(
    size: number,
    private readonly config: WorkerConfig,
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
    // The parent's Node flags, less those a worker file cannot take (a parent started with `node --input-type=module -e`).
    const execArgv = process.execArgv.filter((a) => !a.startsWith('--input-type'));
    const worker = new Worker(new URL('./worker.js', import.meta.url), {
      workerData: this.config,
      execArgv,
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
