import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';
import { ARTICLES } from './helpers/temp-fixtures.js';

const CORPUS = [
  ...Object.entries(ARTICLES).map(([id, text]) => ({ id, text })),
  { id: 'short-1', text: 'Mayor Ana Ortiz said 40 roads were closed in Holloway on Monday.' },
  { id: 'short-2', text: '"We are ready," said Lena Brandt, whose club employs about 250 people.' },
];

let dir: string;
let runA: string;
let lines: Array<Record<string, any>>;

function writeRun(name: string, records: unknown[]): string {
  const path = join(dir, name);
  writeFileSync(path, records.map((r) => `${JSON.stringify(r)}\n`).join(''));
  return path;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lede-diff-'));
  const corpus = writeRun('corpus.jsonl', CORPUS);
  runA = join(dir, 'a.jsonl');
  expect((await runCli(['batch', corpus, '-o', runA])).code).toBe(0);
  lines = readFileSync(runA, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
});

describe('lede diff', () => {
  it('finds no difference between a run and itself (exit 0)', async () => {
    const r = await runCli(['diff', runA, runA]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${CORPUS.length} documents: ${CORPUS.length} same\n`);
  });

  it('compares two runs keyed by id: counts per kind, then the changes, then documents in one run only', async () => {
    const b = structuredClone(lines);
    const [flood, stadium, short1] = b as [Record<string, any>, Record<string, any>, Record<string, any>];
    const n = short1.numbers[0];
    expect(n).toBeDefined();
    n.value = n.value + 1;
    flood.entities.push({ id: 'person:nobody', type: 'PERSON', name: 'Nobody', roles: [], mentions: [{ start: 0, end: 8, text: 'Holloway', kind: 'name' }] });
    stadium.meta.model = 'another-model';
    b.splice(3, 1);
    b.push({ schemaVersion: '1.0.0', id: 'extra', error: { code: 'E_DOCUMENT', message: 'the document is empty' } });
    const runB = writeRun('b.jsonl', b.reverse());

    const r = await runCli(['diff', runA, runB]);
    expect(r.code).toBe(1);
    const out = r.stdout;
    expect(out).toMatch(/^ +added removed changed\nentities +1 +0 +0\nquotes +0 +0 +0\nnumbers +0 +0 +1\nlocations +0 +0 +0\ndiagnostics +0 +0 +0\n\n/);
    const at = (s: string) => out.indexOf(s);
    expect(at(`✗ ${lines[0]!.id} differs: 1 entity added`)).toBeGreaterThan(0);
    expect(at(`✗ short-1 differs: 1 number changed`)).toBeGreaterThan(at(lines[0]!.id));
    expect(out).toContain(`~ number ${n.id} (${n.text}): value changed from ${n.value - 1} to ${n.value}`);
    expect(at(`• short-2 only in ${runA}`)).toBeGreaterThan(at('short-1 differs'));
    expect(at(`• extra only in ${runB}`)).toBeGreaterThan(at('short-2 only'));
    expect(out).not.toContain(lines[1]!.id);
    expect(out).toContain(`${CORPUS.length + 1} documents: 1 same, 2 differ, 1 only in ${runA}, 1 only in ${runB}`);

    const meta = await runCli(['diff', runA, runB, '--include-meta', '--report', 'json']);
    const report = JSON.parse(meta.stdout);
    expect(report).toMatchObject({ command: 'diff', a: runA, b: runB, summary: { same: 0, differ: 3 } });
    expect(report.documents.map((d: { name: string; status: string }) => `${d.name} ${d.status}`)).toEqual([
      `${lines[0]!.id} differ`,
      `${lines[1]!.id} differ`,
      'short-1 differ',
      'short-2 only-in-a',
      'extra only-in-b',
    ]);
    expect(report.counts.entity.added).toBe(1);
  });

  it('compares two single extractions, one of them on stdin, in Markdown', async () => {
    const a = join(dir, 'one.json');
    writeFileSync(a, JSON.stringify(lines[2]));
    const changed = structuredClone(lines[2]!);
    changed.quotes = [];
    const r = await runCli(['diff', a, '-', '--report', 'md'], { stdin: JSON.stringify(changed) });
    expect(r.code).toBe(lines[2]!.quotes.length ? 1 : 0);
    expect(r.stdout).toMatch(/^## lede diff `.*one\.json` `-`: /);
    for (const q of lines[2]!.quotes) expect(r.stdout).toContain(`- quote ${q.id} removed: `);
  });

  it.each([
    ['a line that is not JSON', '{"id": "x"}\nnot json\n', /bad\.jsonl:2: not JSON \(/],
    ['a line without an id', '{"text": "x"}\n', /bad\.jsonl:1: not an extraction with an "id"/],
    ['an id seen twice', '{"id": "x"}\n\n{"id": "x"}\n', /bad\.jsonl:3: id "x" appears twice \(first on line 1\)/],
  ])('exits 2 on %s, naming the file and line', async (_name, content, message) => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, content);
    const r = await runCli(['diff', runA, bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });

  it('exits 2 on a missing file or an extraction compared with a run', async () => {
    const missing = await runCli(['diff', runA, join(dir, 'missing.jsonl')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/missing\.jsonl: no such file\n$/);
    const single = join(dir, 'single.json');
    writeFileSync(single, JSON.stringify(lines[0]));
    const mixed = await runCli(['diff', single, runA]);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/cannot compare .*single\.json \(one extraction\) with .*a\.jsonl \(a JSONL run\)/);
  });
});
