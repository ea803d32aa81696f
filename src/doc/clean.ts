import { INVISIBLE, isInvisible } from '../lexicon/marks.js';

/**
 * The longest run without white space the tokenizer is given: it reads a word in time quadratic in its length,
 * so a longer run (no word of news is near it) is broken with a space every so many characters.
 */
const MAX_WORD = 256;

export interface Cleaned {
  text: string;
  /** toRaw[i] is the index in the raw text of cleaned character i (of the character after, for a space put in); null when the text is the raw text. */
  toRaw: Int32Array | null;
}

/** Removes invisible characters so the tokenizer sees whole words, and breaks overlong runs; offsets map back through toRaw. */
export function clean(raw: string): Cleaned {
  if (!INVISIBLE.test(raw) && !hasLongRun(raw)) return { text: raw, toRaw: null };
  const toRaw = new Int32Array(raw.length + Math.ceil(raw.length / MAX_WORD) + 1);
  const parts: string[] = [];
  let n = 0;
  let from = 0;
  let run = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (isInvisible(c)) {
      parts.push(raw.slice(from, i));
      from = i + 1;
      continue;
    }
    if (isSpace(c)) run = 0;
    else if (run >= MAX_WORD && !isLowSurrogate(c)) {
      parts.push(raw.slice(from, i), ' ');
      from = i;
      toRaw[n++] = i;
      run = 1;
    } else run++;
    toRaw[n++] = i;
  }
  parts.push(raw.slice(from));
  toRaw[n] = raw.length;
  return { text: parts.join(''), toRaw: toRaw.subarray(0, n + 1) };
}

function hasLongRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    run = isSpace(text.charCodeAt(i)) ? 0 : run + 1;
    if (run > MAX_WORD) return true;
  }
  return false;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** White space as `\s` has it (the BOM aside, which clean removes). */
export function isSpace(code: number): boolean {
  return code < SPACES.length && SPACES[code] === 1;
}

/**
 * By character code up to the last space's, 1 for the white space of `\s`: one read for every character, where a
 * chain of tests ran on to comparisons that only characters past Latin-1 reach, and compiled code dropped at the
 * first such character.
 */
const SPACES = ((): Uint8Array => {
  const table = new Uint8Array(0x3001);
  for (const code of [32, 9, 10, 11, 12, 13, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000]) table[code] = 1;
  for (let code = 0x2000; code <= 0x200a; code++) table[code] = 1;
  return table;
})();

/** White space as `\s` and String.prototype.trim have it, the BOM included. */
export function isWhiteSpace(code: number): boolean {
  return isSpace(code) || code === 0xfeff;
}

/** text.split(/\s+/), without the pattern: the words between runs of white space (as `\s` has it). */
export function splitAtWhiteSpace(text: string): string[] {
  const words: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isWhiteSpace(text.charCodeAt(i))) continue;
    words.push(text.slice(from, i));
    while (i + 1 < text.length && isWhiteSpace(text.charCodeAt(i + 1))) i++;
    from = i + 1;
  }
  words.push(text.slice(from));
  return words;
}

/** Whether the code unit at `i` of `text` is white space as `\s` has it (false outside the text). */
export function isSpaceAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isWhiteSpace(text.charCodeAt(i));
}
