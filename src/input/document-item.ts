import { HTML_MARKUP_FACTOR, type InputFormat } from './detect.js';

/** One document to extract, or one input that could not become a document (id "" when none could be read). */
export type InputItem =
  | { kind: 'doc'; id: string; text: string; where: string; format?: InputFormat }
  | { kind: 'error'; id: string; where: string; code: string; message: string };

/** The error item of a document over the limit: --max-chars, or HTML_MARKUP_FACTOR times it for a web page. */
export function tooLarge(id: string, where: string, size: string, maxChars: number, html = false): InputItem {
  const limit = html ? `${HTML_MARKUP_FACTOR} × --max-chars ${maxChars} for a web page` : `--max-chars ${maxChars}`;
  return { kind: 'error', id, where, code: 'E_TOO_LARGE', message: `the document is ${size}, over ${limit}` };
}
