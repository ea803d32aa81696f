import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compareText } from '../compare-text.js';
import { LedeError } from '../errors.js';
import { extract, INCLUDES, type Include } from '../extract.js';
import { formatFromPath } from '../input/detect.js';
import { writeFileAtomic } from '../io/atomic.js';
import { decodeText, fileError, readBytes } from '../io/read-document.js';
import { renderJson } from '../render/json.js';
import type { Extraction } from '../schema.js';
import { EXPECTED_SUFFIX, findCases, INPUT_EXTENSIONS, isSelected, type FixtureCase } from './cases.js';
import { diffExtractions } from './diff.js';
import { addDocument, createReport, emptyDiff, isSame, type DocumentReport, type Report } from './report.js';
import { isObject, type JsonObject } from './values.js';

export interface CheckOptions {
  /** rewrite the expectations that differ, are missing or are not JSON (atomically) */
  update?: boolean;
  /** compare `meta` too, and keep it in rewritten expectations */
  includeMeta?: boolean;
}

export interface CheckFixturesOptions extends CheckOptions {
  dir: string;
  /** --only patterns (see isSelected); none = every case */
  only?: readonly string[];
}

/**
 * Runs lede over every fixture case under `dir` and compares each extraction with its expectation. Fixture
 * problems (an unreadable input, an expectation that is not JSON, an expectation without an input) are
 * reported as cases with status "error", so one broken fixture does not hide the others.
 */
export async function checkFixtures(options: CheckFixturesOptions): Promise<Report> {
  const only = options.only ?? [];
  const found = findCases(options.dir);
  const cases = found.cases.filter((c) => isSelected(c, only));
  const orphans = found.orphans.filter((expected) => isSelected({ name: nameOf(expected), input: expected }, only));
  if (cases.length === 0 && orphans.length === 0) {
    throw new LedeError(
      'E_USAGE',
      only.length
        ? `${options.dir}: no fixture matches ${only.map((p) => JSON.stringify(p)).join(' or ')}`
        : `${options.dir}: no fixtures (an X.txt beside its X${EXPECTED_SUFFIX})`,
    );
  }
  const reports: DocumentReport[] = orphans.map((expected) => orphanReport(options.dir, expected));
  for (const c of cases) reports.push(await checkCase(c, options));
  const report = createReport({ command: 'check', dir: options.dir });
  for (const r of reports.sort((a, b) => compareText(a.name, b.name))) addDocument(report, r);
  return report;
}

/** Checks one case (and rewrites its expectation when asked and it differs). */
export async function checkCase(c: FixtureCase, options: CheckOptions = {}): Promise<DocumentReport> {
  const base = { name: c.name, input: c.input, expected: c.expected, ...emptyDiff() };
  let text: string;
  try {
    text = decodeText(await readBytes(c.inputPath), c.inputPath);
  } catch (e) {
    return { ...base, status: 'error', error: (e as Error).message };
  }
  const expected = await readExpectation(c.expectedPath);
  if (expected.kind === 'error' && !options.update) return { ...base, status: 'error', error: expected.message };

  const include = expected.kind === 'ok' ? includesOf(expected.value) : [];
  let actual: Extraction;
  try {
    actual = extract(text, { include, inputFormat: formatFromPath(c.input) ?? 'text' });
  } catch (e) {
    return { ...base, status: 'error', error: `${c.inputPath}: extraction failed (${(e as Error).message})` };
  }
  if (expected.kind !== 'ok') {
    if (options.update) await writeFileAtomic(c.expectedPath, renderExpectation(actual, options.includeMeta));
    return { ...base, status: options.update ? 'updated' : 'new' };
  }
  const diff = diffExtractions(expected.value, actual, { includeMeta: options.includeMeta });
  if (isSame(diff)) return { ...base, status: 'same' };
  if (options.update) await writeFileAtomic(c.expectedPath, renderExpectation(actual, options.includeMeta));
  return { ...base, ...diff, status: options.update ? 'updated' : 'differ' };
}

/** The expectation file as written by --update: the extraction as `lede extract` prints it, without `meta` unless asked. */
export function renderExpectation(x: Extraction, includeMeta = false): string {
  if (includeMeta) return renderJson(x);
  const { meta: _meta, ...rest } = x;
  return renderJson(rest as Extraction);
}

type Expectation = { kind: 'ok'; value: JsonObject } | { kind: 'missing' } | { kind: 'error'; message: string };

async function readExpectation(path: string): Promise<Expectation> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'error', message: fileError(path, e).message };
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    return { kind: 'error', message: `${path}: not JSON (${(e as Error).message})` };
  }
  if (!isObject(value)) return { kind: 'error', message: `${path}: not an extraction (a JSON object with entities, quotes, ...)` };
  return { kind: 'ok', value };
}

/** An expectation written with --include text, sentences or tokens is checked with the same layers. */
function includesOf(expected: JsonObject): Include[] {
  return INCLUDES.filter((layer) => layer in expected);
}

function nameOf(expected: string): string {
  return expected.slice(0, -EXPECTED_SUFFIX.length);
}

function orphanReport(dir: string, expected: string): DocumentReport {
  const name = nameOf(expected);
  const inputs = INPUT_EXTENSIONS.map((ext) => name.split('/').pop() + ext).join(' or ');
  return { name, expected, status: 'error', error: `${join(dir, expected)}: no input document beside it (${inputs})`, ...emptyDiff() };
}
