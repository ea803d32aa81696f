import { opendir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { LedeError } from '../errors.js';
import { fileError } from '../io/read-document.js';

/** Where documents come from: a JSONL stream (a file, gzipped or not, or stdin) or one text file. */
export type Source = { kind: 'jsonl'; path: string | '-' } | { kind: 'warc'; path: string } | { kind: 'text'; path: string; id: string };

/** Files a folder contributes, and how. */
const JSONL_FILE = /\.(?:jsonl|ndjson)(?:\.gz)?$/i;
const WARC_FILE = /\.warc(?:\.gz)?$/i;
const TEXT_FILE = /\.(?:txt|md)$|\.(?:html?|xhtml)(?:\.gz)?$/i;

/** One command-line input checked up front: "-", a file, a folder, or the files a glob matched. */
export type Input = { kind: 'stdin' } | { kind: 'file'; path: string; size: number } | { kind: 'folder'; path: string };

/**
 * Checks every input before any work starts (a missing file is a usage error, not a failure found an hour in)
 * and expands globs, sorted, so quoting a pattern works the same in every shell.
 */
export async function resolveInputs(inputs: readonly string[], cwd: string): Promise<Input[]> {
  const out: Input[] = [];
  for (const input of inputs) {
    if (input === '-') {
      out.push({ kind: 'stdin' });
      continue;
    }
    const info = await stat(resolve(cwd, input)).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT' && isDynamicPattern(input)) return null;
      throw fileError(input, e);
    });
    if (info) {
      out.push(info.isDirectory() ? { kind: 'folder', path: input } : { kind: 'file', path: input, size: info.size });
      continue;
    }
    const matches = (await glob(input, { cwd, onlyFiles: true, expandDirectories: false, dot: false })).sort(byCodeUnit);
    if (matches.length === 0) throw new LedeError('E_NOT_FOUND', `${input}: no file matches this pattern`);
    for (const path of matches) out.push({ kind: 'file', path, size: (await stat(resolve(cwd, path))).size });
  }
  return out;
}

/** The sources of the inputs, in order; folders are walked lazily in sorted order, leaving out `exclude`d paths. */
export async function* sourcesOf(inputs: readonly Input[], cwd: string, exclude: ReadonlySet<string>): AsyncGenerator<Source> {
  for (const input of inputs) {
    if (input.kind === 'stdin') yield { kind: 'jsonl', path: '-' };
    else if (input.kind === 'file') yield sourceOf(input.path, baseName(input.path));
    else for await (const path of walk(input.path, cwd, exclude)) yield sourceOf(path, relative(input.path, path).split(sep).join('/'));
  }
}

/** A file as a source of documents: JSONL lines, WARC responses, or one document whose id is `id`. */
function sourceOf(path: string, id: string): Source {
  if (JSONL_FILE.test(path)) return { kind: 'jsonl', path };
  return WARC_FILE.test(path) ? { kind: 'warc', path } : { kind: 'text', path, id };
}

/** Total bytes of the inputs when they are all files (for an ETA); null when stdin is among them. */
export async function totalBytes(inputs: readonly Input[], cwd: string, exclude: ReadonlySet<string>): Promise<number | null> {
  let total = 0;
  for (const input of inputs) {
    if (input.kind === 'stdin') return null;
    if (input.kind === 'file') total += input.size;
    else for await (const path of walk(input.path, cwd, exclude)) total += (await stat(resolve(cwd, path))).size;
  }
  return total;
}

/** The JSONL, WARC, .txt, .md and web page files under a folder, depth first, each folder's entries in code-unit order; dot files skipped. */
async function* walk(dir: string, cwd: string, exclude: ReadonlySet<string>): AsyncGenerator<string> {
  let handle;
  try {
    handle = await opendir(resolve(cwd, dir));
  } catch (e) {
    throw fileError(dir, e);
  }
  const entries: Array<{ name: string; isDir: boolean }> = [];
  for await (const entry of handle) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) entries.push({ name: entry.name, isDir: true });
    else if (entry.isFile() && (JSONL_FILE.test(entry.name) || WARC_FILE.test(entry.name) || TEXT_FILE.test(entry.name))) entries.push({ name: entry.name, isDir: false });
  }
  entries.sort((a, b) => byCodeUnit(a.name, b.name));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (exclude.has(resolve(cwd, path))) continue;
    if (entry.isDir) yield* walk(path, cwd, exclude);
    else yield path;
  }
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
