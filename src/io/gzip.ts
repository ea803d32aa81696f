import { pipeline, Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { LedeError } from '../errors.js';

/** Bytes gunzipped when they start with the gzip magic number (so .jsonl.gz and gzip on stdin both work), else as they come. */
export async function* decompressed(source: AsyncIterable<Buffer | string>, where: string): AsyncGenerator<Buffer> {
  const chunks = source[Symbol.asyncIterator]();
  const first = await chunks.next();
  if (first.done) return;
  const head = toBuffer(first.value);
  const all = (async function* () {
    yield head;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield toBuffer(next.value);
  })();
  if (head[0] !== 0x1f || head[1] !== 0x8b) {
    yield* all;
    return;
  }
  const gunzip = createGunzip();
  pipeline(Readable.from(all), gunzip, () => undefined);
  try {
    for await (const chunk of gunzip) yield chunk as Buffer;
  } catch (e) {
    throw e instanceof LedeError ? e : new LedeError('E_READ', `${where}: not valid gzip data (${(e as Error).message})`);
  }
}

function toBuffer(chunk: Buffer | string): Buffer {
  return typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
}
