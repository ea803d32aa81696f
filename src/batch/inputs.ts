import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { LedeError } from '../errors.js';
import { fileLines } from '../io/file-lines.js';
import { decodeText, fileError } from '../io/read-document.js';
import { tooLarge, type InputItem } from '../io/input-item.js';
import { jsonlLineItems } from '../io/jsonl-items.js';
import type { RecordFields } from '../io/jsonl-record.js';
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

function jsonlItems(path: string, options: ReadOptions): AsyncGenerator<InputItem> {
  // A line can hold the text escaped (up to 6 bytes a code unit) beside other fields.
  const maxLineBytes = Math.max(64 << 20, options.maxChars * 8);
  return jsonlLineItems(fileLines(path, { ...options, maxLineBytes }), path === '-' ? 'stdin' : path, options);
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
