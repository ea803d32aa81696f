import { TextDecoder } from 'node:util';
import { LedeError } from '../errors.js';

/** The bytes the HTML standard's MIME sniffing reads to tell text from binary data. */
const RESOURCE_HEADER = 1445;
/** How far the HTML standard's prescan looks for a <meta> charset. */
const PRESCAN = 1024;
const META_TAG = /<meta\b[^>]*>/gi;
const CHARSET = /charset\s*=\s*["']?([A-Za-z0-9_.:-]+)/i;

/**
 * A web page's bytes as text, decoded as a browser would: a byte-order mark, else the charset of the HTTP
 * Content-Type, else a <meta> charset in the first 1,024 bytes, else UTF-8 (windows-1252 when the bytes are not
 * UTF-8). Bytes no text holds (NUL and other controls) among the first 1,445 are binary data, an error (UTF-16,
 * which a byte-order mark announces, is text).
 */
export function decodePage(bytes: Uint8Array, contentType: string | null, where: string): string {
  const bom = bomLabel(bytes);
  const head = bytes.subarray(0, RESOURCE_HEADER);
  const binary = bom?.startsWith('utf-16') ? -1 : head.findIndex((b) => b <= 0x08 || b === 0x0b || (b >= 0x0e && b <= 0x1a) || (b >= 0x1c && b <= 0x1f));
  if (binary >= 0) throw new LedeError('E_BINARY', `${where}: looks like binary data (byte ${binary} is 0x${head[binary]!.toString(16).padStart(2, '0')}), not a web page`);
  const decoder = decoderFor(bom ?? CHARSET.exec(contentType ?? '')?.[1] ?? metaLabel(bytes));
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  if (text.trim() === '') throw new LedeError('E_EMPTY', `${where}: the page is empty`);
  return text;
}

function bomLabel(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/** The charset a <meta> in the first bytes declares; a page cannot declare itself UTF-16 from inside (it then means UTF-8). */
function metaLabel(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, PRESCAN)).toString('latin1');
  const label = head.match(META_TAG)?.map((tag) => CHARSET.exec(tag)?.[1]).find((l) => l);
  return label && /^utf-?16/i.test(label) ? 'utf-8' : label;
}

/** A decoder for the label; UTF-8 (fatal, so that other bytes fall back to windows-1252) when there is none or it is unknown. */
function decoderFor(label: string | undefined): TextDecoder {
  try {
    const decoder = new TextDecoder(label ?? 'utf-8');
    if (decoder.encoding !== 'utf-8') return decoder;
  } catch {
    // an unknown label: read as if none were given
  }
  return new TextDecoder('utf-8', { fatal: true });
}
