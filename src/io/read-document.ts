import { readFile, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { partitionPoint } from '../binary-search.js';
import { LedeError } from '../errors.js';
import { decodePage } from './page-bytes.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Reads a whole file (or stdin for "-") as text (UTF-8, or a web page in its own charset when `page`), refusing
 * what is not a text document and what is longer than maxChars, without reading more than it must: no charset
 * spends more than 3 bytes on a UTF-16 code unit.
 */
export async function readDocument(path: string, stdin: Readable, maxChars = Number.MAX_SAFE_INTEGER, page = false): Promise<string> {
  const where = path === '-' ? 'stdin' : path;
  const maxBytes = maxChars * 3;
  const bytes = path === '-' ? await readAll(stdin, maxBytes) : await readFileBytes(path, maxBytes);
  const text = bytes ? decodeDocument(bytes, where, page) : null;
  if (text === null || text.length > maxChars) {
    const size = text === null ? `more than ${maxBytes.toLocaleString('en')} bytes` : `${text.length.toLocaleString('en')} characters`;
    throw new LedeError('E_TOO_LARGE', `${where}: the document is ${size}; the limit is --max-chars ${maxChars.toLocaleString('en')}`);
  }
  return text;
}

/** The file's bytes, or null when it has more than maxBytes. */
async function readFileBytes(path: string, maxBytes: number): Promise<Buffer | null> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    throw fileError(path, e);
  }
  if (info.isDirectory()) throw new LedeError('E_IS_DIRECTORY', `${path}: is a directory (use \`lede batch ${path}\` for a folder of articles)`);
  if (info.size > maxBytes) return null;
  return readBytes(path);
}

/** A file's bytes; failing, a one-line error naming it. */
export async function readBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (e) {
    throw fileError(path, e);
  }
}

export function fileError(path: string, e: unknown): LedeError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new LedeError('E_NOT_FOUND', `${path}: no such file`);
  if (code === 'EACCES') return new LedeError('E_READ', `${path}: permission denied`);
  if (code === 'EISDIR') return new LedeError('E_IS_DIRECTORY', `${path}: is a directory`);
  return new LedeError('E_READ', `${path}: cannot read (${code ?? (e as Error).message})`);
}

/** All of a stream, or null as soon as it has passed maxBytes. */
export async function readAll(stream: Readable, maxBytes = Number.MAX_SAFE_INTEGER): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += bytes.length;
    if (size > maxBytes) {
      stream.destroy();
      return null;
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

/** A document's bytes as text: a web page (a saved file) as a browser decodes it, anything else as UTF-8. */
export function decodeDocument(bytes: Uint8Array, where: string, page: boolean): string {
  return page ? decodePage(bytes, null, where) : decodeText(bytes, where);
}

/** UTF-8 with a leading byte-order mark dropped; binary data, bad UTF-8 and empty text are errors. */
export function decodeText(bytes: Uint8Array, where: string): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new LedeError('E_BINARY', `${where}: looks like binary data (NUL byte at offset ${nul}), not a text article`);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new LedeError('E_ENCODING', `${where}: is not valid UTF-8 (first bad byte at offset ${firstBadByte(bytes)})`);
  }
  if (text.trim() === '') throw new LedeError('E_EMPTY', `${where}: the document is empty`);
  return text;
}

function firstBadByte(bytes: Uint8Array): number {
  return partitionPoint(1, bytes.length + 1, (length) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
      return true;
    } catch {
      return false;
    }
  }) - 1;
}
