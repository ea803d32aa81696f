import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';
import { beforeAll, describe, expect, it } from 'vitest';
import { newsCorpus } from './helpers/corpus.js';

const BIN = new URL('../bin/lede.js', import.meta.url).pathname;

function lede(args: string[], cwd?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

type Out = { id: string; error?: { code: string; message: string }; text?: string; page?: { url: string | null } };
const records = (jsonl: string): Out[] => jsonl.trimEnd().split('\n').map((l) => JSON.parse(l) as Out);

/** A news page in today's markup: navigation, the article, a share bar and a related-stories list. */
function page(title: string, body: string, charset = 'utf-8'): string {
  return `<!doctype html><html><head><meta charset="${charset}"><title>${title} | The Wire</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>${title}</h1>${body
    .split('\n\n')
    .map((p) => `<p>${p}</p>`)
    .join('')}
<div class="share-tools"><a href="#">Share on Facebook</a></div></article>
<ul class="more"><li><a href="/a">Another story entirely</a></li><li><a href="/b">And one more story</a></li></ul></body></html>`;
}

const STORIES = newsCorpus(8).map((c, i) => ({ url: `https://news.example/2025/story-${i}`, title: `Story number ${i + 1} from the wire`, text: c.text }));

async function response(url: string, status: number, contentType: string, body: Uint8Array, headers: Record<string, string> = {}): Promise<Uint8Array> {
  async function* content() {
    yield body;
  }
  const record = WARCRecord.create(
    { url, date: '2025-03-03T10:00:00Z', type: 'response', warcVersion: 'WARC/1.1', statusline: `HTTP/1.1 ${status} ${status === 200 ? 'OK' : 'Moved'}`, httpHeaders: { 'Content-Type': contentType, ...headers } },
    content(),
  );
  return WARCSerializer.serialize(record, { gzip: true });
}

/** A crawl as Common Crawl News writes it: one gzip member a record, pages, a redirect, an image, and a last record cut short. */
async function crawl(truncateLast: boolean): Promise<Buffer> {
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [];
  for (const [i, s] of STORIES.entries()) {
    // One page in ISO-8859-1 and gzip-encoded, as servers still send some.
    if (i === 2) parts.push(await response(s.url, 200, 'text/html; charset=ISO-8859-1', gzipSync(Buffer.from(page(s.title, `Café owners said so. ${s.text}`, 'iso-8859-1'), 'latin1')), { 'Content-Encoding': 'gzip' }));
    else parts.push(await response(s.url, 200, 'text/html; charset=utf-8', enc.encode(page(s.title, s.text))));
    if (i === 1) parts.push(await response('https://news.example/old', 301, 'text/html', enc.encode('<p>Moved</p>'), { Location: STORIES[0]!.url }));
    if (i === 3) parts.push(await response('https://news.example/logo.png', 200, 'image/png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13])));
  }
  const last = await response('https://news.example/cut', 200, 'text/html', enc.encode(page('A page cut short', STORIES[0]!.text)));
  parts.push(truncateLast ? last.subarray(0, last.length - 200) : last);
  return Buffer.concat(parts);
}

let dir: string;
let warc: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lede-web-'));
  warc = join(dir, 'crawl.warc.gz');
  writeFileSync(warc, await crawl(true));
});

describe('lede batch over a WARC file', () => {
  it('extracts every HTML page under its URI, counts the rest, and fails only the record cut short', () => {
    const r = lede(['batch', warc, '-j', '1']);
    expect(r.code, r.stderr).toBe(1);
    const out = records(r.stdout);
    expect(out.map((x) => x.id)).toEqual([...STORIES.map((s) => s.url), 'https://news.example/cut']);
    for (const [i, x] of out.slice(0, -1).entries()) {
      expect(x.error, x.id).toBeUndefined();
      expect(x.text).toContain(STORIES[i]!.text.split('\n')[0]);
      expect(x.text).not.toMatch(/Share on Facebook|Another story|Home/);
    }
    expect(out[2]!.text).toContain('Café owners said so.');
    expect(out.at(-1)!.error?.code).toBe('E_TRUNCATED');
    expect(r.stderr).toMatch(/WARC responses skipped: 1 not 200, 1 not HTML/);
    expect(r.stderr.match(/^lede: .*crawl\.warc\.gz:\d+: /gm)).toHaveLength(1);
  });

  it('reads an uncompressed WARC too, naming the cut record by its URI', async () => {
    const { gunzipSync } = await import('node:zlib');
    const plain = join(dir, 'crawl.warc');
    writeFileSync(plain, gunzipSync(await crawl(false)).subarray(0, -300));
    const r = lede(['batch', plain, '-j', '1']);
    expect(r.code, r.stderr).toBe(1);
    const out = records(r.stdout);
    expect(out.map((x) => x.id)).toEqual([...STORIES.map((s) => s.url), 'https://news.example/cut']);
    expect(out.at(-1)!.error).toMatchObject({ code: 'E_TRUNCATED' });
  });

  it('holds every id once after a SIGKILL and --resume', { timeout: 120_000 }, async () => {
    const d = mkdtempSync(join(tmpdir(), 'lede-web-resume-'));
    const out = join(d, 'out.jsonl');
    const args = [BIN, 'batch', warc, '-o', out, '--resume', '-j', '1', '-q'];
    const child = spawn(process.execPath, args, { stdio: 'ignore' });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    let ended = false;
    void exited.then(() => (ended = true));
    const lines = () => (existsSync(`${out}.partial`) ? readFileSync(`${out}.partial`, 'utf8').split('\n').length - 1 : 0);
    while (!ended && lines() < 3) await new Promise((r) => setTimeout(r, 20));
    const killed = !ended && child.kill('SIGKILL');
    await exited;
    expect(killed, 'the run ended before it could be killed').toBe(true);
    const r = lede(args.slice(1));
    expect(r.code, r.stderr).toBe(1);
    const ids = records(readFileSync(out, 'utf8')).map((x) => x.id);
    expect(ids).toEqual([...STORIES.map((s) => s.url), 'https://news.example/cut']);
  });
});

describe('lede batch over folders of web pages and JSONL with --input html', () => {
  it('reads .html, .htm and .html.gz files, each a page whose id is its path', () => {
    const d = mkdtempSync(join(tmpdir(), 'lede-pages-'));
    mkdirSync(join(d, 'pages', 'b'), { recursive: true });
    writeFileSync(join(d, 'pages', 'a.html'), page(STORIES[0]!.title, STORIES[0]!.text));
    writeFileSync(join(d, 'pages', 'b', 'c.htm'), page(STORIES[1]!.title, STORIES[1]!.text));
    writeFileSync(join(d, 'pages', 'b', 'd.html.gz'), gzipSync(page(STORIES[2]!.title, STORIES[2]!.text)));
    const r = lede(['batch', 'pages', '-j', '1'], d);
    expect(r.code, r.stderr).toBe(0);
    const out = records(r.stdout);
    expect(out.map((x) => x.id)).toEqual(['a.html', 'b/c.htm', 'b/d.html.gz']);
    for (const x of out) expect(x.text).not.toContain('Share on Facebook');
  });

  it('reads the page from a JSONL field with --input html, a page with no article an E_EMPTY record', () => {
    const d = mkdtempSync(join(tmpdir(), 'lede-pages-'));
    const lines = [
      { id: 'p1', html: page(STORIES[3]!.title, STORIES[3]!.text) },
      { id: 'p2', html: '<html><head><script>var x = 1;</script></head><body><nav>Home</nav></body></html>' },
    ];
    writeFileSync(join(d, 'in.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const r = lede(['batch', 'in.jsonl', '--text-field', 'html', '--input', 'html', '--include', 'text', '-j', '1'], d);
    expect(r.code).toBe(1);
    const out = records(r.stdout);
    expect(out[0]!.text!.startsWith(`${STORIES[3]!.title}\n\n`)).toBe(true);
    expect(out[1]!.error?.code).toBe('E_EMPTY');
  });
});
