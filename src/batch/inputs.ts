import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { LedeError } from '../errors.js';
import { decodeText, fileError } from '../cli/read-document.js';
import { decompressed } from './gzip.js';
import { byteLines, OversizedLine } from './lines.js';
import { parseRecord, tooLarge, type RecordFields } from './record.js';
import type { Source } from './sources.js';

/** One document to extract, or one input that could not become a document (id "" when none could be read). */
export type InputItem =
  | { kind: 'doc'; id: string; text: string; where: string }
  | { kind: 'error'; id: string; where: string; code: string; message: string };

export interface ReadOptions extends RecordFields {
  cwd: string;
  stdin: Readable;
  /** counts input bytes as they are read, for the progress bar */
  onBytes: (n: number) => void;
}

/** Documents from every source, in order: one item per JSONL line that is not blank, one per text file. */
export async function* readItems(sources: AsyncIterable<Source>, options: ReadOptions): AsyncGenerator<InputItem> {
  for await (const source of sources) {
    if (source.kind === 'text') yield await textFileItem(source.path, source.id, options);
    else yield* jsonlItems(source.path, options);
  }
}

async function* jsonlItems(path: string, options: ReadOptions): AsyncGenerator<InputItem> {
  const where = path === '-' ? 'stdin' : path;
  const raw = path === '-' ? options.stdin : createReadStream(resolve(options.cwd, path));
  try {
    yield* jsonlLineItems(counted(raw, options.onBytes), where, options);
  } catch (e) {
    throw e instanceof LedeError ? e : fileError(where, e);
  } finally {
    if (path !== '-') raw.destroy();
  }
}

/**
 * One item per JSONL line that is not blank, from a stream of bytes, gzipped or not; a line's place is `where:N`.
 * A line can hold the text escaped (up to 6 bytes a code unit) beside other fields, hence the default line limit.
 */
export async function* jsonlLineItems(
  chunks: AsyncIterable<Buffer>,
  where: string,
  fields: RecordFields,
  maxLineBytes = Math.max(64 << 20, fields.maxChars * 8),
): AsyncGenerator<InputItem> {
  let n = 0;
  for await (const line of byteLines(decompressed(chunks, where), maxLineBytes)) {
    n++;
    if (line instanceof OversizedLine) {
      const message = `the line is ${line.length} bytes, too long for --max-chars ${fields.maxChars}`;
      yield { kind: 'error', id: leadingId(line.head, fields.idField), where: `${where}:${n}`, code: 'E_TOO_LARGE', message };
      continue;
    }
    if (isBlank(line)) continue;
    yield parseRecord(line, `${where}:${n}`, fields);
  }
}

async function* counted(stream: Readable, onBytes: (n: number) => void): AsyncGenerator<Buffer> {
  for await (const chunk of stream) {
    onBytes((chunk as Buffer).length);
    yield chunk as Buffer;
  }
}

function isBlank(line: Buffer): boolean {
  for (const byte of line) if (byte !== 32 && byte !== 9 && byte !== 13) return false;
  return true;
}

/** The id of an oversized line, when it is the line's first field (the rest of the line was not kept). */
function leadingId(head: Buffer, idField: string): string {
  const text = head.toString('utf8');
  const key = JSON.stringify(idField);
  const start = /^\s*\{\s*/.exec(text)?.[0].length ?? -1;
  if (start < 0 || !text.startsWith(key, start)) return '';
  const value = /\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?)\s*,/y;
  value.lastIndex = start + key.length;
  const m = value.exec(text);
  return m ? String(JSON.parse(m[1]!)) : '';
}

async function textFileItem(path: string, id: string, options: ReadOptions): Promise<InputItem> {
  const full = resolve(options.cwd, path);
  try {
    const { size } = await stat(full);
    options.onBytes(size);
    // UTF-8 takes at most 3 bytes per UTF-16 code unit, so a bigger file is surely over the limit.
    if (size > options.maxChars * 3) return tooLarge(id, path, `${size} bytes`, options.maxChars);
    const text = decodeText(await readFile(full), path);
    if (text.length > options.maxChars) return tooLarge(id, path, `${text.length} characters`, options.maxChars);
    return { kind: 'doc', id, text, where: path };
  } catch (e) {
    const err = e instanceof LedeError ? e : fileError(path, e);
    return { kind: 'error', id, where: path, code: err.code, message: err.message.replace(`${path}: `, '') };
  }
}
