import type { Diagnostic } from '../schema.js';
import { isSpace, type Cleaned } from './clean.js';

/** How far past the cursor a token may be found before it is given up as unalignable. */
const SEARCH_WINDOW = 256;

/** Offsets of token i in the raw text are starts[i] and ends[i]; both are -1 for a token left out. */
export interface Alignment {
  starts: Int32Array;
  ends: Int32Array;
}

/**
 * Places each tokenizer surface in the text: a cursor walks the text, skipping whitespace, and expects the
 * next token there. A token found further on is accepted within a window; one not found at all gets no span
 * and a diagnostic, so no offset is ever guessed. Offsets are mapped back to the raw text when the
 * tokenizer saw a cleaned copy.
 */
export function alignTokens(cleaned: Cleaned, values: readonly string[], diagnostics: Diagnostic[]): Alignment {
  const { text, toRaw } = cleaned;
  const starts = new Int32Array(values.length);
  const ends = new Int32Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (!isSpace(value.charCodeAt(0))) {
      while (cursor < text.length && isSpace(text.charCodeAt(cursor))) cursor++;
    }
    const at = findNear(text, value, cursor);
    if (at < 0 || value.length === 0) {
      starts[i] = -1;
      ends[i] = -1;
      if (value.trim()) diagnostics.push(unaligned(value, cursor));
      continue;
    }
    const end = at + value.length;
    starts[i] = toRaw ? toRaw[at]! : at;
    ends[i] = toRaw ? toRaw[end - 1]! + 1 : end;
    cursor = end;
  }
  return { starts, ends };
}

function findNear(text: string, value: string, cursor: number): number {
  if (text.startsWith(value, cursor)) return cursor;
  const found = text.slice(cursor, cursor + SEARCH_WINDOW + value.length).indexOf(value);
  return found >= 0 ? cursor + found : -1;
}

function unaligned(value: string, cursor: number): Diagnostic {
  return {
    severity: 'warning',
    code: 'doc/unaligned-token',
    message: `the tokenizer's token ${JSON.stringify(value.slice(0, 40))} was not found in the text near offset ${cursor}; it is left out`,
    start: null,
    end: null,
  };
}
