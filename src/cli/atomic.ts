import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { LedeError } from '../errors.js';

function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.tmp-${process.pid}`);
}

/** Writes a file so that readers see the old file or the whole new one, never a part. */
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const temp = tempPathFor(path);
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true });
    throw new LedeError('E_WRITE', `${path}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/** A stream to a temporary file beside `path`, renamed over it on commit and removed on abort. */
export interface AtomicStream {
  write(s: string): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

export async function openAtomicStream(path: string): Promise<AtomicStream> {
  const temp = tempPathFor(path);
  const stream: WriteStream = createWriteStream(temp);
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', (e: NodeJS.ErrnoException) => reject(new LedeError('E_WRITE', `${path}: cannot write (${e.code ?? e.message})`)));
  });
  let failure: Error | null = null;
  stream.on('error', (e) => (failure = e));
  const closed = () => new Promise<void>((resolve) => stream.end(() => resolve()));
  return {
    async write(s) {
      if (failure) throw new LedeError('E_WRITE', `${path}: cannot write (${failure.message})`);
      if (!stream.write(s)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
    },
    async commit() {
      await closed();
      if (failure) {
        await rm(temp, { force: true });
        throw new LedeError('E_WRITE', `${path}: cannot write (${(failure as Error).message})`);
      }
      await rename(temp, path);
    },
    async abort() {
      await closed();
      await rm(temp, { force: true });
    },
  };
}
