import type { Readable } from 'node:stream';

/** Splits a byte stream into lines (without the "\n", a trailing "\r" dropped), as bytes so each line can be decoded on its own. */
export async function* byteLines(stream: Readable): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  for await (const chunk of stream) {
    let buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    let nl = buf.indexOf(10);
    while (nl >= 0) {
      pending.push(buf.subarray(0, nl));
      yield stripCr(pending.length === 1 ? pending[0]! : Buffer.concat(pending));
      pending = [];
      buf = buf.subarray(nl + 1);
      nl = buf.indexOf(10);
    }
    if (buf.length) pending.push(buf);
  }
  if (pending.length) yield stripCr(Buffer.concat(pending));
}

function stripCr(line: Buffer): Buffer {
  return line.length && line[line.length - 1] === 13 ? line.subarray(0, line.length - 1) : line;
}
