/** A line longer than the limit: its first bytes (to find an id) and its full length; the rest was dropped. */
export class OversizedLine {
  constructor(
    readonly head: Buffer,
    readonly length: number,
  ) {}
}

const HEAD_BYTES = 4096;

/**
 * Splits a byte stream into lines (without the "\n", a trailing "\r" dropped), as bytes so each line can be
 * decoded on its own. Given `maxBytes`, a longer line is not held in memory: it comes out as an OversizedLine.
 */
export function byteLines(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer>;
export function byteLines(chunks: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<Buffer | OversizedLine>;
export function byteLines(chunks: AsyncIterable<Buffer | string>, maxBytes = Infinity): AsyncGenerator<Buffer | OversizedLine> {
  return lines(chunks, maxBytes);
}

async function* lines(chunks: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<Buffer | OversizedLine> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let oversized: OversizedLine | null = null;
  for await (const chunk of chunks) {
    let buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let nl = buf.indexOf(10);
    while (nl >= 0) {
      const piece = buf.subarray(0, nl);
      if (oversized) {
        yield new OversizedLine(oversized.head, oversized.length + piece.length);
      } else if (pendingBytes + piece.length > maxBytes) {
        yield new OversizedLine(Buffer.concat([...pending, piece.subarray(0, HEAD_BYTES)]).subarray(0, HEAD_BYTES), pendingBytes + piece.length);
      } else {
        pending.push(piece);
        yield stripCr(pending.length === 1 ? pending[0]! : Buffer.concat(pending));
      }
      pending = [];
      pendingBytes = 0;
      oversized = null;
      buf = buf.subarray(nl + 1);
      nl = buf.indexOf(10);
    }
    if (buf.length === 0) continue;
    if (oversized) {
      oversized = new OversizedLine(oversized.head, oversized.length + buf.length);
    } else if (pendingBytes + buf.length > maxBytes) {
      const head = Buffer.concat([...pending, buf.subarray(0, HEAD_BYTES)]).subarray(0, HEAD_BYTES);
      oversized = new OversizedLine(Buffer.from(head), pendingBytes + buf.length);
      pending = [];
      pendingBytes = 0;
    } else {
      pending.push(buf);
      pendingBytes += buf.length;
    }
  }
  if (oversized) yield oversized;
  else if (pending.length) yield stripCr(Buffer.concat(pending));
}

function stripCr(line: Buffer): Buffer {
  return line.length && line[line.length - 1] === 13 ? line.subarray(0, line.length - 1) : line;
}
