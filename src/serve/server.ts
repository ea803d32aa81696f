import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { garbageCollector, IDLE_COLLECT_MS } from '../workers/collect.js';
import { LedeError } from '../errors.js';
import { FORMATS } from '../render/index.js';
import { LEDE_VERSION, SCHEMA_VERSION } from '../version.js';
import { ApiError, NO_STORE, sendError, sendJson } from './api-error.js';
import { parseBatchRequest, streamBatch } from './batch-stream.js';
import { BODY_TIMEOUT_MS, readBody } from './body.js';
import { bodyLimit, mediaType, parseExtractRequest } from './extract-request.js';
import { Guard } from './guard.js';
import { DESK_POLICY, deskPage, sendPage } from './page.js';
import { Scheduler } from './scheduler.js';

export interface ServeOptions {
  port: number;
  host: string;
  /** bearer token every /v1 request must carry; null: none (loopback only) */
  token: string | null;
  maxChars: number;
  /** the longest a request may wait for and run its extraction, ms */
  timeoutMs: number;
  /** worker threads */
  jobs: number;
  /** requests let in beyond those running */
  queue: number;
}

export interface RunningServer {
  url: string;
  /** Stops taking requests, answers those in hand (up to the time limit), then stops the workers. */
  close(): Promise<void>;
}

type Handler = (req: IncomingMessage, res: ServerResponse, query: URLSearchParams) => Promise<void> | void;

/** How long an overloaded server asks a client to wait before it tries again, seconds. */
const RETRY_AFTER = '1';

/** Starts `lede serve`; resolves once it listens and its workers have loaded the models. */
export async function startServer(o: ServeOptions): Promise<RunningServer> {
  const guard = new Guard(o.token);
  let fatal: (e: Error) => void = () => undefined;
  let ready: () => void = () => undefined;
  const started = new Promise<void>((resolve, reject) => {
    ready = resolve;
    fatal = reject;
  });
  const scheduler = new Scheduler({ jobs: o.jobs, queue: o.queue, onReady: () => ready(), onFatal: (e) => fatal(e) });
  let closing = false;
  let schema: string | null = null;
  /** where the server listens, as the page shows it (known once it listens) */
  let listening = '';

  // Once the last request is answered and none comes for a while, the garbage of a burst is collected.
  const collect = garbageCollector();
  const idle = setTimeout(() => scheduler.idle && collect(), IDLE_COLLECT_MS).unref();

  /** POSTs with a body take a place in the scheduler for as long as they are answered. */
  const admitted = (handler: Handler): Handler => async (req, res, query) => {
    if (closing || !scheduler.admit()) {
      throw new ApiError('E_BUSY', closing ? 'the server is shutting down' : 'too many requests at once; try again shortly', { headers: { 'retry-after': RETRY_AFTER } });
    }
    res.on('close', () => {
      scheduler.release();
      if (scheduler.idle) idle.refresh();
    });
    if (req.headers.expect?.toLowerCase() === '100-continue') res.writeContinue();
    await handler(req, res, query);
  };

  const extract: Handler = async (req, res, query) => {
    const type = mediaType(req.headers['content-type']);
    const body = await readBody(req, bodyLimit(type, query, o.maxChars));
    const request = parseExtractRequest(type, query, body, o.maxChars);
    const gone = new AbortController();
    res.on('close', () => gone.abort());
    const r = await scheduler.run(request, { deadline: Date.now() + o.timeoutMs, signal: gone.signal });
    if ('error' in r) throw new ApiError(r.error.code, r.error.message, r.error.code === 'E_BUSY' ? { headers: { 'retry-after': RETRY_AFTER } } : {});
    const only = request.formats.length === 1 ? request.formats[0]! : null;
    // a highlight page opened from here runs sandboxed, in no origin of this server's
    const sandbox = only === 'html' ? { 'content-security-policy': `${DESK_POLICY}; sandbox allow-scripts` } : {};
    res.writeHead(200, { ...NO_STORE, ...sandbox, 'content-type': FORMATS[only ?? 'json'].media, 'content-length': r.out.byteLength });
    res.end(r.out);
  };

  const batch: Handler = async (req, res, query) => {
    const request = parseBatchRequest(mediaType(req.headers['content-type']), query);
    await streamBatch(req, res, request, scheduler, { maxChars: o.maxChars, timeoutMs: o.timeoutMs, window: 2 * o.jobs });
  };

  const routes = new Map<string, Record<string, Handler>>([
    ['/', { GET: (_req, res) => sendPage(res, deskPage(guard.needsToken, listening)) }],
    ['/healthz', { GET: (_req, res) => sendJson(res, 200, { status: closing ? 'closing' : 'ok', lede: LEDE_VERSION, schemaVersion: SCHEMA_VERSION, ...scheduler.stats() }) }],
    [
      '/v1/schema',
      {
        GET: async (_req, res) => {
          // zod loads only here, once
          schema ??= (await import('../render/json-schema.js')).renderJsonSchema();
          res.writeHead(200, { ...NO_STORE, 'content-type': 'application/schema+json; charset=utf-8' });
          res.end(schema);
        },
      },
    ],
    ['/v1/extract', { POST: admitted(extract) }],
    ['/v1/batch', { POST: admitted(batch) }],
  ]);

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      let url: URL;
      try {
        url = new URL(req.url ?? '/', 'http://lede.invalid');
      } catch {
        throw new ApiError('E_USAGE', 'the request URL is malformed');
      }
      const route = routes.get(url.pathname);
      if (!route) throw new ApiError('E_NOT_FOUND', `no such endpoint: ${url.pathname} (see GET / and the README)`);
      const method = req.method === 'HEAD' && route.GET ? 'GET' : (req.method ?? '');
      const handler = route[method];
      if (!handler) throw new ApiError('E_METHOD', `${url.pathname} takes ${Object.keys(route).join(', ')}, not ${req.method}`, { headers: { allow: Object.keys(route).join(', ') } });
      guard.checkOrigin(req);
      if (url.pathname.startsWith('/v1/')) guard.checkToken(req);
      await handler(req, res, url.searchParams);
    } catch (e) {
      answerError(req, res, e);
    }
  };

  const server = createServer({ requestTimeout: BODY_TIMEOUT_MS + 10_000, headersTimeout: 20_000 }, (req, res) => void handle(req, res));
  // A client that asks before sending its body (curl does, over 1 MB) hears "no" to one that is too large or too many.
  server.on('checkContinue', (req, res) => void handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => reject(listenError(e, o)));
    server.listen(o.port, o.host, resolve);
  });
  try {
    await started;
  } catch (e) {
    await scheduler.close();
    server.close();
    throw e;
  }
  const address = server.address() as AddressInfo;
  listening = `${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;

  return {
    url: `http://${listening}/`,
    async close() {
      closing = true;
      server.close();
      server.closeIdleConnections();
      const until = Date.now() + o.timeoutMs + 1000;
      while (!scheduler.idle && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
      server.closeAllConnections();
      await scheduler.close();
    },
  };
}

function answerError(req: IncomingMessage, res: ServerResponse, e: unknown): void {
  const error =
    e instanceof ApiError ? e : e instanceof LedeError ? new ApiError(e.code, e.message) : new ApiError('E_EXTRACT', `internal error: ${(e as Error).message}`);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  if (hasBody && !req.complete) closeUnread(res);
  sendError(res, error);
}

/** How long a connection whose body was left unread stays open, not read, once its answer is out. */
const LINGER_MS = 2000;

/**
 * A body left unread (too large, too slow, refused before it was read) is not read on, and its connection
 * closes. Closing it at once would reset it while the client is still sending, and a client whose send fails
 * may never read the answer; so this side is shut after the answer, and the socket dropped only LINGER_MS
 * later, unread all the while (the client's sending stalls once the buffers are full).
 */
function closeUnread(res: ServerResponse): void {
  res.setHeader('connection', 'close');
  const socket = res.socket;
  if (!socket) return;
  socket.destroySoon = () => {
    socket.end();
    setTimeout(() => socket.destroy(), LINGER_MS).unref();
  };
}

function listenError(e: NodeJS.ErrnoException, o: ServeOptions): LedeError {
  const where = `${o.host}:${o.port}`;
  if (e.code === 'EADDRINUSE') return new LedeError('E_USAGE', `cannot listen on ${where}: the port is in use (choose another with --port)`);
  if (e.code === 'EACCES') return new LedeError('E_USAGE', `cannot listen on ${where}: permission denied (ports below 1024 need privileges)`);
  if (e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND') return new LedeError('E_USAGE', `cannot listen on ${where}: no such address on this machine`);
  return new LedeError('E_USAGE', `cannot listen on ${where}: ${e.message}`);
}
