import { isWhiteSpace as isSpace } from '../doc/clean.js';

/** An initial ("U.S.") or a short form ("Corp.") ending the name. */
const ABBREVIATION_END = /\b(?:[A-Z]|Inc|Corp|Co|Ltd|Jr|Sr|St|Bros)\.$/;
/** The test reads no further back than this from the end (the longest short form and the boundary before it). */
const TAIL = 8;
/** Characters (by code) that open a name's span but not the name, and that close it. */
const OPENERS = codesOf('"“”‘(');
const CLOSERS = codesOf(',;:!?"“”’)-–—');
const FULL_STOP = 46;
const S = 115;

/**
 * A name never ends in a possessive or punctuation: "Turkey's" gives "Turkey", "the Smiths'" gives "the Smiths".
 * `trimmed` makes the name over its new bounds (in its own shape: see named.ts).
 */
export function trimName<T extends { start: number; end: number }>(text: string, c: T, trimmed: (c: T, start: number, end: number) => T): T | null {
  let start = c.start;
  let end = c.end;
  while (start < end && (isSpace(text.charCodeAt(start)) || OPENERS.has(text.charCodeAt(start)))) start++;
  for (;;) {
    const cut = trailingCut(text, start, end);
    if (cut === 0) break;
    end -= cut;
    if (end <= start) return null;
  }
  return start === c.start && end === c.end ? c : trimmed(c, start, end);
}

/**
 * How many code units of possessive or punctuation end text[start, end): 0 when none. Read by character code: a
 * character past Latin-1 read as a string of its own was no interned string, and dropped the compiled code that
 * compared one.
 */
function trailingCut(text: string, start: number, end: number): number {
  if (end <= start) return 0;
  const last = text.charCodeAt(end - 1);
  const before = end - start >= 2 ? text.charCodeAt(end - 2) : -1;
  if (last === S && isApostropheCode(before)) return 2;
  if (isApostropheCode(last) && before === S) return 1;
  if (isSpace(last) || CLOSERS.has(last)) return 1;
  if (last === FULL_STOP && !ABBREVIATION_END.test(text.slice(Math.max(start, end - TAIL), end))) return 1;
  return 0;
}

export function isApostrophe(ch: string | undefined): boolean {
  return ch === "'" || ch === '’';
}

/** isApostrophe of a character's code. */
function isApostropheCode(code: number): boolean {
  return code === 39 || code === 0x2019;
}

function codesOf(chars: string): ReadonlySet<number> {
  return new Set(Array.from(chars, (c) => c.charCodeAt(0)));
}
