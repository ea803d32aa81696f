import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = new URL('../bin/lede.js', import.meta.url).pathname;
const ARTICLE = new URL('../fixtures/articles/turkey-idlib.txt', import.meta.url).pathname;
const PAGE = new URL('../fixtures/html/harbour-strike.html', import.meta.url).pathname;
const ANSI = /\u001b\[/;

function lede(args: string[], input?: string | Buffer, env: Record<string, string> = {}) {
  const base = { ...process.env };
  for (const k of ['NO_COLOR', 'FORCE_COLOR', 'TERM']) delete base[k];
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', env: { ...base, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('lede digest', () => {
  it('is extract --format md', () => {
    const r = lede(['digest', ARTICLE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(lede(['extract', ARTICLE, '--format', 'md']).stdout);
    expect(r.stdout).toMatch(/^# Turkey vows to hold Idlib posts/);
  });

  it('has help with examples', () => {
    const r = lede(['digest', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Examples:/);
  });
});

describe('HTML input', () => {
  it('reads a .html file as a page: the JSON says so and carries the text its offsets index', () => {
    const x = JSON.parse(lede(['extract', PAGE]).stdout);
    expect(x.input.format).toBe('html');
    expect(x.text.startsWith('Dockworkers strike shuts Rotterdam terminals')).toBe(true);
    expect(x.input.length).toBe(x.text.length);
  });

  it('detects HTML on stdin, and --input text reads it as text', () => {
    const html = readFileSync(PAGE);
    expect(JSON.parse(lede(['extract', '-'], html).stdout).input.format).toBe('html');
    const asText = JSON.parse(lede(['extract', '-', '--input', 'text'], html).stdout);
    expect(asText.input).toEqual({ format: 'text', length: html.toString('utf8').length });
  });

  it('fails with one line and exit 2 when a page has no article text', () => {
    const r = lede(['extract', '-'], '<html><body><nav><a href="/">Home</a></nav><script>x()</script></body></html>');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('lede: stdin: no article text found in the HTML\n');
  });
});

describe('--format html', () => {
  it('writes one self-contained page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lede-html-'));
    const out = join(dir, 'page.html');
    expect(lede(['extract', PAGE, '--format', 'html', '-o', out]).code).toBe(0);
    expect(readdirSync(dir)).toEqual(['page.html']);
    const page = readFileSync(out, 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page).toContain('<title>Dockworkers strike shuts Rotterdam terminals as pay talks collapse · lede</title>');
    expect(page).not.toMatch(/<link\b|\bsrc=/);
  });
});

describe('--format text and colour', () => {
  it('has no colour when piped, and marks highlights as [words]{kind}', () => {
    const r = lede(['extract', ARTICLE, '--format', 'text']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(ANSI);
    expect(r.stdout).toContain('[Fatma Yilmaz]{person}');
  });

  it.each([
    [['--color'], {}, true],
    [['--no-color'], { FORCE_COLOR: '1' }, false],
    [[], { FORCE_COLOR: '1' }, true],
    [[], { NO_COLOR: '1' }, false],
    [[], { FORCE_COLOR: '0' }, false],
    [['--color'], { NO_COLOR: '1' }, true],
  ])('flags %j with env %j: colour %s', (flags, env, colour) => {
    const r = lede(['extract', ARTICLE, '--format', 'text', ...flags], undefined, env);
    expect(r.code).toBe(0);
    expect(ANSI.test(r.stdout)).toBe(colour);
  });

  it('writes no colour to a file unless asked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lede-text-'));
    const out = join(dir, 'a.txt');
    lede(['extract', ARTICLE, '--format', 'text', '-o', out]);
    expect(readFileSync(out, 'utf8')).not.toMatch(ANSI);
    writeFileSync(out, '');
    lede(['extract', ARTICLE, '--format', 'text', '-o', out, '--color']);
    expect(readFileSync(out, 'utf8')).toMatch(ANSI);
  });
});
