import { createReadStream } from 'node:fs';
import { open, stat, truncate } from 'node:fs/promises';
import { LedeError } from '../errors.js';
import { byteLines } from '../io/lines.js';

/** What an earlier, unfinished run left in an output file. */
export interface JournalState {
  path: string;
  /** complete lines, one per input document, in input order */
  lines: number;
  /** how many of them are error records */
  failed: number;
  /** the id of the last complete line, to check the inputs are the same ones */
  lastId: string | null;
  /** bytes of a torn last line that were cut off */
  repairedBytes: number;
}

// Only an extraction has this key; inside a JSON string the quotes would be escaped, so it cannot match there.
const EXTRACTION_MARK = Buffer.from('"meta":{');

/**
 * Reads an output file as the journal of the run that wrote it: every complete line is a document done; a last
 * line without its "\n" (the process died mid-write) is cut off so it is redone.
 */
export async function readJournal(path: string): Promise<JournalState> {
  const { size } = await stat(path);
  const end = await completeLength(path, size);
  if (end < size) await truncate(path, end);
  let lines = 0;
  let failed = 0;
  let last: Buffer | null = null;
  if (end > 0) {
    for await (const line of byteLines(createReadStream(path, { end: end - 1 }))) {
      lines++;
      if (line.indexOf(EXTRACTION_MARK) < 0) failed++;
      last = line;
    }
  }
  return { path, lines, failed, lastId: last ? idOf(last, path, lines) : null, repairedBytes: size - end };
}

/** The length of the file up to and including its last "\n". */
async function completeLength(path: string, size: number): Promise<number> {
  const handle = await open(path, 'r');
  try {
    const block = Buffer.alloc(64 * 1024);
    for (let pos = size; pos > 0; ) {
      const from = Math.max(0, pos - block.length);
      const { bytesRead } = await handle.read(block, 0, pos - from, from);
      const nl = block.subarray(0, bytesRead).lastIndexOf(10);
      if (nl >= 0) return from + nl + 1;
      pos = from;
    }
    return 0;
  } finally {
    await handle.close();
  }
}

function idOf(line: Buffer, path: string, n: number): string {
  try {
    const record = JSON.parse(line.toString('utf8')) as { id?: unknown };
    if (typeof record.id === 'string') return record.id;
  } catch {
    // reported below
  }
  throw new LedeError('E_JSON', `${path}:${n}: not an output line of lede batch; cannot resume from this file`);
}
