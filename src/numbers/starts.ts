import { DOLLAR_PREFIX_PATTERN, ISO_PATTERN, LETTER_CODES, LETTER_PREFIX_PATTERN, SIGN_CLASS } from './currencies.js';
import { VAGUE_PATTERN } from './spelled.js';
import { NUMBER_WORD_PATTERN, ORDINAL_WORDS, UNICODE_FRACTIONS } from './words.js';

/**
 * Where an amount may start. START_AT says it for one offset; nextStart finds the next such offset by reading
 * the characters (a digit, a sign, a number word or a currency's letters) and tries START_AT only where a plain
 * test cannot decide. tests/fast-paths.test.ts checks that the two agree.
 */

const FRACTION_CHARS = Object.keys(UNICODE_FRACTIONS).join('');
const ORDINAL_PATTERN = Object.keys(ORDINAL_WORDS).sort((a, b) => b.length - a.length).join('|');

/** A candidate amount starts with one of these: a sign, a currency's letters, a digit, a fraction, a number word. */
const START_AT = new RegExp(
  String.raw`[${SIGN_CLASS}]|\b(?:${DOLLAR_PREFIX_PATTERN})\s?\$|\b(?:${LETTER_PREFIX_PATTERN})\.?\s?(?=\d)|\b(?:${ISO_PATTERN})(?=\s?\d)|\.?\d|[${FRACTION_CHARS}]|\b(?:${NUMBER_WORD_PATTERN}|${ORDINAL_PATTERN}|${VAGUE_PATTERN}|tens)\b`,
  'iuy',
);

const SYMBOL_OR_FRACTION = new Set([...SIGN_CLASS, ...FRACTION_CHARS].map((c) => c.charCodeAt(0)));
/** Under /iu these fold to "s" and "k": word characters for \b, and letters of the words. */
const LONG_S = 0x17f;
const KELVIN = 0x212a;

const NUMBER_WORD = 1;
/** a letter code that starts a currency prefix when "$", "." or a digit follows closely */
const LETTER_CODE = 2;

/** The number words and currency letters, lower case ASCII, looked up in the text in place (26 children a node). */
class WordTrie {
  private children = new Int32Array(26);
  private flags = new Uint8Array(1);
  private size = 1;

  add(word: string, flag: number): void {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const slot = node * 26 + word.charCodeAt(i) - 97;
      if (this.children[slot] === 0) {
        const child = this.grow();
        this.children[slot] = child;
      }
      node = this.children[slot]!;
    }
    this.flags[node] = this.flags[node]! | flag;
  }

  /** The flags of text[from, to) read case-insensitively (ASCII letters only), 0 when it is no word. */
  lookup(text: string, from: number, to: number): number {
    let node = 0;
    for (let i = from; i < to && node >= 0; i++) node = this.children[node * 26 + (text.charCodeAt(i) | 0x20) - 97]! || -1;
    return node > 0 ? this.flags[node]! : 0;
  }

  private grow(): number {
    const node = this.size++;
    if (this.size > this.flags.length) {
      const children = new Int32Array(this.children.length * 2);
      children.set(this.children);
      this.children = children;
      const flags = new Uint8Array(this.flags.length * 2);
      flags.set(this.flags);
      this.flags = flags;
    }
    return node;
  }
}

const WORDS = new WordTrie();
for (const w of `${NUMBER_WORD_PATTERN}|${ORDINAL_PATTERN}|${VAGUE_PATTERN}|tens`.split('|')) WORDS.add(w, NUMBER_WORD);
for (const code of LETTER_CODES) WORDS.add(code.toLowerCase(), LETTER_CODE);

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (c: number) => (c | 0x20) >= 97 && (c | 0x20) <= 122;
const isWordChar = (c: number) => isLetter(c) || isDigit(c) || c === 95;
const foldsToLetter = (c: number) => c === LONG_S || c === KELVIN;

/** Whether a candidate amount starts at `at` (parseAt decides whether an amount does). */
export function startsAt(text: string, at: number): boolean {
  START_AT.lastIndex = at;
  return START_AT.test(text);
}

/** The first offset from `from` where a candidate amount starts (startsAt), or -1. */
export function nextStart(text: string, from: number): number {
  const n = text.length;
  let p = from;
  while (p < n) {
    const c = text.charCodeAt(p);
    if (isDigit(c) || c === 36 || (c === 46 && isDigit(text.charCodeAt(p + 1)))) return p;
    if (isLetter(c)) {
      let end = p + 1;
      while (end < n && isLetter(text.charCodeAt(end))) end++;
      if (wordStartsAmount(text, p, end)) return p;
      p = end;
      continue;
    }
    if (c >= 128 && (SYMBOL_OR_FRACTION.has(c) || (foldsToLetter(c) && startsAt(text, p)))) return p;
    p++;
  }
  return -1;
}

/** Does a candidate start at the ASCII word text[start, end)? */
function wordStartsAmount(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : 32;
  const after = text.charCodeAt(end);
  if (foldsToLetter(before) || foldsToLetter(after)) return startsAt(text, start);
  if (isWordChar(before)) return false;
  const flags = WORDS.lookup(text, start, end);
  if (flags & LETTER_CODE && prefixMayFollow(text, end)) return startsAt(text, start);
  return (flags & NUMBER_WORD) !== 0 && !isWordChar(after);
}

/** A currency prefix goes on with "$", "." or a digit within three characters ("US $5", "Rs. 5", "U.S.$"). */
function prefixMayFollow(text: string, at: number): boolean {
  for (let i = at; i < at + 3; i++) {
    const c = text.charCodeAt(i);
    if (c === 36 || c === 46 || isDigit(c)) return true;
  }
  return false;
}
