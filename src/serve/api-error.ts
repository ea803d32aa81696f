import type { ServerResponse } from 'node:http';

/**
 * The HTTP status of each error code. The codes are the CLI's (src/errors.ts) and lede batch's error records';
 * the ones only a server meets are E_AUTH, E_FORBIDDEN, E_METHOD, E_MEDIA_TYPE, E_BUSY and E_TIMEOUT.
 */
const STATUS: Record<string, number> = {
  E_USAGE: 400,
  E_JSON: 400,
  E_FIELD: 400,
  E_EMPTY: 400,
  E_ENCODING: 400,
  E_BINARY: 400,
  E_READ: 400,
  E_AUTH: 401,
  E_FORBIDDEN: 403,
  E_NOT_FOUND: 404,
  E_METHOD: 405,
  E_TOO_LARGE: 413,
  E_MEDIA_TYPE: 415,
  E_EXTRACT: 500,
  E_WORKER: 500,
  E_BUSY: 503,
  E_TIMEOUT: 504,
};

/** An error a request gets as `{"error": {"code", "message"}}` with the code's status. */
export class ApiError extends Error {
  readonly status: number;
  /** extra response headers: Allow, Retry-After, WWW-Authenticate */
  readonly headers: Record<string, string>;

  constructor(
    readonly code: string,
    message: string,
    options: { status?: number; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.status = options.status ?? STATUS[code] ?? 500;
    this.headers = options.headers ?? {};
  }
}

export const NO_STORE = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' } as const;

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const payload = `${JSON.stringify(body)}\n`;
  res.writeHead(status, { ...NO_STORE, ...headers, 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(payload) });
  res.end(payload);
}

export function sendError(res: ServerResponse, e: ApiError): void {
  sendJson(res, e.status, { error: { code: e.code, message: e.message } }, e.headers);
}
