import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import type { WARCRecord } from 'warcio';
import { LedeError } from '../errors.js';
import { HTML_MARKUP_FACTOR, looksLikeHtml } from '../input/detect.js';
import { counted } from '../io/file-lines.js';
import { decompressed } from '../io/gzip.js';
import { decodePage } from '../io/page-bytes.js';
import { tooLarge, type InputItem } from '../input/document-item.js';

/** Why a WARC response is not a document: its status is not 200, or its body is not a web page. */
export type WarcSkip = 'status' | 'type';

export interface WarcOptions {
  cwd: string;
  maxChars: number;
  onBytes: (n: number) => void;
  onSkip: (why: WarcSkip) => void;
}

const HTML_TYPE = /^\s*(?:text\/html|application\/xhtml\+xml)\s*(?:;|$)/i;

/**
 * The web pages of a WARC file (.warc, or .warc.gz as Common Crawl publishes them: one gzip member a record):
 * every HTTP response with status 200 and an HTML body is a document, its id the record's WARC-Target-URI, its
 * body decoded by its Content-Encoding and charset. Other responses are counted through onSkip; requests,
 * metadata and the like are not documents. A record cut short is an E_TRUNCATED item; data that is no WARC
 * record at all is an E_WARC item, and ends the file (no later record can be found with certainty).
 */
export async function* warcItems(path: string, options: WarcOptions): AsyncGenerator<InputItem> {
  const { WARCParser } = await import('warcio');
  const raw = createReadStream(resolve(options.cwd, path));
  // Node's gunzip reads every member of a .warc.gz, and fails when the last one breaks off.
  const stream = decompressed(counted(raw, options.onBytes), path);
  let n = 0;
  try {
    for await (const record of new WARCParser(stream)) {
      n++;
      if (record.warcType !== 'response') continue;
      const item = await responseItem(record, `${path}:${n}`, options);
      if (item) yield item;
      if (item?.kind === 'error' && item.code === 'E_TRUNCATED') return;
    }
  } catch (e) {
    const message = `no readable WARC record after record ${n} (${(e as Error).message}); the rest of the file is not read`;
    yield { kind: 'error', id: '', where: `${path}:${n + 1}`, code: 'E_WARC', message };
  } finally {
    raw.destroy();
  }
}


async function responseItem(record: WARCRecord, where: string, options: WarcOptions): Promise<InputItem | null> {
  const id = record.warcTargetURI ?? '';
  const status = record.httpHeaders?.statusCode;
  const contentType = record.httpHeaders?.headers.get('Content-Type') ?? null;
  const limit = options.maxChars * HTML_MARKUP_FACTOR;
  if (status !== 200) {
    options.onSkip('status');
    return null;
  }
  if (contentType !== null && !HTML_TYPE.test(contentType)) {
    options.onSkip('type');
    return null;
  }
  try {
    // The body's reader stops at the record's Content-Length; bytes it still expects at the end were never there.
    const raw = record.reader;
    const body = await record.readFully(true);
    const left = 'limit' in raw ? (raw as { limit: number }).limit : 0;
    if (left > 0) return truncated(id, where, `${left} bytes of its body are missing`);
    if (body.length > limit * 3) return tooLarge(id, where, `${body.length} bytes`, options.maxChars, true);
    const text = decodePage(body, contentType, where);
    if (contentType === null && !looksLikeHtml(text)) {
      options.onSkip('type');
      return null;
    }
    if (text.length > limit) return tooLarge(id, where, `${text.length} characters`, options.maxChars, true);
    return { kind: 'doc', id, text, where, format: 'html' };
  } catch (e) {
    if (/unexpected end of file/.test((e as Error).message)) return truncated(id, where, 'the gzip data ends in the middle of it');
    const err = e instanceof LedeError ? e : new LedeError('E_WARC', `cannot read the record's body (${(e as Error).message})`);
    return { kind: 'error', id, where, code: err.code, message: err.message.replace(`${where}: `, '') };
  }
}

function truncated(id: string, where: string, why: string): InputItem {
  return { kind: 'error', id, where, code: 'E_TRUNCATED', message: `the record is cut short: ${why}` };
}
