import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { LedeError } from '../errors.js';
import { decodeText, fileError } from '../cli/read-document.js';
import { byteLines } from './lines.js';

/** One document to extract, or one input that could not become a document. */
export type InputItem =
  | { kind: 'doc'; id: string; text: string; where: string }
  | { kind: 'error'; id: string | null; where: string; message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const TEXT_FILE = /\.(?:txt|md)$/i;

/** Documents from every input, in order: JSONL files, "-" (JSONL on stdin), folders of .txt/.md, single text files. */
export async function* readInputs(inputs: readonly string[], stdin: Readable): AsyncGenerator<InputItem> {
  for (const input of inputs) {
    if (input === '-') {
      yield* jsonlItems(stdin, 'stdin');
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (e) {
      throw fileError(input, e);
    }
    if (info.isDirectory()) yield* folderItems(input);
    else if (/\.jsonl$/i.test(input)) yield* jsonlItems(createReadStream(input), input);
    else yield await fileItem(input, input.split(/[\\/]/).pop() ?? input);
  }
}

async function* jsonlItems(stream: Readable, where: string): AsyncGenerator<InputItem> {
  let n = 0;
  try {
    for await (const bytes of byteLines(stream)) {
      n++;
      if (bytes.length === 0 || /^\s*$/.test(bytes.toString('latin1'))) continue;
      yield parseLine(bytes, `${where}:${n}`);
    }
  } catch (e) {
    throw e instanceof LedeError ? e : fileError(where, e);
  }
}

function parseLine(bytes: Buffer, where: string): InputItem {
  let line: string;
  try {
    line = utf8.decode(bytes);
  } catch {
    return { kind: 'error', id: null, where, message: 'the line is not valid UTF-8' };
  }
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { kind: 'error', id: null, where, message: `not JSON (${(e as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { kind: 'error', id: null, where, message: 'not a JSON object with "id" and "text"' };
  }
  const record = value as Record<string, unknown>;
  const rawId = record.id;
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : null;
  if (id === null) return { kind: 'error', id: null, where, message: 'no "id" (a string or number)' };
  if (typeof record.text !== 'string') return { kind: 'error', id, where, message: 'no string "text"' };
  if (record.text.trim() === '') return { kind: 'error', id, where, message: 'the document is empty' };
  return { kind: 'doc', id, text: record.text, where };
}

async function* folderItems(root: string): AsyncGenerator<InputItem> {
  for (const path of await listTextFiles(root)) {
    yield await fileItem(path, relative(root, path).split(sep).join('/'));
  }
}

async function listTextFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listTextFiles(path)));
    else if (entry.isFile() && TEXT_FILE.test(entry.name)) out.push(path);
  }
  return out;
}

async function fileItem(path: string, id: string): Promise<InputItem> {
  try {
    return { kind: 'doc', id, text: decodeText(await readFile(path), path), where: path };
  } catch (e) {
    const message = e instanceof LedeError ? e.message.replace(`${path}: `, '') : fileError(path, e).message;
    return { kind: 'error', id, where: path, message };
  }
}
