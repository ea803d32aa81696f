import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from './helpers/fixtures.js';
import { request, serve, type Answer, type Served } from './helpers/serve.js';

const BIN = new URL('../bin/lede.js', import.meta.url).pathname;
const ARTICLES = ['budget-vote', 'flood-relief', 'turkey-idlib'].map((name) => `${FIXTURES}articles/${name}.txt`);
const MAX_CHARS = 20_000;

/** What lede extract prints for each article: what the server must answer. */
const expected = ARTICLES.map((path) => spawnSync(process.execPath, [BIN, 'extract', path], { encoding: 'utf8' }).stdout);
const texts = ARTICLES.map((path) => readFileSync(path, 'utf8'));

/**
 * Sends `total` bytes of body in 1 MB chunks, as fast as the server takes them, until the server answers or the
 * connection closes; the answer, and how many bytes went out before it came.
 */
function upload(url: string, total: number, declare: boolean): Promise<{ status: number; text: string; sent: number }> {
  return new Promise((resolve, reject) => {
    const chunk = Buffer.alloc(1 << 20, 'a');
    let sent = 0;
    let answered = false;
    const headers = { 'content-type': 'text/plain', ...(declare ? { 'content-length': String(total) } : {}) };
    const req = httpRequest(url, { method: 'POST', headers, agent: false }, (res) => {
      answered = true;
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, text: Buffer.concat(parts).toString('utf8'), sent }));
      res.on('error', () => resolve({ status: res.statusCode!, text: Buffer.concat(parts).toString('utf8'), sent }));
    });
    req.on('error', (e) => (answered ? undefined : reject(e)));
    const pump = (): void => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
      if (sent >= total) req.end();
    };
    pump();
  });
}

describe('lede serve under load', () => {
  let s: Served;
  beforeAll(async () => {
    s = await serve(['--jobs', '2', '--max-chars', String(MAX_CHARS)]);
  });
  afterAll(async () => {
    expect(await s.stop()).toBe(0);
  });

  it('answers a client that trickles its body over seconds', async () => {
    const body = Buffer.from(texts[2]!);
    const answer = await new Promise<Answer>((resolve, reject) => {
      const req = httpRequest(`${s.url}v1/extract`, { method: 'POST', headers: { 'content-type': 'text/plain' }, agent: false }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (c: Buffer) => parts.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, text: Buffer.concat(parts).toString('utf8'), json: () => null }));
      });
      req.on('error', reject);
      const step = Math.ceil(body.length / 12);
      let at = 0;
      const drip = setInterval(() => {
        req.write(body.subarray(at, (at += step)));
        if (at >= body.length) {
          clearInterval(drip);
          req.end();
        }
      }, 200);
    });
    expect(answer.status).toBe(200);
    expect(answer.text).toBe(expected[2]);
  });

  it('refuses a 100 MB body with a 413 without reading it, by its length or as it streams', async () => {
    const before = s.rssMb();
    const declared = await upload(`${s.url}v1/extract`, 100 << 20, true);
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.text).error.code).toBe('E_TOO_LARGE');
    const streamed = await upload(`${s.url}v1/extract`, 100 << 20, false);
    expect(streamed.status).toBe(413);
    expect(JSON.parse(streamed.text).error.code).toBe('E_TOO_LARGE');
    // what went out before the answer is what the socket buffers took, far from the 100 MB
    expect(streamed.sent).toBeLessThan(40 << 20);
    console.log(`a 100 MB body: ${declared.sent >> 20} MB went out before the 413 when its length was declared, ${streamed.sent >> 20} MB when streamed`);
    expect(s.rssMb() - before).toBeLessThan(50);
    expect((await request(`${s.url}healthz`)).json().status).toBe('ok');
  });

  it('answers 200 requests at once, some malformed and some oversized, and gives its memory back', async () => {
    const warm = await Promise.all(texts.map((t) => request(`${s.url}v1/extract`, { type: 'text/plain', body: t })));
    expect(warm.map((r) => r.text)).toEqual(expected);
    await sleep(2500);
    const start = s.rssMb();
    const kinds = Array.from({ length: 200 }, (_, i) => (i % 10 === 3 ? 'malformed' : i % 10 === 7 ? 'oversized' : i % 10 === 9 ? 'bad-json' : 'good'));
    const answers = await Promise.all(
      kinds.map((kind, i) => {
        if (kind === 'good') return request(`${s.url}v1/extract`, { type: 'text/plain', body: texts[i % 3] });
        if (kind === 'malformed') return request(`${s.url}v1/extract`, { type: 'text/plain', body: Buffer.from([0xc3, 0x28, 0x41]) });
        if (kind === 'bad-json') return request(`${s.url}v1/extract`, { type: 'application/json', body: '{"text": "unclosed' });
        return request(`${s.url}v1/extract`, { type: 'text/plain', body: 'x'.repeat(MAX_CHARS * 3 + 1) });
      }),
    );
    answers.forEach((r, i) => {
      if (kinds[i] === 'good') {
        expect([i, r.status]).toEqual([i, 200]);
        expect(r.text).toBe(expected[i % 3]);
      } else {
        expect(r.status).toBeGreaterThanOrEqual(400);
        expect(r.status).toBeLessThan(500);
        expect(r.json().error.code).toBe({ malformed: 'E_ENCODING', 'bad-json': 'E_JSON', oversized: 'E_TOO_LARGE' }[kinds[i]!]);
      }
    });
    const peak = s.rssMb();
    await sleep(3000);
    const after = s.rssMb();
    console.log(`lede serve RSS: ${start.toFixed(0)} MB before 200 requests, ${peak.toFixed(0)} MB right after, ${after.toFixed(0)} MB 3 s later`);
    expect(after - start).toBeLessThan(40);
    expect((await request(`${s.url}healthz`)).json()).toMatchObject({ status: 'ok', running: 0, waiting: 0, requests: 0 });
  });
});

describe('lede serve: limits', () => {
  it('stops a job that runs past --timeout (504), replaces its worker and answers the next request', async () => {
    const s = await serve(['--jobs', '1', '--timeout', '1000']);
    try {
      const long = texts.join('\n\n').repeat(300);
      const slow = await request(`${s.url}v1/extract`, { type: 'text/plain', body: long });
      expect(slow.status).toBe(504);
      expect(slow.json().error.code).toBe('E_TIMEOUT');
      // the replacement loads the models first: until then a request waits, and past its second gets a 503; on a
      // loaded machine a cold worker's first job can itself pass the timeout (504), so that is retried too
      let next = await request(`${s.url}v1/extract`, { type: 'text/plain', body: texts[0] });
      for (const until = Date.now() + 15_000; (next.status === 503 || next.status === 504) && Date.now() < until; await sleep(200)) {
        next = await request(`${s.url}v1/extract`, { type: 'text/plain', body: texts[0] });
      }
      expect(next.status).toBe(200);
      expect(next.text).toBe(expected[0]);
    } finally {
      expect(await s.stop()).toBe(0);
    }
  });

  it('answers 503 with Retry-After beyond its queue', async () => {
    const s = await serve(['--jobs', '1', '--queue', '2']);
    try {
      const long = texts.join('\n\n').repeat(15);
      const answers = await Promise.all(Array.from({ length: 8 }, () => request(`${s.url}v1/extract`, { type: 'text/plain', body: long })));
      expect(answers.map((r) => r.status).sort()).toEqual([200, 200, 200, 503, 503, 503, 503, 503]);
      for (const r of answers.filter((a) => a.status === 503)) {
        expect(r.headers['retry-after']).toBe('1');
        expect(r.json().error.code).toBe('E_BUSY');
      }
    } finally {
      expect(await s.stop()).toBe(0);
    }
  });

  it('answers 503 to a request still waiting for a worker at its --timeout', async () => {
    const s = await serve(['--jobs', '1', '--timeout', '500']);
    try {
      const runaway = request(`${s.url}v1/extract`, { type: 'text/plain', body: texts.join('\n\n').repeat(100) });
      await sleep(100);
      const waiting = await request(`${s.url}v1/extract`, { type: 'text/plain', body: texts[0] });
      expect([waiting.status, waiting.json().error.code, waiting.headers['retry-after']]).toEqual([503, 'E_BUSY', '1']);
      expect((await runaway).status).toBe(504);
    } finally {
      expect(await s.stop()).toBe(0);
    }
  });

  it('answers the requests in hand when stopped, then exits 0', async () => {
    const s = await serve(['--jobs', '1']);
    const pending = request(`${s.url}v1/extract`, { type: 'text/plain', body: texts.join('\n\n').repeat(8) });
    await sleep(100);
    const exit = s.stop();
    expect((await pending).status).toBe(200);
    expect(await exit).toBe(0);
  });
});

describe('lede serve: who may use it', () => {
  const token = 'a-long-enough-test-token';

  it('refuses a non-loopback address without a token, and a short token', () => {
    const open = spawnSync(process.execPath, [BIN, 'serve', '--host', '0.0.0.0'], { encoding: 'utf8', env: { ...process.env, LEDE_TOKEN: '' } });
    expect(open.status).toBe(2);
    expect(open.stderr).toMatch(/can be reached from other machines: give a --token/);
    const short = spawnSync(process.execPath, [BIN, 'serve', '--token', 'abc'], { encoding: 'utf8' });
    expect(short.status).toBe(2);
    expect(short.stderr).toMatch(/at least 16 characters/);
  });

  it('with --token, wants the bearer token on /v1 and says so on the page', async () => {
    const s = await serve(['--host', '0.0.0.0', '--token', token]);
    try {
      const page = await request(s.url);
      expect(page.text).toContain('needs its token');
      expect(page.text).not.toContain(token);
      const none = await request(`${s.url}v1/extract`, { type: 'text/plain', body: 'Hi.' });
      expect([none.status, none.headers['www-authenticate'], none.json().error.code]).toEqual([401, 'Bearer', 'E_AUTH']);
      const wrong = await request(`${s.url}v1/extract`, { type: 'text/plain', body: 'Hi.', headers: { authorization: `Bearer ${token}x` } });
      expect(wrong.status).toBe(401);
      const right = await request(`${s.url}v1/extract`, { type: 'text/plain', body: 'Jane Doe said so.', headers: { authorization: `Bearer ${token}`, host: 'newsroom.example:7777' } });
      expect(right.status).toBe(200);
      expect((await request(`${s.url}healthz`)).status).toBe(200);
    } finally {
      expect(await s.stop()).toBe(0);
    }
  });
});
