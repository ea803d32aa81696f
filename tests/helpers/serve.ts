import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';

const BIN = new URL('../../bin/lede.js', import.meta.url).pathname;

export interface Served {
  url: string;
  child: ChildProcess;
  /** everything the server wrote on stderr so far */
  stderr: () => string;
  /** resident memory of the whole process (main thread and workers), MB */
  rssMb: () => number;
  /** SIGTERM, then the exit code */
  stop: () => Promise<number | null>;
}

/** Starts `lede serve --port 0 ...args` from the build and waits until it says where it listens. */
export function serve(args: string[] = []): Promise<Served> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.stderr!.setEncoding('utf8').on('data', (s: string) => {
      err += s;
      const m = /serving on (http:\/\/\S+\/)/.exec(err);
      if (m)
        resolve({
          url: m[1]!,
          child,
          stderr: () => err,
          rssMb: () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))![1]) / 1024,
          stop: () => {
            child.kill('SIGTERM');
            return exited;
          },
        });
    });
    void exited.then((code) => reject(new Error(`lede serve exited (${code}) before listening:\n${err}`)));
  });
}

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  json: () => any;
}

/** One request with a string or Buffer body (node:http, so any header can be set, Host too); the answer as text. */
export function request(url: string, init: { method?: string; type?: string; body?: string | Buffer; headers?: Record<string, string> } = {}): Promise<Answer> {
  const headers: Record<string, string> = { ...(init.type ? { 'content-type': init.type } : {}), ...init.headers };
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: init.method ?? (init.body === undefined ? 'GET' : 'POST'), headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode!, headers: res.headers, text, json: () => JSON.parse(text) });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(init.body);
  });
}
