import type { Doc, Token } from '../../doc/document.js';
import { isLowerTitleWord } from '../roles.js';
import { HAS_LOWER, HAS_UPPER, OPENS_UPPER, writtenWords, type WordKeys } from './written-forms.js';

/** What kind of line a token sits on: case means little on caps and title lines, names abound in tables. */
export const NORMAL = 0;
export const CAPS = 1;
export const TITLE = 2;
const TABLE = 3;

/** How a word is written elsewhere in the same document, in ordinary lines (bit flags). */
const SEEN_LOWER = 1;
const SEEN_CAPITALISED = 2;
const SEEN_ALL_CAPS = 4;
const SEEN_INITIAL = 8;

/**
 * The tagger's reading of one document's tokens: the word without a possessive, a case-normalised form for
 * words on all-caps and title-case lines (taken from how the document writes the word elsewhere), the line
 * kind and the position in the line, and what stands around the same word elsewhere in the document.
 */
export interface Views {
  /** the word without a trailing possessive, digits kept, in the case the document uses for it in ordinary prose */
  form: string[];
  possessive: Uint8Array;
  lineKind: Uint8Array;
  /** 0, 1 or 2 (third or later) word of its line */
  linePos: Uint8Array;
  /** SEEN_* flags of the word's lower-case form */
  seen: Uint8Array;
  /** on a caps or title line with no evidence of the word's case */
  caseUnknown: Uint8Array;
  /** for a capitalised word, CUE_* flags gathered over all its capitalised occurrences in ordinary lines */
  cues: Uint8Array;
}

/** What stands around a capitalised word, somewhere in the document (bit flags). */
const CUE_AFTER_TITLE = 1;
const CUE_AFTER_PLACE_WORD = 2;
const CUE_BEFORE_ORG_WORD = 4;
const CUE_IN_NAME = 8;
const CUE_BEFORE_NUMBER = 16;
const CUE_AFTER_THE = 32;
const CUE_BEFORE_SPEECH = 64;
const CUE_POSSESSIVE = 128;

const PLACE_WORDS = new Set(['in', 'at', 'from', 'near', 'to', 'into', 'across', 'outside', 'inside', 'toward', 'towards']);
const ORG_WORDS = new Set(['inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'ltd', 'ltd.', 'plc', 'group', 'shares', 'stock', 'club', 'party', 'fc', 'bank', 'university', 'company']);
const SPEECH_WORDS = new Set(['said', 'says', 'told', 'added', 'stated', 'announced']);


const capitalise = (w: string): string => w.charAt(0) + w.slice(1).toLowerCase();

export function readViews(doc: Doc): Views {
  const tokens = doc.tokens;
  const n = tokens.length;
  const written = writtenWords(doc);
  const word: string[] = new Array(n);
  const possessive = new Uint8Array(n);
  const letters = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const w = written.of[i]!;
    word[i] = written.words[w]!;
    possessive[i] = written.possessive[w]!;
    letters[i] = written.letters[w]!;
  }
  const lineKind = new Uint8Array(n);
  const linePos = new Uint8Array(n);
  markLines(doc.text, tokens, word, letters, lineKind, linePos);
  const keys = written.keys;

  // per word (key), the SEEN_* and CUE_* flags of its occurrences in ordinary lines
  const seenByWord = new Uint8Array(keys.words.length);
  const cuesByWord = new Uint8Array(keys.words.length);
  for (let i = 0; i < n; i++) {
    if (lineKind[i] !== NORMAL && lineKind[i] !== TABLE) continue;
    const w = word[i]!;
    const l = letters[i]!;
    if (l === 0) continue;
    let flag: number;
    if (!(l & HAS_UPPER)) flag = SEEN_LOWER;
    else if (!(l & HAS_LOWER)) flag = w.length > 1 ? SEEN_ALL_CAPS : SEEN_CAPITALISED;
    else if (!(l & OPENS_UPPER)) flag = SEEN_LOWER;
    else flag = sentenceInitial(tokens, i) ? SEEN_INITIAL : SEEN_CAPITALISED;
    const k = keys.of[i]!;
    seenByWord[k]! |= flag;
    if (flag !== SEEN_LOWER) cuesByWord[k]! |= cuesAround(tokens, letters, keys, possessive, i);
  }

  // each word becomes its form in place: a token's word is read only before it is rewritten
  const form = word;
  const seen = new Uint8Array(n);
  const caseUnknown = new Uint8Array(n);
  const cues = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const w = word[i]!;
    const k = keys.of[i]!;
    const s = seenByWord[k]!;
    seen[i] = s;
    const withUpper = (letters[i]! & HAS_UPPER) !== 0;
    if (withUpper) cues[i] = cuesByWord[k]!;
    const kind = lineKind[i]!;
    if ((kind !== CAPS && kind !== TITLE) || !withUpper) continue;
    if (s & SEEN_ALL_CAPS) form[i] = w.toUpperCase();
    else if (s & SEEN_CAPITALISED) form[i] = capitalise(w);
    else if (s & SEEN_LOWER) form[i] = keys.words[k]!;
    else if (s & SEEN_INITIAL) form[i] = capitalise(w);
    else caseUnknown[i] = 1;
  }
  return { form, possessive, lineKind, linePos, seen, caseUnknown, cues };
}

function cuesAround(tokens: Token[], letters: Uint8Array, keys: WordKeys, possessive: Uint8Array, i: number): number {
  const sentence = tokens[i]!.sentence;
  const prev = i > 0 && tokens[i - 1]!.sentence === sentence ? i - 1 : -1;
  const next = i + 1 < tokens.length && tokens[i + 1]!.sentence === sentence ? i + 1 : -1;
  let cues = possessive[i] ? CUE_POSSESSIVE : 0;
  if (prev >= 0) {
    const p = keys.words[keys.of[prev]!]!;
    if (isLowerTitleWord(p)) cues |= CUE_AFTER_TITLE;
    if (PLACE_WORDS.has(p)) cues |= CUE_AFTER_PLACE_WORD;
    if (p === 'the') cues |= CUE_AFTER_THE;
    if ((letters[prev]! & OPENS_UPPER) !== 0 && !sentenceInitial(tokens, prev)) cues |= CUE_IN_NAME;
  }
  if (next >= 0) {
    const x = keys.words[keys.of[next]!]!;
    if (ORG_WORDS.has(x)) cues |= CUE_BEFORE_ORG_WORD;
    if (SPEECH_WORDS.has(x)) cues |= CUE_BEFORE_SPEECH;
    if (tokens[next]!.type === 'number') cues |= CUE_BEFORE_NUMBER;
    if (x === "'s" || x === '’s') cues |= CUE_POSSESSIVE;
    if ((letters[next]! & (OPENS_UPPER | HAS_LOWER)) === (OPENS_UPPER | HAS_LOWER)) cues |= CUE_IN_NAME;
  }
  return cues;
}

function sentenceInitial(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (t.sentence !== tokens[i]!.sentence) return true;
    if (t.type !== 'punctuation') return false;
  }
  return true;
}

/** Classifies each line (caps, title case, table, normal) and numbers the words along it. */
function markLines(text: string, tokens: Token[], word: string[], letters: Uint8Array, lineKind: Uint8Array, linePos: Uint8Array): void {
  let first = 0;
  while (first < tokens.length) {
    let last = first + 1;
    while (last < tokens.length && !lineBreakBetween(text, tokens[last - 1]!.end, tokens[last]!.start)) last++;
    let withLetters = 0;
    let upperOnly = 0;
    let capitalised = 0;
    let numbers = 0;
    let pos = 0;
    for (let i = first; i < last; i++) {
      if (tokens[i]!.type === 'number') numbers++;
      if (letters[i] !== 0) {
        withLetters++;
        if (!(letters[i]! & HAS_LOWER)) upperOnly++;
        if (letters[i]! & OPENS_UPPER) capitalised++;
        linePos[i] = Math.min(pos++, 2);
      } else linePos[i] = Math.min(pos, 2);
    }
    let kind = NORMAL;
    if (withLetters > 0 && upperOnly >= 0.8 * withLetters && (withLetters >= 2 || (word[first]?.length ?? 0) > 3)) kind = CAPS;
    else if (withLetters >= 4 && capitalised >= 0.75 * withLetters) kind = TITLE;
    else if (numbers >= 3 && numbers >= 0.3 * (last - first)) kind = TABLE;
    lineKind.fill(kind, first, last);
    first = last;
  }
}

function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}
