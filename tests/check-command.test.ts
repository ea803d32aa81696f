import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';
import { readJson, tempFixtures, writeJson } from './helpers/temp-fixtures.js';

const BIN = new URL('../bin/lede.js', import.meta.url).pathname;
const FLOOD = 'council/flood-barrier';
const STADIUM = 'sport/stadium';

let dir: string;
const expectation = (name: string) => join(dir, `${name}.expected.json`);

/** Fixtures with expectations written by lede itself. */
beforeEach(async () => {
  dir = tempFixtures();
  const r = await runCli(['check', dir, '--update']);
  expect(r.code).toBe(0);
});

describe('lede check', () => {
  it('passes on expectations it wrote, which carry no meta', async () => {
    const r = await runCli(['check', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 fixtures: 2 match');
    expect(r.stderr).toBe('');
    const written = readJson(expectation(FLOOD));
    expect(written).not.toHaveProperty('meta');
    expect(written.schemaVersion).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('exits 1 naming the field changed by hand, then --update makes it pass again', async () => {
    const original = readFileSync(expectation(FLOOD), 'utf8');
    const x = readJson(expectation(FLOOD));
    expect(x.numbers.length).toBeGreaterThan(0);
    const n = x.numbers[0];
    const value = n.value;
    n.value = (value ?? 0) + 1;
    writeJson(expectation(FLOOD), x);

    const r = await runCli(['check', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`✗ ${FLOOD} differs: 1 number changed`);
    expect(r.stdout).toContain(`~ number ${n.id} (${n.text}): value changed from ${n.value} to ${value}`);
    expect(r.stdout).toContain(`✓ ${STADIUM} matches`);
    expect(r.stdout).toContain('1 differs');

    const u = await runCli(['check', dir, '--update']);
    expect(u.code).toBe(0);
    expect(u.stdout).toContain(`${FLOOD} expectation rewritten: 1 number changed`);
    expect(readFileSync(expectation(FLOOD), 'utf8')).toBe(original);
    expect((await runCli(['check', dir])).code).toBe(0);
    expect(readdirSync(join(dir, 'council')).sort()).toEqual(['flood-barrier.expected.json', 'flood-barrier.txt']);
  });

  it('says when a speaker changes, and lists removed items', async () => {
    const x = readJson(expectation(FLOOD));
    expect(x.quotes.length).toBeGreaterThan(0);
    const q = x.quotes[0];
    const actual = q.speaker;
    q.speaker = { name: 'Someone Else', entityId: null, mention: null, resolvedBy: 'explicit' };
    const extra = { ...q, id: 'q:0-5', start: 0, end: 5, text: 'Hollo', parts: [], speaker: null, cue: null };
    x.quotes.push(extra);
    writeJson(expectation(FLOOD), x);

    const r = await runCli(['check', dir]);
    expect(r.code).toBe(1);
    const said = actual === null ? 'speaker changed from "Someone Else" to null' : `speaker.name changed from "Someone Else" to "${actual.name}"`;
    expect(r.stdout).toContain(`quote ${q.id}: ${said}`);
    expect(r.stdout).toContain('- quote q:0-5 removed: "Hollo" (no speaker)');
  });

  it('writes a Markdown report for a CI job summary and a JSON report for machines', async () => {
    const x = readJson(expectation(STADIUM));
    const length = x.input.length;
    x.input.length = 1;
    writeJson(expectation(STADIUM), x);

    const md = await runCli(['check', dir, '--report', 'md']);
    expect(md.code).toBe(1);
    expect(md.stdout).toMatch(/^## lede check `.*`: 1 of 2 fixtures need attention\n/);
    expect(md.stdout).toContain(`### \`${STADIUM}\` differs: 1 field changed`);
    expect(md.stdout).toContain(`\n- input.length changed from 1 to ${length}\n`);
    expect(md.stdout).toContain('<details><summary>1 matching fixture</summary>');
    expect(md.stdout).not.toContain('\u001b[');

    const json = await runCli(['check', dir, '--report', 'json']);
    const report = JSON.parse(json.stdout);
    expect(report.summary).toMatchObject({ documents: 2, same: 1, differ: 1, error: 0 });
    const doc = report.documents.find((d: { name: string }) => d.name === STADIUM);
    expect(doc).toMatchObject({ status: 'differ', input: `${STADIUM}.txt`, expected: `${STADIUM}.expected.json` });
    expect(doc.fields).toEqual([{ path: 'input.length', op: 'changed', before: 1, after: length, message: `input.length changed from 1 to ${length}` }]);
  });

  it('reports a broken fixture as an error (exit 2) and still checks the others', async () => {
    writeFileSync(expectation(FLOOD), '{"schemaVersion": "1.0.0",\n<<<<<<< HEAD\n');
    writeFileSync(join(dir, STADIUM + '.txt'), Buffer.from([0x41, 0xff, 0x42]));
    writeFileSync(join(dir, 'stray.expected.json'), '{}');
    const r = await runCli(['check', dir]);
    expect(r.code).toBe(2);
    const errors = r.stderr.trimEnd().split('\n');
    expect(errors).toEqual([
      expect.stringMatching(new RegExp(`^lede: .*${FLOOD}\\.expected\\.json: not JSON \\(`)),
      expect.stringMatching(new RegExp(`^lede: .*${STADIUM}\\.txt: is not valid UTF-8 \\(first bad byte at offset 1\\)$`)),
      expect.stringMatching(/^lede: .*stray\.expected\.json: no input document beside it \(stray\.txt or stray\.html\)$/),
    ]);
    expect(r.stdout).toContain('3 fixtures: 3 errors');

    // --update repairs an expectation that is not JSON (a merge conflict, say); an unreadable input stays an error.
    const u = await runCli(['check', dir, '--update', '--only', 'council']);
    expect(u.code).toBe(0);
    expect((await runCli(['check', dir, '--only', FLOOD])).code).toBe(0);
  });

  it('selects cases with --only (substring or glob) and refuses a pattern that matches nothing', async () => {
    const x = readJson(expectation(STADIUM));
    x.quotes = [];
    writeJson(expectation(STADIUM), x);
    expect((await runCli(['check', dir, '--only', 'council'])).code).toBe(0);
    expect((await runCli(['check', dir, '--only', 'council/*'])).code).toBe(0);
    expect((await runCli(['check', dir, '--only', '**/stadium.txt'])).code).toBe(1);
    const both = await runCli(['check', dir, '--only', 'sport', '--only', 'council']);
    expect(both.stdout).toContain('2 fixtures');
    const none = await runCli(['check', dir, '--only', 'nothing-like-this']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^lede: .*: no fixture matches "nothing-like-this"\n$/);
  });

  it('ignores meta unless --include-meta, and keeps it in expectations written with it', async () => {
    const x = readJson(expectation(FLOOD));
    x.meta = { lede: '0.0.0', model: 'old-model', gazetteer: 'old-gazetteer', options: {} };
    writeJson(expectation(FLOOD), x);
    expect((await runCli(['check', dir])).code).toBe(0);
    const r = await runCli(['check', dir, '--include-meta', '--only', 'council']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('meta.model changed from "old-model" to');
    expect((await runCli(['check', dir, '--include-meta', '--update'])).code).toBe(0);
    expect(readJson(expectation(FLOOD)).meta.model).not.toBe('old-model');
    expect((await runCli(['check', dir, '--include-meta'])).code).toBe(0);
  });

  it('checks the layers an expectation was written with (--include text, sentences, tokens)', async () => {
    const extracted = await runCli(['extract', join(dir, FLOOD + '.txt'), '--include', 'text,sentences']);
    writeFileSync(expectation(FLOOD), extracted.stdout);
    expect((await runCli(['check', dir])).code).toBe(0);
    const x = readJson(expectation(FLOOD));
    x.sentences.pop();
    writeJson(expectation(FLOOD), x);
    const r = await runCli(['check', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/\+ sentence \d+-\d+ ".*" added/);
  });

  it('reports an input without an expectation (exit 1) until --update writes it', async () => {
    writeFileSync(join(dir, 'council/short.txt'), 'Mayor Ana Ortiz said 40 roads were closed.\n');
    const r = await runCli(['check', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('• council/short has no expectation yet');
    expect(r.stdout).toContain(`If the changes are intended, accept them with: lede check ${dir} --update`);
    expect((await runCli(['check', dir, '--update'])).code).toBe(0);
    expect((await runCli(['check', dir])).stdout).toContain('3 fixtures: 3 match');
  });

  it('colours only a terminal, and never with NO_COLOR', async () => {
    const x = readJson(expectation(FLOOD));
    x.quotes = [];
    writeJson(expectation(FLOOD), x);
    expect((await runCli(['check', dir], { tty: true })).stdout).toContain('\u001b[');
    expect((await runCli(['check', dir], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
    expect((await runCli(['check', dir])).stdout).not.toContain('\u001b[');
    expect((await runCli(['check', dir], { env: { FORCE_COLOR: '1' } })).stdout).toContain('\u001b[');
  });

  it('fails with one line on a missing folder, an empty folder, or a bad --report', async () => {
    const missing = await runCli(['check', join(dir, 'nope')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^lede: .*nope: no such file\n$/);
    const empty = await runCli(['check', tempFixtures({})]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/no fixtures \(an X\.txt beside its X\.expected\.json\)\n$/);
    const bad = await runCli(['check', dir, '--report', 'html']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/argument 'html' is invalid/);
  });

  it('has help with examples for check and diff', async () => {
    for (const command of ['check', 'diff']) {
      const r = await runCli([command, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Exit codes: 0 .*, 1 .*, 2 /);
      expect(r.stdout).toContain(`$ lede ${command} `);
    }
  });

  it('runs from the built bin with the documented exit codes', () => {
    const lede = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(lede(['check', dir]).status).toBe(0);
    const x = readJson(expectation(STADIUM));
    x.numbers = [];
    writeJson(expectation(STADIUM), x);
    const r = lede(['check', dir]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/\+ number n:\d+-\d+ \(.+\) added: value /);
    expect(lede(['check', dir, '--update']).status).toBe(0);
    expect(lede(['check', dir]).status).toBe(0);
  });
});
