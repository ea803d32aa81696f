import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { LedeError } from '../errors.js';
import { writeFileAtomic } from '../io/atomic.js';
import { readJournal, type JournalState } from './journal.js';

/** Where a batch run's output goes. Writes are queued in input order; `busy` asks the run to wait for `drained()`. */
export interface Sink {
  /** one file per document, named after its id, instead of one output */
  readonly perDocument: boolean;
  /** the documents an earlier run of an output file already wrote (--resume), to be skipped */
  readonly journal: JournalState | null;
  /** with --out-dir and --resume: whether this document's file is already written */
  exists?(id: string): Promise<boolean>;
  write(id: string, out: string): void;
  readonly busy: boolean;
  drained(): Promise<void>;
  /** all documents are written: make the output complete */
  finish(): Promise<void>;
  /** stop (interrupted, or a fatal error), keeping what was written so --resume can continue */
  abandon(): Promise<void>;
}

/** `between` stands between two documents (a format's separator). */
export function stdoutSink(stdout: (s: string) => void, drain: () => Promise<void>, between: string): Sink {
  let waiting: Promise<void> | null = null;
  const separate = separator(between, false);
  return {
    perDocument: false,
    journal: null,
    write(_id, out) {
      stdout(separate(out));
      const p = drain();
      waiting = p;
      void p.then(() => {
        if (waiting === p) waiting = null;
      });
    },
    get busy() {
      return waiting !== null;
    },
    drained: () => waiting ?? Promise.resolve(),
    finish: async () => {},
    abandon: async () => {},
  };
}

/** The name of the file a JSONL output is written to until the run completes. */
export function partialPath(path: string): string {
  return `${path}.partial`;
}

/**
 * One output written to OUT.partial, renamed to OUT once every document is in it: OUT is only ever complete. With
 * `resume` (JSONL only), an OUT.partial (or a complete OUT, to append documents the inputs gained since) is the
 * journal of what is done: its torn last line is cut and its documents are skipped.
 */
export async function openFileSink(path: string, between: string, resume: boolean, notice: (line: string) => void): Promise<Sink> {
  const partial = partialPath(path);
  if (await isDirectory(path)) throw new LedeError('E_WRITE', `${path}: is a directory (use --out-dir for one file per document)`);
  let journal: JournalState | null = null;
  // Resuming from a complete OUT moves it back to OUT.partial; if the run then adds nothing, it goes back.
  let reopened = false;
  let wrote = false;
  if (resume) {
    if (!(await exists(partial)) && (await exists(path))) {
      await rename(path, partial);
      reopened = true;
    }
    if (await exists(partial)) journal = await readJournal(partial);
  } else if (await exists(partial)) {
    notice(`lede: starting ${partial} over (it is left from an earlier run; pass --resume to continue it)\n`);
  }
  const stream = createWriteStream(partial, { flags: journal ? 'a' : 'w' });
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', (e) => reject(writeError(path, e)));
  });
  let failure: Error | null = null;
  stream.on('error', (e) => (failure = e));
  const check = () => {
    if (failure) throw writeError(path, failure);
  };
  const close = () => new Promise<void>((resolve) => stream.end(() => resolve()));
  const separate = separator(between, Boolean(journal?.lines));
  return {
    perDocument: false,
    journal,
    write(_id, out) {
      check();
      wrote = true;
      stream.write(separate(out));
    },
    get busy() {
      return stream.writableNeedDrain;
    },
    async drained() {
      if (stream.writableNeedDrain) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
      check();
    },
    async finish() {
      await close();
      check();
      const handle = await open(partial, 'r+');
      await handle.sync();
      await handle.close();
      await rename(partial, path);
    },
    async abandon() {
      await close();
      if (reopened && !wrote) await rename(partial, path);
    },
  };
}

/** One file per document, named after its id and ending in `extension`, each written atomically. */
export async function openDirSink(dir: string, extension: string): Promise<Sink> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    throw writeError(dir, e as Error);
  }
  const made = new Set<string>([dir]);
  const pending = new Set<Promise<void>>();
  let failure: Error | null = null;
  const check = () => {
    if (failure) throw failure;
  };
  return {
    perDocument: true,
    journal: null,
    exists: (id) => exists(documentPath(dir, id, extension)),
    write(id, out) {
      check();
      if (id === '') return;
      const file = documentPath(dir, id, extension);
      const folder = dirname(file);
      const p = (async () => {
        if (!made.has(folder)) {
          await mkdir(folder, { recursive: true });
          made.add(folder);
        }
        await writeFileAtomic(file, out);
      })().catch((e: Error) => {
        failure ??= e instanceof LedeError ? e : writeError(file, e);
      });
      pending.add(p);
      void p.finally(() => pending.delete(p));
    },
    get busy() {
      return pending.size >= 16;
    },
    async drained() {
      await Promise.race(pending);
      check();
    },
    async finish() {
      await Promise.all(pending);
      check();
    },
    async abandon() {
      await Promise.all(pending);
    },
  };
}

/**
 * The file of a document under --out-dir: its id's "/"-separated parts as folders, each part percent-encoded
 * (so no id can climb out of the folder or collide with another), `extension` added; very long parts are hashed.
 */
function documentPath(dir: string, id: string, extension: string): string {
  const parts = id.split('/').map((part) => {
    if (part === '') return '%';
    const encoded = /^\.+$/.test(part) ? part.replaceAll('.', '%2E') : encodeURIComponent(part);
    return encoded.length > 200 ? `${encoded.slice(0, 180)}~${createHash('sha1').update(part).digest('hex').slice(0, 16)}` : encoded;
  });
  return `${join(dir, ...parts)}${extension}`;
}

/** Puts `between` before every document but the first (of an output that has none yet). */
function separator(between: string, started: boolean): (out: string) => string {
  let first = !started;
  return (out) => {
    if (first) {
      first = false;
      return out;
    }
    return between + out;
  };
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

function writeError(path: string, e: Error): LedeError {
  return new LedeError('E_WRITE', `${path}: cannot write (${(e as NodeJS.ErrnoException).code ?? e.message})`);
}
