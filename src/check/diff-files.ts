import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { LedeError } from '../errors.js';
import { byteLines } from '../io/lines.js';
import { fileError, readAll } from '../io/read-document.js';
import { diffExtractions, type DiffOptions } from './diff.js';
import { addDocument, createReport, emptyDiff, isSame, type DocumentReport, type Report } from './report.js';
import { isObject, stringField, type JsonObject } from './values.js';

/**
 * Compares two extractions (JSON files), or two JSONL runs of a corpus (`lede batch` output) keyed by
 * document id. `-` reads one of them from stdin. A `.jsonl` file is streamed, and documents are paired as
 * they arrive, so runs in the same order are compared in little memory whatever their size.
 */
export async function diffFiles(a: string, b: string, stdin: Readable, options: DiffOptions = {}): Promise<Report> {
  if (a === '-' && b === '-') throw new LedeError('E_USAGE', 'only one of the two may be "-" (stdin)');
  const [left, right] = [await openSource(a, stdin), await openSource(b, stdin)];
  if (left.kind !== right.kind) {
    const [single, run] = left.kind === 'single' ? [a, b] : [b, a];
    throw new LedeError('E_USAGE', `cannot compare ${single} (one extraction) with ${run} (a JSONL run): give two of a kind`);
  }
  const report = createReport({ command: 'diff', a, b });
  if (left.kind === 'single' && right.kind === 'single') {
    const name = stringField(left.value, 'id') ?? stringField(right.value, 'id') ?? b;
    const doc = compared(name, left.value, right.value, options);
    addDocument(report, doc, doc.status !== 'same');
  } else if (left.kind === 'run' && right.kind === 'run') {
    await joinRuns(left, right, report, options);
  }
  return report;
}

function compared(name: string, a: JsonObject, b: JsonObject, options: DiffOptions): DocumentReport {
  const diff = diffExtractions(a, b, options);
  return { name, status: isSame(diff) ? 'same' : 'differ', ...diff };
}

interface Line {
  text: string;
  n: number;
}

type Source =
  | { kind: 'single'; value: JsonObject }
  | { kind: 'run'; where: string; lines: AsyncIterator<Line> };

/** A .jsonl file is a run; anything else is read whole: one JSON object, else JSONL. */
async function openSource(path: string, stdin: Readable): Promise<Source> {
  if (/\.jsonl$/i.test(path)) return { kind: 'run', where: path, lines: streamLines(path) };
  let text: string;
  try {
    text = (path === '-' ? (await readAll(stdin))! : await readFile(path)).toString('utf8');
  } catch (e) {
    throw fileError(path, e);
  }
  const where = path === '-' ? 'stdin' : path;
  if (text.trim() === '') throw new LedeError('E_EMPTY', `${where}: is empty`);
  try {
    const value: unknown = JSON.parse(text);
    if (isObject(value)) return { kind: 'single', value };
    throw new LedeError('E_JSON', `${where}: not an extraction (a JSON object) nor JSONL lines of them`);
  } catch (e) {
    if (e instanceof LedeError) throw e;
    return { kind: 'run', where, lines: arrayLines(text.split('\n')) };
  }
}

async function* streamLines(path: string): AsyncGenerator<Line> {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let n = 0;
  try {
    for await (const bytes of byteLines(createReadStream(path))) yield { text: utf8.decode(bytes), n: ++n };
  } catch (e) {
    if (e instanceof TypeError) throw new LedeError('E_ENCODING', `${path}:${n + 1}: the line is not valid UTF-8`);
    throw fileError(path, e);
  }
}

async function* arrayLines(lines: string[]): AsyncGenerator<Line> {
  for (let i = 0; i < lines.length; i++) yield { text: lines[i]!.replace(/\r$/, ''), n: i + 1 };
}

interface Doc {
  id: string;
  /** the line as read: equal lines need no comparison */
  line: string;
  value: JsonObject;
  /** position in its run, to list documents in run order */
  index: number;
}

/** Reads the records of a run one by one: each a JSON object with an id, seen once. */
function recordReader(source: Extract<Source, { kind: 'run' }>) {
  const firstLine = new Map<string, number>();
  let index = 0;
  return async (): Promise<Doc | null> => {
    for (;;) {
      const next = await source.lines.next();
      if (next.done) return null;
      const { text, n } = next.value;
      if (text.trim() === '') continue;
      const where = `${source.where}:${n}`;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (e) {
        throw new LedeError('E_JSON', `${where}: not JSON (${(e as Error).message})`);
      }
      const rawId = isObject(value) ? value.id : undefined;
      if (!isObject(value) || (typeof rawId !== 'string' && typeof rawId !== 'number')) {
        throw new LedeError('E_FIELD', `${where}: not an extraction with an "id" (a JSONL run is keyed by document id)`);
      }
      const id = String(rawId);
      const first = firstLine.get(id);
      if (first !== undefined) throw new LedeError('E_FIELD', `${where}: id ${JSON.stringify(id)} appears twice (first on line ${first})`);
      firstLine.set(id, n);
      return { id, line: text, value, index: index++ };
    }
  };
}

/**
 * Pairs the documents of two runs by id, reading both in step: a document waits only until its partner
 * arrives, so runs in the same order keep almost nothing in memory. Only differing documents are kept.
 */
async function joinRuns(
  left: Extract<Source, { kind: 'run' }>,
  right: Extract<Source, { kind: 'run' }>,
  report: Report,
  options: DiffOptions,
): Promise<void> {
  const read = [recordReader(left), recordReader(right)] as const;
  const waiting = [new Map<string, Doc>(), new Map<string, Doc>()] as const;
  const kept: Array<{ order: [number, number]; doc: DocumentReport }> = [];
  const done = [false, false];
  while (!done[0] || !done[1]) {
    for (const side of [0, 1] as const) {
      if (done[side]) continue;
      const doc = await read[side]();
      if (doc === null) {
        done[side] = true;
        continue;
      }
      const other = side === 0 ? 1 : 0;
      const partner = waiting[other].get(doc.id);
      if (!partner) {
        waiting[side].set(doc.id, doc);
        continue;
      }
      waiting[other].delete(doc.id);
      const [a, b] = side === 0 ? [doc, partner] : [partner, doc];
      const result = a.line === b.line ? { name: doc.id, status: 'same' as const, ...emptyDiff() } : compared(doc.id, a.value, b.value, options);
      addDocument(report, result, false);
      if (result.status !== 'same') kept.push({ order: [0, a.index], doc: result });
    }
  }
  const alone = (doc: Doc, status: 'only-in-a' | 'only-in-b'): DocumentReport => {
    const result: DocumentReport = { name: doc.id, status, ...emptyDiff() };
    addDocument(report, result, false);
    return result;
  };
  for (const doc of waiting[0].values()) kept.push({ order: [0, doc.index], doc: alone(doc, 'only-in-a') });
  for (const doc of waiting[1].values()) kept.push({ order: [1, doc.index], doc: alone(doc, 'only-in-b') });
  kept.sort((p, q) => p.order[0] - q.order[0] || p.order[1] - q.order[1]);
  report.documents = kept.map((k) => k.doc);
}
