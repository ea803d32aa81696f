import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import { ApiError } from './api-error.js';

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** Whether an address to listen on is reachable from this machine only. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return LOOPBACK_NAMES.has(bare) || bare.endsWith('.localhost') || (isIP(bare) === 4 && bare.startsWith('127.')) || bare === '::ffff:127.0.0.1';
}

/** Who may use the API: anyone with the token when there is one; otherwise this machine only. */
export class Guard {
  private readonly digest: Buffer | null;

  constructor(token: string | null) {
    this.digest = token === null ? null : sha256(token);
  }

  get needsToken(): boolean {
    return this.digest !== null;
  }

  /**
   * Refuses a browser's request from another site (its Origin is not this server), and, with no token, a request
   * whose Host is not a loopback name: a web page that rebinds its own domain name to 127.0.0.1 gets nothing.
   */
  checkOrigin(req: IncomingMessage): void {
    const host = req.headers.host ?? '';
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${host}` && origin !== `https://${host}`) {
      throw new ApiError('E_FORBIDDEN', 'requests from another site are refused');
    }
    if (this.digest === null && !isLoopback(hostName(host))) {
      throw new ApiError('E_FORBIDDEN', `this server answers to localhost only, not to "${hostName(host)}"`);
    }
  }

  /** A bearer token equal to the server's, compared in constant time (both hashed to the same length first). */
  checkToken(req: IncomingMessage): void {
    if (this.digest === null) return;
    const m = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(req.headers.authorization ?? '');
    if (!m || !timingSafeEqual(sha256(m[1]!), this.digest)) {
      throw new ApiError('E_AUTH', m ? 'the token is wrong' : 'this server needs its token: send "Authorization: Bearer TOKEN"', { headers: { 'www-authenticate': 'Bearer' } });
    }
  }
}

function sha256(s: string): Buffer {
  return createHash('sha256').update(s, 'utf8').digest();
}

/** The host name of a Host header, without its port. */
function hostName(host: string): string {
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  const colon = host.lastIndexOf(':');
  return colon >= 0 ? host.slice(0, colon) : host;
}
