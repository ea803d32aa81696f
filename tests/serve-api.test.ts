import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from './helpers/fixtures.js';
import { request, serve, type Served } from './helpers/serve.js';

const BIN = new URL('../bin/lede.js', import.meta.url).pathname;
const ARTICLE = `${FIXTURES}articles/turkey-idlib.txt`;
const PAGE = `${FIXTURES}html/harbour-strike.html`;

function lede(args: string[], input?: string): string {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`lede ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

describe('lede serve: the API', () => {
  let s: Served;
  beforeAll(async () => {
    s = await serve(['--jobs', '2']);
  });
  afterAll(async () => {
    expect(await s.stop()).toBe(0);
  });

  it('answers POST /v1/extract with the bytes lede extract prints, in every format', async () => {
    const text = readFileSync(ARTICLE, 'utf8');
    const json = await request(`${s.url}v1/extract`, { type: 'text/plain', body: text });
    expect(json.status).toBe(200);
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(json.text).toBe(lede(['extract', ARTICLE]));
    const md = await request(`${s.url}v1/extract?format=md`, { type: 'text/plain; charset=utf-8', body: text });
    expect(md.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(md.text).toBe(lede(['digest', ARTICLE]));
    const html = await request(`${s.url}v1/extract?format=html&include=dates`, { type: 'text/plain', body: text });
    expect(html.text).toBe(lede(['extract', ARTICLE, '--format', 'html', '--include', 'dates']));
    expect(html.headers['content-security-policy']).toContain('sandbox allow-scripts');
    const plain = await request(`${s.url}v1/extract?format=text`, { type: 'text/plain', body: text });
    expect(plain.text).toBe(lede(['extract', ARTICLE, '--format', 'text', '--no-color']));
  });

  it('reads a web page sent as text/html, and a JSON request with several formats at once', async () => {
    const page = readFileSync(PAGE, 'utf8');
    const r = await request(`${s.url}v1/extract`, { type: 'text/html', body: page });
    expect(r.text).toBe(lede(['extract', PAGE]));
    const both = await request(`${s.url}v1/extract`, { type: 'application/json', body: JSON.stringify({ text: page, format: ['json', 'md'] }) });
    const answer = both.json();
    expect(Object.keys(answer)).toEqual(['json', 'md']);
    expect(`${JSON.stringify(answer.json, null, 2)}\n`).toBe(r.text);
    expect(answer.md).toBe(lede(['digest', PAGE]));
    const named = await request(`${s.url}v1/extract?id=p1&include=sentences`, { type: 'text/html', body: page });
    expect(named.json()).toMatchObject({ id: 'p1', input: { format: 'html' }, sentences: expect.any(Array) });
    const explained = await request(`${s.url}v1/extract?explain=true&only=quotes&format=md`, { type: 'text/html', body: page });
    expect(explained.text).toBe(lede(['extract', PAGE, '--only', 'quotes', '--explain', '-f', 'md']));
    const why = (await request(`${s.url}v1/extract`, { type: 'application/json', body: JSON.stringify({ text: page, explain: true, only: ['quotes'] }) })).json();
    expect(why.quotes[0].why).toMatchObject({ rule: expect.any(String) });
    expect(why.locations).toEqual([]);
  });

  it('streams POST /v1/batch as lede batch does: one line per document, error records for bad lines', async () => {
    const docs = ['budget-vote', 'flood-relief', 'turkey-idlib'].map((name, i) => JSON.stringify({ id: i, text: readFileSync(`${FIXTURES}articles/${name}.txt`, 'utf8') }));
    const body = [docs[0], 'not json', '', docs[1], '{"id": "no-text"}', JSON.stringify({ id: 'e', text: '  ' }), docs[2]].join('\n') + '\n';
    const r = await request(`${s.url}v1/batch?include=dates`, { type: 'application/x-ndjson', body });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    const cli = spawnSync(process.execPath, [BIN, 'batch', '-q', '--include', 'dates'], { input: body, encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(cli.status).toBe(1);
    expect(r.text).toBe(cli.stdout);
    expect(r.text.trim().split('\n').map((l) => JSON.parse(l).error?.code ?? 'ok')).toEqual(['ok', 'E_JSON', 'ok', 'E_FIELD', 'E_EMPTY', 'ok']);
    const gzipped = await request(`${s.url}v1/batch?include=dates`, { type: 'application/x-ndjson', body: gzipSync(body) });
    expect(gzipped.text).toBe(cli.stdout);
  });

  it('answers GET /v1/schema, GET /healthz and GET /', async () => {
    const schema = await request(`${s.url}v1/schema`);
    expect(schema.text).toBe(readFileSync(new URL('../schema/lede.schema.json', import.meta.url), 'utf8'));
    const health = (await request(`${s.url}healthz`)).json();
    expect(health).toMatchObject({ status: 'ok', workers: 2 });
    const page = await request(s.url);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.text).toContain('<textarea id="paste"');
    expect(page.text).not.toMatch(/<(?:script|link|img|iframe)[^>]+(?:src|href)=/);
  });

  it('answers every mistake with a JSON error, its code the CLI’s and its status the HTTP one', async () => {
    const cases: Array<[string, Parameters<typeof request>[1], number, string]> = [
      ['nowhere', {}, 404, 'E_NOT_FOUND'],
      ['constructor', {}, 404, 'E_NOT_FOUND'],
      ['v1/extract/../../etc/passwd', { type: 'text/plain', body: 'Hi.' }, 404, 'E_NOT_FOUND'],
      ['v1/extract', { method: 'GET' }, 405, 'E_METHOD'],
      ['v1/batch', { method: 'DELETE' }, 405, 'E_METHOD'],
      ['v1/extract', { type: 'application/json', body: '{"text": ' }, 400, 'E_JSON'],
      ['v1/extract', { type: 'application/json', body: '["text"]' }, 400, 'E_JSON'],
      ['v1/extract', { type: 'application/json', body: '{"txt": "Hello."}' }, 400, 'E_FIELD'],
      ['v1/extract', { type: 'application/json', body: '{"text": 12}' }, 400, 'E_FIELD'],
      ['v1/extract', { type: 'application/json', body: '{"text": " \\n "}' }, 400, 'E_EMPTY'],
      ['v1/extract', { type: 'application/json', body: '{"text": "Hi.", "format": "pdf"}' }, 400, 'E_USAGE'],
      ['v1/extract', { type: 'application/json', body: '{"text": "Hi.", "explain": "maybe"}' }, 400, 'E_USAGE'],
      ['v1/extract?only=people', { type: 'text/plain', body: 'Hi.' }, 400, 'E_USAGE'],
      ['v1/extract?include=everything', { type: 'text/plain', body: 'Hi.' }, 400, 'E_USAGE'],
      ['v1/extract?path=/etc/passwd', { type: 'text/plain', body: 'Hi.' }, 400, 'E_USAGE'],
      ['v1/extract', { type: 'text/plain', body: Buffer.from([72, 105, 0, 33]) }, 400, 'E_BINARY'],
      ['v1/extract', { type: 'text/plain', body: Buffer.from([72, 105, 0xff, 33]) }, 400, 'E_ENCODING'],
      ['v1/extract', { type: 'text/plain', body: '' }, 400, 'E_EMPTY'],
      ['v1/extract', { type: 'text/plain; charset=latin1', body: 'Hi.' }, 415, 'E_MEDIA_TYPE'],
      ['v1/extract', { type: 'application/x-www-form-urlencoded', body: 'text=Hi.' }, 415, 'E_MEDIA_TYPE'],
      ['v1/extract', { type: 'text/html', body: '<html><body><nav>Home</nav></body></html>' }, 400, 'E_EMPTY'],
      ['v1/batch?jobs=9', { type: 'application/x-ndjson', body: '{}' }, 400, 'E_USAGE'],
      ['v1/extract', { type: 'text/plain', body: 'Hi.', headers: { origin: 'https://elsewhere.example' } }, 403, 'E_FORBIDDEN'],
      ['v1/extract', { type: 'text/plain', body: 'Hi.', headers: { host: 'rebound.example:7777' } }, 403, 'E_FORBIDDEN'],
    ];
    for (const [path, init, status, code] of cases) {
      const r = await request(`${s.url}${path}`, init);
      expect([path, r.status, r.headers['content-type']]).toEqual([path, status, 'application/json; charset=utf-8']);
      expect(r.json().error).toMatchObject({ code, message: expect.any(String) });
    }
    expect((await request(`${s.url}v1/extract`, { method: 'PUT' })).headers.allow).toBe('POST');
  });
});
