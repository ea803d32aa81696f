import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExtractionSchema } from '../src/schema.js';

const BIN = new URL('../bin/lede.js', import.meta.url).pathname;
const ARTICLE = new URL('../fixtures/articles/turkey-idlib.txt', import.meta.url).pathname;

function lede(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'lede-cli-'));
}

describe('the built bin', () => {
  it('extracts a file as JSON that validates against the schema', () => {
    const r = lede(['extract', ARTICLE]);
    expect(r.code).toBe(0);
    expect(ExtractionSchema.safeParse(JSON.parse(r.stdout)).success).toBe(true);
  });

  it('reads stdin with "-" and prints a Markdown digest', () => {
    const r = lede(['extract', '-', '--format', 'md'], readFileSync(ARTICLE));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Turkey vows to hold Idlib posts/);
    expect(r.stdout).toContain('## Quotes');
  });

  it('explains with --explain and extracts some layers with --only', () => {
    const r = lede(['extract', ARTICLE, '--only', 'quotes', '--explain']);
    expect(r.code).toBe(0);
    const x = ExtractionSchema.parse(JSON.parse(r.stdout));
    expect(x.meta.options).toEqual({ include: [], only: ['quotes'], explain: true });
    expect(x.quotes.length).toBeGreaterThan(0);
    expect(x.quotes.every((q) => q.why?.rule.startsWith('quotes/') && (!q.speaker || q.speaker.why?.rule.startsWith('speakers/')))).toBe(true);
    expect(x.numbers).toEqual([]);
    const bad = lede(['extract', ARTICLE, '--only', 'quotes,people']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown layer "people" \(choose from entities, quotes, numbers, locations\)/);
  });

  it('prints the extraction on one line with --format jsonl, as lede batch writes it', () => {
    const r = lede(['extract', ARTICLE, '--format', 'jsonl']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${JSON.stringify(JSON.parse(lede(['extract', ARTICLE]).stdout))}\n`);
  });

  it('writes -o atomically and leaves no temporary file', () => {
    const dir = tmp();
    const out = join(dir, 'x.json');
    expect(lede(['extract', ARTICLE, '-o', out, '--include', 'text']).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).text).toBe(readFileSync(ARTICLE, 'utf8'));
    expect(readdirSync(dir)).toEqual(['x.json']);
  });

  it('prints the JSON Schema, help with examples, and the version', () => {
    expect(JSON.parse(lede(['schema']).stdout).type).toBe('object');
    for (const cmd of [[], ['extract'], ['batch'], ['schema']]) {
      const r = lede([...cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Examples?:/);
    }
    expect(lede(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it.each([
    [['extract', 'no-such-file.txt'], /^lede: no-such-file\.txt: no such file\n$/],
    [['extract', new URL('../fixtures', import.meta.url).pathname], /is a directory/],
    [['extract', '--format', 'xml', ARTICLE], /argument 'xml' is invalid/],
    [['frobnicate'], /unknown command/],
  ])('fails with one line and exit 2: %j', (args, message) => {
    const r = lede(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a document over --max-chars with exit 2, from a file or stdin, without reading it all', () => {
    const dir = tmp();
    const file = join(dir, 'long.txt');
    writeFileSync(file, 'word '.repeat(1000));
    const fromFile = lede(['extract', file, '--max-chars', '1000']);
    expect(fromFile.code).toBe(2);
    expect(fromFile.stderr).toBe(`lede: ${file}: the document is more than 3,000 bytes; the limit is --max-chars 1,000\n`);
    const fromStdin = lede(['extract', '-', '--max-chars', '4000'], 'word '.repeat(1000));
    expect(fromStdin.code).toBe(2);
    expect(fromStdin.stderr).toBe('lede: stdin: the document is 5,000 characters; the limit is --max-chars 4,000\n');
    expect(lede(['extract', file, '--max-chars', '5000']).code).toBe(0);
  });

  it.each([
    ['binary data', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]), /binary data/],
    ['invalid UTF-8', Buffer.from([0x41, 0xff, 0xfe, 0x42]), /not valid UTF-8 \(first bad byte at offset 1\)/],
    ['an empty document', Buffer.from(' \n\t\n'), /the document is empty/],
  ])('rejects %s with exit 2', (_name, bytes, message) => {
    const dir = tmp();
    const file = join(dir, 'doc.txt');
    writeFileSync(file, bytes);
    const r = lede(['extract', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^lede: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('lede batch', () => {
  const good = (id: string, text: string) => JSON.stringify({ id, text });

  it('writes one line per input line in input order, error records for bad ones, and exits 1', () => {
    const dir = tmp();
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, [good('a', 'Barack Obama spoke in Chicago.'), 'not json', JSON.stringify({ id: 'b' }), good('c', 'Some 700,000 people fled.')].join('\n') + '\n');
    const out = join(dir, 'out.jsonl');
    const r = lede(['batch', input, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${input}:2: not JSON`);
    expect(r.stderr).toContain(`${input}:3: no string "text"`);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', '', 'b', 'c']);
    expect(lines[1].error.code).toBe('E_JSON');
    expect(lines[2].error.message).toBe('no string "text"');
    expect(ExtractionSchema.safeParse(lines[3]).success).toBe(true);
  });

  it('passes --explain and --only to every worker', () => {
    const r = lede(['batch', '-', '--jobs', '2', '--explain', '--only', 'numbers', '-q'], [good('a', 'Some 700,000 people fled, officials said.'), good('b', 'Rain fell.')].join('\n') + '\n');
    expect(r.code).toBe(0);
    const [a, b] = r.stdout.trimEnd().split('\n').map((l) => ExtractionSchema.parse(JSON.parse(l)));
    expect(a!.meta.options).toEqual({ include: [], only: ['numbers'], explain: true });
    expect(a!.numbers[0]!.why?.evidence.map((e) => `${e.role}: ${e.text}`)).toEqual(['hedge: Some']);
    expect(a!.locations).toEqual([]);
    expect(b!.numbers).toEqual([]);
  });

  it('reads a folder recursively with relative ids, and JSONL from stdin', () => {
    const r = lede(['batch', new URL('../fixtures', import.meta.url).pathname]);
    expect(r.code).toBe(0);
    const ids = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).id);
    expect(ids).toContain('articles/turkey-idlib.txt');
    expect(ids).toEqual([...ids].sort());
    const s = lede(['batch', '-'], `${good('x', 'Akar said it.')}\n${good('y', 'Fine.')}\n`);
    expect(s.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).id)).toEqual(['x', 'y']);
  });

  it('gives byte-identical output on a second run', () => {
    const dir = new URL('../fixtures', import.meta.url).pathname;
    expect(lede(['batch', dir]).stdout).toBe(lede(['batch', dir]).stdout);
  });

  it('names a missing input and exits 2 without writing the output', () => {
    const dir = tmp();
    const r = lede(['batch', join(dir, 'missing.jsonl'), '-o', join(dir, 'out.jsonl')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing\.jsonl: no such file/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
