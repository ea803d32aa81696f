import type { Doc } from '../../doc/document.js';
import { docWords, wordDictionary } from '../doc-words.js';
import { grown } from './forms.js';
import { caseChanges, CHANGES_UNDER_LOWER, CHANGES_UNDER_UPPER } from '../../doc/letter-case.js';

/** Which cases of letters a word holds, and whether it opens with a capital (bit flags), read once per form. */
export const HAS_UPPER = 1;
export const HAS_LOWER = 2;
export const OPENS_UPPER = 4;
const HAS_BOTH = HAS_UPPER | HAS_LOWER;
const LETTER_FLAGS = HAS_BOTH | OPENS_UPPER;

/** The words of a document in lower case, numbered: `of` gives each token's number, `words` the word of each number. */
export interface WordKeys {
  of: Int32Array;
  words: string[];
}

/** A document's written forms (docWords) as the views read them. */
export interface WrittenWords {
  /** per token, its written form's number */
  of: Int32Array;
  /** per form: the word without a trailing possessive, whether one was cut off, and its letter flags (HAS_*, OPENS_UPPER) */
  words: string[];
  possessive: Uint8Array;
  letters: Uint8Array;
  keys: WordKeys;
}

/**
 * What the views read of a written form depends on the form alone, so it is worked out once per form across
 * documents, by the form's docWords number (and started again with that numbering): the word without a trailing
 * possessive, a possessive bit over its letter flags, and the number of its key (the word in lower case) among
 * all keys met. Per document this was a tenth of the entity stage (a Map of keys, every word's letters read).
 */
const POSSESSIVE = 8;
let era = -1;
let stems: string[] = [];
let facts = new Uint8Array(0);
let keyOf = new Int32Array(0);
let keyNumbers = wordDictionary<number>();
let keyWords: string[] = [];
/** by key number, the last document (`serial`) that used the key and the key's number in it */
let keyMark = new Int32Array(0);
let keyLocal = new Int32Array(0);
let serial = 0;

export function writtenWords(doc: Doc): WrittenWords {
  const written = docWords(doc);
  if (written.era !== era) startAgain(written.era);
  const { of, norms, lowers, ids } = written;
  const count = norms.length;
  const words: string[] = new Array(count);
  const possessive = new Uint8Array(count);
  const letters = new Uint8Array(count);
  const byForm = new Int32Array(count);
  const keys: string[] = [];
  serial++;
  for (let f = 0; f < count; f++) {
    const g = ids[f]!;
    if (g >= keyOf.length) grow(g);
    if (keyOf[g] === -1) learn(g, norms[f]!, lowers[f]!);
    words[f] = stems[g]!;
    possessive[f] = facts[g]! >> 3;
    letters[f] = facts[g]! & LETTER_FLAGS;
    const k = keyOf[g]!;
    if (keyMark[k] !== serial) {
      keyMark[k] = serial;
      keyLocal[k] = keys.length;
      keys.push(keyWords[k]!);
    }
    byForm[f] = keyLocal[k]!;
  }
  const keyed = new Int32Array(of.length);
  for (let i = 0; i < keyed.length; i++) keyed[i] = byForm[of[i]!]!;
  return { of, words, possessive, letters, keys: { of: keyed, words: keys } };
}

function learn(g: number, norm: string, lower: string): void {
  const stem = possessiveStem(norm);
  const word = stem === '' ? norm : stem;
  stems[g] = word;
  facts[g] = lettersOf(word) | (opensUpper(word) ? OPENS_UPPER : 0) | (stem === '' ? 0 : POSSESSIVE);
  const key = stem === '' ? lower : stem.toLowerCase();
  let k = keyNumbers[key];
  if (k === undefined) {
    keyNumbers[key] = k = keyWords.length;
    keyWords.push(key);
  }
  keyOf[g] = k;
}

function startAgain(now: number): void {
  era = now;
  stems = [];
  keyOf.fill(-1);
  keyNumbers = wordDictionary<number>();
  keyWords = [];
  keyMark.fill(0);
  serial = 0;
}

/** Room for form (and key) number g, doubling. */
function grow(g: number): void {
  const size = Math.max(1 << 12, 2 * keyOf.length, g + 1);
  const from = keyOf.length;
  keyOf = grown(keyOf, new Int32Array(size)).fill(-1, from);
  facts = grown(facts, new Uint8Array(size));
  keyMark = grown(keyMark, new Int32Array(size));
  keyLocal = grown(keyLocal, new Int32Array(size));
}

const LETTER = /\p{L}/u;
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/** The word before a trailing possessive ('s or ’s) when it has a letter and no line break, else ''. */
function possessiveStem(norm: string): string {
  const n = norm.length;
  if (n <= 2 || norm.charCodeAt(n - 1) !== 115) return '';
  const apostrophe = norm.charCodeAt(n - 2);
  if (apostrophe !== 39 && apostrophe !== 0x2019) return '';
  const stem = norm.slice(0, -2);
  return LETTER.test(stem) && !LINE_BREAK.test(stem) ? stem : '';
}

function opensUpper(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return (caseChanges(c) & CHANGES_UNDER_LOWER) !== 0;
}

const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;

/** The HAS_* flags of w. Case maps by code point, so only surrogate pairs need the whole-string comparisons. */
function lettersOf(w: string): number {
  let letters = 0;
  for (let i = 0; i < w.length && letters !== HAS_BOTH; i++) {
    const c = w.charCodeAt(i);
    if (c >= 65 && c <= 90) letters |= HAS_UPPER;
    else if (c >= 97 && c <= 122) letters |= HAS_LOWER;
    else if (c > 127) {
      if (isSurrogate(c)) return (w !== w.toLowerCase() ? HAS_UPPER : 0) | (w !== w.toUpperCase() ? HAS_LOWER : 0);
      const changes = caseChanges(c);
      if (changes & CHANGES_UNDER_LOWER) letters |= HAS_UPPER;
      if (changes & CHANGES_UNDER_UPPER) letters |= HAS_LOWER;
    }
  }
  return letters;
}
