import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { LedeError } from '../errors.js';
import { fileLines } from '../io/file-lines.js';
import { OversizedLine } from '../io/lines.js';
import { decodeText, fileError } from '../io/read-document.js';
import { tooLarge, type InputItem } from './item.js';
import { parseRecord, type RecordFields } from './record.js';
import type { Source } from './sources.js';

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
  // A line can hold the text escaped (up to 6 bytes a code unit) beside other fields.
  const maxLineBytes = Math.max(64 << 20, options.maxChars * 8);
  let n = 0;
  for await (const line of fileLines(path, { ...options, maxLineBytes })) {
    n++;
    if (line instanceof OversizedLine) {
      const message = `the line is ${line.length} bytes, too long for --max-chars ${options.maxChars}`;
      yield { kind: 'error', id: leadingId(line.head, options.idField), where: `${where}:${n}`, code: 'E_TOO_LARGE', message };
      continue;
    }
    if (isBlank(line)) continue;
    yield parseRecord(line, `${where}:${n}`, options);
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
  try {
    return m ? String(JSON.parse(m[1]!)) : '';
  } catch {
    return ''; // an escape JSON does not know ("\\x"): the line is not JSON anyway
  }
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
