import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Readable } from 'node:stream';
import { LedeError } from '../errors.js';
import { fileLines } from '../io/file-lines.js';
import { decodeDocument, fileError } from '../io/read-document.js';
import { formatFromPath, HTML_MARKUP_FACTOR } from '../input/detect.js';
import { tooLarge, type InputItem } from '../input/document-item.js';
import { jsonlLineItems } from '../input/jsonl-items.js';
import type { RecordFields } from '../input/jsonl-record.js';
import { warcItems, type WarcSkip } from './warc.js';
import type { Source } from './sources.js';

export interface ReadOptions extends RecordFields {
  cwd: string;
  stdin: Readable;
  /** counts input bytes as they are read, for the progress bar */
  onBytes: (n: number) => void;
  /** counts WARC responses that are no document (not 200, not HTML) */
  onSkip: (why: WarcSkip) => void;
}

/**
 * Documents from every source, in order: one item per JSONL line that is not blank, one per text file, one per
 * web page a WARC file holds.
 */
export async function* readItems(sources: AsyncIterable<Source>, options: ReadOptions): AsyncGenerator<InputItem> {
  for await (const source of sources) {
    if (source.kind === 'text') yield await textFileItem(source.path, source.id, options);
    else if (source.kind === 'warc') yield* warcItems(source.path, options);
    else yield* jsonlItems(source.path, options);
  }
}

function jsonlItems(path: string, options: ReadOptions): AsyncGenerator<InputItem> {
  // A line can hold the text escaped (up to 6 bytes a code unit) beside other fields.
  const maxLineBytes = Math.max(64 << 20, options.maxChars * (options.input === 'html' ? HTML_MARKUP_FACTOR : 1) * 8);
  return jsonlLineItems(fileLines(path, { ...options, maxLineBytes }), path === '-' ? 'stdin' : path, options);
}

async function textFileItem(path: string, id: string, options: ReadOptions): Promise<InputItem> {
  const full = resolve(options.cwd, path);
  try {
    const { size } = await stat(full);
    options.onBytes(size);
    const format = formatFromPath(path);
    const html = options.input === 'html' || (options.input === 'auto' && format === 'html');
    const limit = html ? options.maxChars * HTML_MARKUP_FACTOR : options.maxChars;
    // UTF-8 takes at most 3 bytes per UTF-16 code unit, so a bigger file is surely over the limit.
    const gzipped = GZIP_FILE.test(path);
    if (!gzipped && size > limit * 3) return tooLarge(id, path, `${size} bytes`, options.maxChars, html);
    const raw = await readFile(full);
    const bytes = gzipped ? gunzipAtMost(raw, limit * 3) : raw;
    if (bytes === null) return tooLarge(id, path, `more than ${limit * 3} bytes unzipped`, options.maxChars, html);
    // A saved page says its own charset (<meta charset>); a text file is UTF-8.
    const text = decodeDocument(bytes, path, html);
    if (text.length > limit) return tooLarge(id, path, `${text.length} characters`, options.maxChars, html);
    return { kind: 'doc', id, text, where: path, ...(format ? { format } : {}) };
  } catch (e) {
    const err = e instanceof LedeError ? e : fileError(path, e);
    return { kind: 'error', id, where: path, code: err.code, message: err.message.replace(`${path}: `, '') };
  }
}

const GZIP_FILE = /\.gz$/i;

/** A gzipped file's content, or null when it unzips to more than maxBytes. */
function gunzipAtMost(bytes: Buffer, maxBytes: number): Buffer | null {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return null;
    throw new LedeError('E_READ', `not gzip data, or truncated (${(e as Error).message})`);
  }
}
