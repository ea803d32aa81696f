import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { LedeError } from '../errors.js';
import { decompressed } from './gzip.js';
import { byteLines, type OversizedLine } from './lines.js';
import { fileError } from './read-document.js';

export interface LineOptions {
  /** what a relative path is relative to */
  cwd: string;
  /** read for the path "-" */
  stdin: Readable;
  /** a longer line comes out as an OversizedLine, not held in memory */
  maxLineBytes: number;
  /** counts the bytes as they are read (before gunzipping) */
  onBytes?: (n: number) => void;
}

/** The lines of a file, or of stdin for "-", gunzipped when they are gzip data; a failed read names the file. */
export async function* fileLines(path: string, options: LineOptions): AsyncGenerator<Buffer | OversizedLine> {
  const where = path === '-' ? 'stdin' : path;
  const raw = path === '-' ? options.stdin : createReadStream(resolve(options.cwd, path));
  try {
    yield* byteLines(decompressed(options.onBytes ? counted(raw, options.onBytes) : raw, where), options.maxLineBytes);
  } catch (e) {
    throw e instanceof LedeError ? e : fileError(where, e);
  } finally {
    if (path !== '-') raw.destroy();
  }
}

/** The chunks of a stream, each counted as it passes. */
export async function* counted(stream: Readable, onBytes: (n: number) => void): AsyncGenerator<Buffer> {
  for await (const chunk of stream) {
    onBytes((chunk as Buffer).length);
    yield chunk as Buffer;
  }
}
