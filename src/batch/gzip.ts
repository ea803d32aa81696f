import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { LedeError } from '../errors.js';

/** The bytes of a stream, gunzipped when they start with the gzip magic number (so .jsonl.gz and `zcat`-less stdin both work). */
export async function* decompressed(stream: Readable, where: string): AsyncGenerator<Buffer> {
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const first = await chunks.next();
  if (first.done) return;
  const head = toBuffer(first.value);
  const rest = (async function* () {
    yield head;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield toBuffer(next.value);
  })();
  if (head[0] !== 0x1f || head[1] !== 0x8b) {
    yield* rest;
    return;
  }
  const gunzip = Readable.from(rest).pipe(createGunzip());
  try {
    for await (const chunk of gunzip) yield chunk as Buffer;
  } catch (e) {
    throw new LedeError('E_READ', `${where}: not valid gzip data (${(e as Error).message})`);
  }
}

function toBuffer(chunk: Buffer | string): Buffer {
  return typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
}
