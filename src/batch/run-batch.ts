import type { Readable } from 'node:stream';
import { LedeError } from '../errors.js';
import type { Include, OutputLayer } from '../include.js';
import type { InputFormat } from '../input/detect.js';
import { FORMATS, layersFor, type FormatName } from '../render/index.js';
import { SCHEMA_VERSION } from '../version.js';
import { readItems } from './inputs.js';
import type { InputItem } from '../input/document-item.js';
import type { Job, JobConfig, Result } from './job.js';
import { createPool, type WorkerKind } from '../workers/pool.js';
import { Progress, type Counts } from './progress.js';
import type { Sink } from './sinks.js';
import { sourcesOf, totalBytes, type Input } from './sources.js';
import type { WarcSkip } from './warc.js';

export interface BatchOptions {
  /** checked by resolveInputs() before the output was opened */
  inputs: readonly Input[];
  cwd: string;
  stdin: Readable;
  include: readonly Include[];
  only?: readonly OutputLayer[];
  explain?: boolean;
  format: FormatName;
  /** what the documents are (see JobConfig) */
  input: InputFormat | 'auto';
  jobs: number;
  /** heap limit per worker, MB */
  workerHeapMb?: number;
  idField: string;
  textField: string;
  maxChars: number;
  sink: Sink;
  /** skip documents the sink already holds */
  resume: boolean;
  /** absolute paths a folder input must not read (the output itself) */
  exclude: ReadonlySet<string>;
  stderr: (s: string) => void;
  /** draw a progress bar on stderr */
  live: boolean;
  signal: AbortSignal;
}

export interface BatchSummary extends Counts {
  interrupted: boolean;
  seconds: number;
}

const BATCH_WORKER: WorkerKind<Job, JobConfig, string> = {
  script: new URL('./worker.js', import.meta.url),
  runner: async (config) => (await import('./job.js')).jobRunner(config),
};

/** Documents held between reading and writing: the bound on memory, whatever the corpus size. */
const WINDOW_PER_JOB = 16;

/**
 * Extracts every document of every input on `jobs` worker threads, streaming: one output record per document
 * in, in input order. A document that cannot be read or extracted becomes an error record and a line on
 * stderr; the run goes on. The sink is finished when every document is written, and abandoned (what is
 * written stays, for --resume) when the run is interrupted or fails.
 */
export async function runBatch(o: BatchOptions): Promise<BatchSummary> {
  const counts: Counts = { documents: 0, failed: 0, resumed: 0, bytes: 0, totalBytes: null, skippedBytes: 0, notOk: 0, notHtml: 0 };
  const progress = new Progress(counts, o.stderr, o.live);
  if (o.live) void totalBytes(o.inputs, o.cwd, o.exclude).then((t) => (counts.totalBytes = t), () => undefined);
  // Bytes read so far; a document's position (the bytes read when it came) counts once it is written.
  let bytesRead = 0;
  const onSkip = (why: WarcSkip): void => void (why === 'status' ? counts.notOk++ : counts.notHtml++);
  const items = readItems(sourcesOf(o.inputs, o.cwd, o.exclude), { ...o, onBytes: (n) => (bytesRead += n), onSkip });
  let interrupted = false;
  try {
    if (o.resume && o.sink.journal) await skipJournal(items, o.sink, counts);
    counts.bytes = counts.skippedBytes = bytesRead;
    interrupted = await extractAll(items, o, counts, () => bytesRead);
    if (interrupted) await o.sink.abandon();
    else await o.sink.finish();
  } catch (e) {
    await o.sink.abandon();
    throw e;
  } finally {
    progress.stop();
    await items.return(undefined);
  }
  return { ...counts, interrupted, seconds: progress.seconds() };
}

/** Skips the documents an earlier run wrote, checking that the last of them has the id the output says. */
async function skipJournal(items: AsyncGenerator<InputItem>, sink: Sink, counts: Counts): Promise<void> {
  const journal = sink.journal!;
  for (let k = 1; k <= journal.lines; k++) {
    const next = await items.next();
    if (next.done) {
      throw new LedeError('E_USAGE', `cannot resume: ${journal.path} holds ${journal.lines} documents but the inputs have only ${k - 1} (are these the inputs it was made from?)`);
    }
    if (k === journal.lines && next.value.id !== journal.lastId) {
      throw new LedeError(
        'E_USAGE',
        `cannot resume: line ${k} of ${journal.path} is document ${JSON.stringify(journal.lastId)} but document ${k} of the inputs is ${JSON.stringify(next.value.id)} (are these the inputs it was made from?)`,
      );
    }
  }
  counts.resumed = journal.lines;
  counts.failed = journal.failed;
}

/** Runs the documents through the workers and writes them in order; true when interrupted. */
async function extractAll(items: AsyncGenerator<InputItem>, o: BatchOptions, counts: Counts, bytesRead: () => number): Promise<boolean> {
  const window = WINDOW_PER_JOB * o.jobs;
  const format = FORMATS[o.format];
  const wakeup = new Wakeup();
  const waiting = new Map<number, { id: string; where: string; position: number }>();
  const ready = new Map<number, Result>();
  let read = 0;
  let written = 0;
  let fatal: unknown = null;
  const stopped = () => o.signal.aborted || fatal !== null;

  const emit = (seq: number, result: Result) => {
    const { id, where, position } = waiting.get(seq)!;
    waiting.delete(seq);
    counts.bytes = position;
    if ('error' in result) {
      counts.failed++;
      const noFile = o.sink.perDocument && id === '';
      o.stderr(`lede: ${where}: ${result.error.message}${noFile ? ' (no id, so no file)' : ''}\n`);
      if (format.failure && !noFile) o.sink.write(id, format.failure({ schemaVersion: SCHEMA_VERSION, id, error: result.error }));
    } else {
      o.sink.write(id, result.out);
    }
    counts.documents++;
  };
  const settle = (result: Result) => {
    ready.set(result.seq, result);
    try {
      for (let r = ready.get(written); r && fatal === null; r = ready.get(written)) {
        ready.delete(written);
        emit(written, r);
        written++;
      }
    } catch (e) {
      fatal = e;
    }
    wakeup.wake();
  };
  // Stopping also ends a read from stdin that may never end by itself.
  const stop = () => {
    o.stdin.destroy();
    wakeup.wake();
  };
  const pool = createPool(
    BATCH_WORKER,
    o.jobs,
    { include: layersFor(format, o.include), only: o.only, explain: o.explain, format: o.format, input: o.input },
    settle,
    (e) => {
      fatal = e;
      stop();
    },
    { heapMb: o.workerHeapMb },
  );
  o.signal.addEventListener('abort', stop);
  try {
    for (;;) {
      let next: IteratorResult<InputItem>;
      try {
        next = await items.next();
      } catch (e) {
        if (stopped()) break;
        throw e;
      }
      if (stopped() || next.done) break;
      const item = next.value;
      if (o.resume && o.sink.exists && item.id !== '' && (await o.sink.exists(item.id))) {
        counts.resumed++;
        continue;
      }
      const seq = read++;
      waiting.set(seq, { id: item.id, where: item.where, position: bytesRead() });
      while (!stopped() && (seq - written >= window || (item.kind === 'doc' && !pool.hasRoom()) || o.sink.busy)) {
        await (o.sink.busy ? Promise.race([o.sink.drained(), wakeup.next()]) : wakeup.next());
      }
      if (stopped()) break;
      if (item.kind === 'error') settle({ seq, error: { code: item.code, message: item.message } });
      else pool.submit({ seq, id: item.id, text: item.text, ...(item.format ? { format: item.format } : {}) });
    }
    while (!stopped() && written < read) await wakeup.next();
    if (fatal !== null) throw fatal;
    return o.signal.aborted;
  } finally {
    o.signal.removeEventListener('abort', stop);
    await pool.close();
  }
}

/** A promise to wait on until something happens (a result, an abort), renewed each time. */
class Wakeup {
  private resolve!: () => void;
  private promise = this.renew();

  private renew(): Promise<void> {
    return new Promise<void>((r) => (this.resolve = r));
  }

  next(): Promise<void> {
    return this.promise;
  }

  wake(): void {
    const resolve = this.resolve;
    this.promise = this.renew();
    resolve();
  }
}
