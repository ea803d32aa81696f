import type { IncomingMessage } from 'node:http';
import { ApiError } from './api-error.js';

/** A body that has not arrived whole by then is refused (408), so a stalled client cannot hold a slot for long. */
export const BODY_TIMEOUT_MS = 60_000;

function tooLarge(maxBytes: number): ApiError {
  return new ApiError('E_TOO_LARGE', `the body is over ${maxBytes} bytes, more than --max-chars allows (3 bytes a character)`);
}

/**
 * The whole body of a request, read only as far as `maxBytes`: a longer one (by its Content-Length, or once
 * that many bytes have come) is refused with a 413, and reading stops there; so does a body still incomplete
 * after BODY_TIMEOUT_MS (408). The caller answers and closes the connection.
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) return Promise.reject(tooLarge(maxBytes));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (e: ApiError | null): void => {
      clearTimeout(timer);
      req.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
      if (e) {
        req.pause();
        reject(e);
      } else {
        resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size));
      }
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > maxBytes) stop(tooLarge(maxBytes));
      else chunks.push(chunk);
    };
    const onEnd = (): void => stop(null);
    const onError = (e: Error): void => stop(new ApiError('E_READ', `the body could not be read (${e.message})`));
    const onClose = (): void => stop(new ApiError('E_READ', 'the client closed the connection before the body was complete'));
    const timer = setTimeout(() => stop(new ApiError('E_READ', `the body did not arrive within ${BODY_TIMEOUT_MS / 1000} s`, { status: 408 })), BODY_TIMEOUT_MS);
    req.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
  });
}
