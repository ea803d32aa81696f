import type { Diagnostic } from '../schema.js';
import { isSpace, type Cleaned } from './clean.js';

/** How far past the cursor a token may be found before it is given up as unalignable. */
const SEARCH_WINDOW = 256;

/**
 * Places each tokenizer surface in the text: a cursor walks the text, skipping whitespace, and expects the
 * next token there. A token found further on is accepted within a window; one not found at all gets no span
 * and a diagnostic, so no offset is ever guessed. Offsets are mapped back to the raw text when the
 * tokenizer saw a cleaned copy.
 */
export function alignTokens(cleaned: Cleaned, values: readonly string[], diagnostics: Diagnostic[]): Array<[number, number] | null> {
  const { text, toRaw } = cleaned;
  const out: Array<[number, number] | null> = new Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    while (cursor < text.length && isSpace(text.charCodeAt(cursor)) && !isSpace(value.charCodeAt(0))) cursor++;
    let at = text.startsWith(value, cursor) ? cursor : -1;
    if (at < 0) {
      const found = text.slice(cursor, cursor + SEARCH_WINDOW + value.length).indexOf(value);
      at = found >= 0 ? cursor + found : -1;
    }
    if (at < 0 || value.length === 0) {
      out[i] = null;
      if (value.trim()) {
        diagnostics.push({
          severity: 'warning',
          code: 'doc/unaligned-token',
          message: `the tokenizer's token ${JSON.stringify(value.slice(0, 40))} was not found in the text near offset ${cursor}; it is left out`,
          start: null,
          end: null,
        });
      }
      continue;
    }
    const end = at + value.length;
    out[i] = toRaw ? [toRaw[at]!, toRaw[end - 1]! + 1] : [at, end];
    cursor = end;
  }
  return out;
}
