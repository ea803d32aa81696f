import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { renderJsonLine } from '../src/render/json.js';
import { FIXTURES, fixtureArticles } from './helpers/fixtures.js';
import { runCli } from './helpers/run-cli.js';
import { ARTICLES } from './helpers/temp-fixtures.js';

const BIN = new URL('../bin/lede.js', import.meta.url).pathname;

/** Odd but valid documents beside the articles: each run must treat them the same way. */
const CORPUS = [
  ...Object.entries(ARTICLES).map(([id, text]) => ({ id, text })),
  { id: 'crlf', text: 'Officials said on Monday that "about 1,500 people" had left.\r\nMayor Ana Ortiz said 40 roads were shut.\r\n' },
  { id: 'emoji', text: 'Fans 🎉 cheered as Lena Brandt said the club would hire 300 staff in Marlow.' },
  { id: 'nbsp', text: 'The\u00a0council spent $2.4\u00a0million, Tom\u00ADReyes said, on 12 new buses.' },
  { id: 7, text: 'No names, no figures, just a sentence.' },
  // wink-nlp learns "Keller's" whole from a possessive before a comma; the next document must not inherit it
  { id: 'teaches', text: "Critics questioned Keller's, and the council's, figures." },
  { id: 'learner', text: "Keller's office gave no details." },
];

function lede(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('determinism', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lede-determinism-'));
  const corpus = join(dir, 'corpus.jsonl');
  writeFileSync(corpus, CORPUS.map((d) => `${JSON.stringify(d)}\n`).join(''));

  it('gives byte-identical batch output when the same corpus is run twice', () => {
    const first = lede(['batch', corpus, FIXTURES]);
    const second = lede(['batch', corpus, FIXTURES]);
    expect(first.code).toBe(0);
    expect(first.stdout.split('\n').length).toBeGreaterThan(CORPUS.length);
    expect(second.stdout).toBe(first.stdout);
  });

  it('extracts each document the same alone as within a corpus run (no state carried between documents)', () => {
    const run = lede(['batch', corpus, '--include', 'tokens']).stdout.split('\n').filter(Boolean);
    const alone = [...CORPUS].reverse().map((d) => renderJsonLine(extract(d.text, { id: String(d.id), include: ['tokens'] }))).reverse();
    expect(run).toEqual(alone.map((l) => l.trimEnd()));
  });

  it('gives byte-identical check and diff reports on a second run', async () => {
    for (const format of ['text', 'md', 'json']) {
      const first = await runCli(['check', FIXTURES, '--report', format]);
      expect(first.code).toBe(0);
      expect((await runCli(['check', FIXTURES, '--report', format])).stdout).toBe(first.stdout);
    }
    const a = join(dir, 'a.jsonl');
    writeFileSync(a, lede(['batch', corpus]).stdout);
    const b = join(dir, 'b.jsonl');
    writeFileSync(b, lede(['batch', FIXTURES, corpus]).stdout);
    const diff = await runCli(['diff', a, b, '--report', 'json']);
    expect(diff.code).toBe(1);
    // batch reads a folder's .txt and .md files and its saved web pages
    expect(JSON.parse(diff.stdout).summary).toMatchObject({ same: CORPUS.length, 'only-in-b': fixtureArticles().length });
    expect((await runCli(['diff', a, b, '--report', 'json'])).stdout).toBe(diff.stdout);
  });
});
