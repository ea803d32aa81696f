import { isWhiteSpace as isSpace } from '../doc/clean.js';

/** An initial ("U.S.") or a short form ("Corp.") ending the name. */
const ABBREVIATION_END = /\b(?:[A-Z]|Inc|Corp|Co|Ltd|Jr|Sr|St|Bros)\.$/;
/** The test reads no further back than this from the end (the longest short form and the boundary before it). */
const TAIL = 8;
const OPENERS = new Set(['"', '“', '”', '‘', '(']);
const CLOSERS = new Set([',', ';', ':', '!', '?', '"', '“', '”', '’', ')', '-', '–', '—']);

/**
 * A name never ends in a possessive or punctuation: "Turkey's" gives "Turkey", "the Smiths'" gives "the Smiths".
 * `trimmed` makes the name over its new bounds (in its own shape: see named.ts).
 */
export function trimName<T extends { start: number; end: number }>(text: string, c: T, trimmed: (c: T, start: number, end: number) => T): T | null {
  let start = c.start;
  let end = c.end;
  while (start < end && (isSpace(text.charCodeAt(start)) || OPENERS.has(text[start]!))) start++;
  for (;;) {
    const cut = trailingCut(text, start, end);
    if (cut === 0) break;
    end -= cut;
    if (end <= start) return null;
  }
  return start === c.start && end === c.end ? c : trimmed(c, start, end);
}

/** How many code units of possessive or punctuation end text[start, end): 0 when none. */
function trailingCut(text: string, start: number, end: number): number {
  if (end <= start) return 0;
  const last = text[end - 1]!;
  const before = end - start >= 2 ? text[end - 2]! : '';
  if (last === 's' && isApostrophe(before)) return 2;
  if (isApostrophe(last) && before === 's') return 1;
  if (isSpace(text.charCodeAt(end - 1)) || CLOSERS.has(last)) return 1;
  if (last === '.' && !ABBREVIATION_END.test(text.slice(Math.max(start, end - TAIL), end))) return 1;
  return 0;
}

export function isApostrophe(ch: string | undefined): boolean {
  return ch === "'" || ch === '’';
}
