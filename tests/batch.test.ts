import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract, type Include } from '../src/extract.js';
import { renderHtml } from '../src/render/html.js';
import { renderJson } from '../src/render/json.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { renderText } from '../src/render/text.js';
import { ExtractionSchema } from '../src/schema.js';
import { newsCorpus, toJsonl } from './helpers/corpus.js';

const BIN = new URL('../bin/lede.js', import.meta.url).pathname;

function lede(args: string[], options: { input?: string | Buffer; cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input: options.input, cwd: options.cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'lede-batch-'));
}

function records(jsonl: string): Array<{ id: string; error?: { code: string } }> {
  return jsonl
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l));
}

function ids(jsonl: string): string[] {
  return records(jsonl).map((x) => x.id);
}

/** [id, error code or "ok"] for each output record. */
function outcomes(jsonl: string): string[][] {
  return records(jsonl).map((x) => [x.id, x.error?.code ?? 'ok']);
}

const corpus = newsCorpus(24);
let dir: string;
let input: string;
/** The output of one uninterrupted run over `input` with one worker: the reference every other run must equal. */
let reference: string;

beforeAll(() => {
  dir = tmp();
  input = join(dir, 'corpus.jsonl');
  writeFileSync(input, toJsonl(corpus));
  const r = lede(['batch', input, '--jobs', '1']);
  expect(r.code, r.stderr).toBe(0);
  reference = r.stdout;
});

describe('lede batch: inputs and outputs', () => {
  it('writes one valid extraction per document, in input order', () => {
    expect(ids(reference)).toEqual(corpus.map((d) => d.id));
    for (const line of reference.trimEnd().split('\n')) expect(ExtractionSchema.safeParse(JSON.parse(line)).success).toBe(true);
  });

  it('gives the same bytes with --jobs 1 and --jobs 2', () => {
    const r = lede(['batch', input, '--jobs', '2']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(reference);
  });

  it('runs its workers under the V8 flags node was started with', () => {
    const r = spawnSync(process.execPath, ['--max-old-space-size=2048', '--stack-size=2000', BIN, 'batch', input, '--jobs', '2'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(reference);
  });

  it('reads .jsonl.gz, globs (expanded by lede, in sorted order) and folders of JSONL and text files', () => {
    const d = tmp();
    const half = corpus.length / 2;
    writeFileSync(join(d, 'b.jsonl.gz'), gzipSync(toJsonl(corpus.slice(half))));
    writeFileSync(join(d, 'a.jsonl'), toJsonl(corpus.slice(0, half)));
    const viaGlob = lede(['batch', '*.jsonl*', '--jobs', '2'], { cwd: d });
    expect(viaGlob.code, viaGlob.stderr).toBe(0);
    expect(viaGlob.stdout).toBe(reference);
    mkdirSync(join(d, 'sub'));
    writeFileSync(join(d, 'sub', 'note.txt'), corpus[0]!.text);
    const viaFolder = lede(['batch', d, '--jobs', '1']);
    expect(ids(viaFolder.stdout)).toEqual([...corpus.map((c) => c.id), 'sub/note.txt']);
    expect(lede(['batch', join(d, 'nothing-*.jsonl')]).stderr).toMatch(/nothing-\*\.jsonl: no file matches this pattern/);
  });

  it('reads other field names, dotted into objects, and gzip on stdin', () => {
    const records = corpus.slice(0, 3).map((d) => ({ meta: { url: d.id }, body: d.text }));
    const r = lede(['batch', '--id-field', 'meta.url', '--text-field', 'body', '--jobs', '1'], { input: gzipSync(toJsonl(records)) });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(reference.split('\n').slice(0, 3).join('\n') + '\n');
  });

  it('gives every bad line an error record, keeps going, and exits 1', () => {
    const lines = [JSON.stringify(corpus[0]), '{"id": 7, "text": "', JSON.stringify({ id: 'no-text' }), JSON.stringify({ id: 'big', text: 'A long one. '.repeat(20) }), JSON.stringify(corpus[1])];
    const r = lede(['batch', '-', '--max-chars', '100', '--jobs', '1'], { input: lines.join('\n') + '\n' });
    expect(r.code).toBe(1);
    expect(outcomes(r.stdout)).toEqual([
      ['doc-000', 'E_TOO_LARGE'],
      ['', 'E_JSON'],
      ['no-text', 'E_FIELD'],
      ['big', 'E_TOO_LARGE'],
      ['doc-001', 'E_TOO_LARGE'],
    ]);
    expect(r.stderr).toContain('lede: stdin:2: not JSON');
    expect(r.stderr).toMatch(/stdin:4: the document is 240 characters, over --max-chars 100/);
    expect(r.stderr).toMatch(/^lede: 5 documents in \d+s \([\d.]+\/s\), 5 failed\n$/m);
  });

  it('drops an oversized line without holding it, keeping its id when it comes first', () => {
    const huge = JSON.stringify({ id: 'huge', text: 'x'.repeat(70 << 20) });
    const r = lede(['batch', '-', '--jobs', '1'], { input: `${huge}\n${JSON.stringify(corpus[0])}\n` });
    expect(r.code).toBe(1);
    expect(outcomes(r.stdout)).toEqual([
      ['huge', 'E_TOO_LARGE'],
      ['doc-000', 'ok'],
    ]);
  });

  it('fails a document that exhausts its worker\'s --worker-heap, replaces the worker and goes on', () => {
    let big = '';
    for (let i = 0; big.length < 900_000; i++) big += `${corpus[i % corpus.length]!.text}\n\n`;
    const docs = [corpus[0]!, { id: 'too-big', text: big }, corpus[1]!];
    const r = lede(['batch', '-', '--jobs', '1', '--worker-heap', '64'], { input: toJsonl(docs) });
    expect(r.code).toBe(1);
    expect(outcomes(r.stdout)).toEqual([
      ['doc-000', 'ok'],
      ['too-big', 'E_WORKER'],
      ['doc-001', 'ok'],
    ]);
    expect(r.stderr).toMatch(/stdin:2: the extraction crashed \(.*memory limit/);
  });

  it('writes --out-dir files named after ids, which cannot climb out of the folder', () => {
    const d = tmp();
    const docs = [{ id: '../escape', text: corpus[0]!.text }, { id: 'a/b c', text: corpus[1]!.text }];
    const r = lede(['batch', '-', '--out-dir', join(d, 'out'), '--jobs', '1'], { input: toJsonl(docs) });
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(d)).toEqual(['out']);
    expect(readdirSync(join(d, 'out')).sort()).toEqual(['%2E%2E', 'a']);
    const x = JSON.parse(readFileSync(join(d, 'out', 'a', 'b%20c.json'), 'utf8'));
    expect(x.id).toBe('a/b c');
    expect(existsSync(join(d, 'out', '%2E%2E', 'escape.json'))).toBe(true);
  });

  it('prints no progress bar when stderr is not a terminal, a summary unless --quiet', () => {
    const r = lede(['batch', input, '-o', join(tmp(), 'o.jsonl'), '--jobs', '1']);
    expect(r.stderr).not.toContain('\r');
    expect(r.stderr).toMatch(/^lede: 24 documents in \d+s .* → .*o\.jsonl\n$/);
    expect(lede(['batch', input, '-q', '--jobs', '1']).stderr).toBe('');
  });

  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!hasScript)('draws a progress bar when stderr is a terminal (run under script(1); skipped without it)', () => {
    const out = join(tmp(), 'o.jsonl');
    const command = [process.execPath, BIN, 'batch', input, '-o', out, '--jobs', '2'].map((a) => `'${a}'`).join(' ');
    const r = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/\r\x1b\[K\[[#.]{20}\] +\d+%  \d+ documents  [\d.]+\/s/);
    expect(r.stdout).toMatch(/\r\x1b\[Klede: 24 documents in \d+s/);
    expect(readFileSync(out, 'utf8')).toBe(reference);
  });

  it('rejects bad usage with exit 2 and one line', () => {
    for (const [args, message] of [
      [['batch', input, '--resume'], /--resume needs -o FILE or --out-dir DIR/],
      [['batch', input, '--jobs', '0'], /--jobs takes a whole number/],
      [['batch', input, '-o', 'x.jsonl.gz'], /pipe stdout through gzip/],
      [['batch', input, '-o', 'a', '--out-dir', 'b'], /cannot be used with/],
    ] as const) {
      const r = lede([...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });
});

/** Starts a batch run into `out` and SIGKILLs it once `out.partial` holds `lines` lines (or at once for 0); false if it ended first. */
async function killAt(args: string[], out: string, lines: number): Promise<boolean> {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const count = () => (existsSync(`${out}.partial`) ? readFileSync(`${out}.partial`, 'utf8').split('\n').length - 1 : 0);
  let ended = false;
  void exited.then(() => (ended = true));
  while (!ended && count() < lines) await new Promise((r) => setTimeout(r, 20));
  const killed = !ended && child.kill('SIGKILL');
  await exited;
  return killed;
}

describe('lede batch --resume', () => {
  it('ends with every id exactly once after SIGKILLs at random points', { timeout: 240_000 }, async () => {
    const d = tmp();
    const out = join(d, 'out.jsonl');
    const args = ['batch', input, '-o', out, '--resume', '--jobs', '2', '-q'];
    // A kill during start-up, then kills at random numbers of written lines further on.
    const points = [0, ...Array.from({ length: 4 }, (_, i) => Math.floor((corpus.length * (i + Math.random())) / 5))];
    let kills = 0;
    for (const lines of points) {
      if (!(await killAt(args, out, lines))) continue;
      kills++;
      expect(existsSync(out), 'a killed run must not leave a complete-looking output').toBe(false);
    }
    expect(kills).toBeGreaterThanOrEqual(3);
    const r = lede(args);
    expect(r.code, r.stderr).toBe(0);
    const written = readFileSync(out, 'utf8');
    expect(ids(written)).toEqual(corpus.map((c) => c.id));
    expect(written).toBe(reference);
    expect(existsSync(`${out}.partial`)).toBe(false);
  });

  it('cuts a torn last line and redoes that document', () => {
    const d = tmp();
    const out = join(d, 'out.jsonl');
    const lines = reference.split('\n');
    writeFileSync(`${out}.partial`, `${lines.slice(0, 5).join('\n')}\n${lines[5]!.slice(0, 40)}`);
    const r = lede(['batch', input, '-o', out, '--resume', '--jobs', '1']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/cut a torn last line \(40 bytes\)/);
    expect(r.stderr).toMatch(/19 documents in .*, 5 done before \(resumed\)/);
    expect(readFileSync(out, 'utf8')).toBe(reference);
  });

  it('appends only new documents to a complete output, and refuses one made from other inputs', () => {
    const d = tmp();
    const out = join(d, 'out.jsonl');
    writeFileSync(out, reference.split('\n').slice(0, 20).join('\n') + '\n');
    const r = lede(['batch', input, '-o', out, '--resume', '--jobs', '1']);
    expect(r.stderr).toMatch(/4 documents in .*, 20 done before/);
    expect(readFileSync(out, 'utf8')).toBe(reference);

    const other = join(d, 'other.jsonl');
    writeFileSync(other, toJsonl(newsCorpus(30).map((c) => ({ ...c, id: `x-${c.id}` }))));
    const bad = lede(['batch', other, '-o', out, '--resume', '--jobs', '1']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/cannot resume: line 24 of .*out\.jsonl\.partial is document "doc-023" but document 24 of the inputs is "x-doc-023"/);
    expect(readFileSync(out, 'utf8'), 'a refused resume leaves the complete output as it was').toBe(reference);
  });

  it('skips documents whose --out-dir file exists', () => {
    const d = tmp();
    const first = lede(['batch', '-', '--out-dir', d, '--jobs', '1'], { input: toJsonl(corpus.slice(0, 3)) });
    expect(first.code, first.stderr).toBe(0);
    const r = lede(['batch', input, '--out-dir', d, '--resume', '--jobs', '1']);
    expect(r.stderr).toMatch(/21 documents in .*, 3 done before/);
    expect(readdirSync(d)).toHaveLength(24);
  });
});

describe('lede batch --format', () => {
  const docs = corpus.slice(0, 4);
  const extracted = (include: Include[] = []) => docs.map((d) => extract(d.text, { id: d.id, include }));

  it('writes the Markdown digests one after another, each naming its document, from every worker count', () => {
    const r = lede(['batch', '-', '--format', 'md', '--jobs', '1'], { input: toJsonl(docs) });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(extracted().map((x) => renderMarkdown(x)).join('\n---\n\n'));
    expect(r.stdout.match(/^id doc-00\d · /gm)).toEqual(docs.map((d) => `id ${d.id} · `));
    const out = join(tmp(), 'digests.md');
    const toFile = lede(['batch', '-', '--format', 'md', '--jobs', '2', '-o', out], { input: toJsonl(docs) });
    expect(toFile.code, toFile.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(r.stdout);
  });

  it('leaves a failed document out of a digest, saying so on stderr', () => {
    const lines = [JSON.stringify(docs[0]), '{"id": "broken', JSON.stringify(docs[1])];
    const r = lede(['batch', '-', '--format', 'md', '--jobs', '1'], { input: lines.join('\n') + '\n' });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(extracted().slice(0, 2).map((x) => renderMarkdown(x)).join('\n---\n\n'));
    expect(r.stderr).toMatch(/^lede: stdin:2: not JSON/m);
  });

  it('writes a file per document in md, html and text with --out-dir, named after ids', () => {
    const d = tmp();
    for (const format of ['md', 'html', 'text']) {
      const r = lede(['batch', '-', '--format', format, '--out-dir', join(d, format), '--jobs', '2'], { input: toJsonl(docs) });
      expect(r.code, r.stderr).toBe(0);
    }
    const withText = extracted(['text']);
    expect(readdirSync(join(d, 'md')).sort()).toEqual(docs.map((x) => `${x.id}.md`));
    expect(readFileSync(join(d, 'md', 'doc-002.md'), 'utf8')).toBe(renderMarkdown(extracted()[2]!));
    expect(readFileSync(join(d, 'html', 'doc-001.html'), 'utf8')).toBe(renderHtml(withText[1]!));
    const text = readFileSync(join(d, 'text', 'doc-003.txt'), 'utf8');
    expect(text).toBe(renderText(withText[3]!, { color: false }));
    expect(text).toMatch(/\[Li Wen\]\{person\}/);
    expect(text).not.toMatch(/\u001b\[/);
  });

  it('keeps JSONL and indented JSON as the defaults, which --format names too', () => {
    const r = lede(['batch', input, '--format', 'jsonl', '--jobs', '1']);
    expect(r.stdout).toBe(reference);
    const d = tmp();
    lede(['batch', '-', '--out-dir', join(d, 'default'), '--jobs', '1'], { input: toJsonl(docs) });
    lede(['batch', '-', '--out-dir', join(d, 'json'), '--format', 'json', '--jobs', '1'], { input: toJsonl(docs) });
    const file = join('default', 'doc-000.json');
    expect(readFileSync(join(d, file), 'utf8')).toBe(renderJson(extracted()[0]!));
    expect(readFileSync(join(d, 'json', 'doc-000.json'), 'utf8')).toBe(readFileSync(join(d, file), 'utf8'));
  });

  it('rejects a format where it cannot go, with exit 2 and one line', () => {
    for (const [args, message] of [
      [['--format', 'html'], /--format html writes one file per document: add --out-dir DIR \(one output takes jsonl or md\)/],
      [['--format', 'jsonl', '--out-dir', 'x'], /--format jsonl cannot write one file per document: with --out-dir use json, md, html or text/],
      [['--format', 'md', '-o', 'x.md', '--resume'], /--resume continues JSONL output or --out-dir, not --format md to one file/],
      [['--format', 'xml'], /argument 'xml' is invalid/],
    ] as const) {
      const r = lede(['batch', input, ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });
});

const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasParallel) console.warn('GNU parallel is not installed (apt-get install parallel, as .ci/run does): its test is skipped');

describe('lede batch as a line filter', () => {
  it.skipIf(!hasParallel)('gives the same bytes under GNU parallel --pipe -j2 as in one process (skipped without GNU parallel)', { timeout: 120_000 }, () => {
    // Small blocks, so the corpus is cut into several chunks spread over two processes.
    const r = spawnSync('parallel', ['--will-cite', '--pipe', '--keep-order', '-j2', '--block', '8k', process.execPath, BIN, 'batch', '--jobs', '1', '-q'], {
      input: readFileSync(input),
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(reference);
  });
});
