import type { Diagnostic } from '../schema.js';
import { alignTokens } from './align.js';
import { clean, isWhiteSpace } from './clean.js';
import { winkTokens } from './wink.js';

export interface Token {
  start: number;
  end: number;
  /** the surface as the tokenizer saw it (invisible characters removed) */
  norm: string;
  lower: string;
  /** Universal Dependencies POS from wink-nlp */
  pos: string;
  /** wink's token type: word, number, punctuation, currency, symbol, email, url, emoji, ... */
  type: string;
  sentence: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** index of its first token */
  first: number;
  /** index after its last token */
  last: number;
}

export interface Region {
  start: number;
  end: number;
}

/** The one document model every extractor reads: offsets index `text`, the text as read. */
export interface Doc {
  text: string;
  tokens: Token[];
  /** Never cross a line break. */
  sentences: Sentence[];
  /** Non-blank lines. */
  paragraphs: Region[];
  diagnostics: Diagnostic[];
  /**
   * per token, its word's number in the tokenizer's vocabulary, the same in every document (below LEXEME_LIMIT), or
   * -1 for a word outside it; absent in a document not made by createDoc
   */
  lexemes?: Int32Array;
}

/**
 * A sentence of news runs well under a hundred tokens. A longer run (a page of text with no full stop, a list)
 * is broken after a comma or semicolon past the first length, and at the second whatever comes, so that
 * work done per sentence stays bounded.
 */
const LONG_SENTENCE = 200;
const MAX_SENTENCE = 300;

export function createDoc(text: string): Doc {
  const cleaned = clean(text);
  const wink = winkTokens(cleaned.text);
  const diagnostics: Diagnostic[] = [];
  const { starts, ends } = alignTokens(cleaned, wink.values, diagnostics);
  const tokens: Token[] = [];
  const lexemes = new Int32Array(wink.values.length);
  const winkSentenceStart = sentenceStarts(wink.sentences, wink.values.length);
  const sentences: Sentence[] = [];
  let open = -1;
  let prevEnd = 0;
  for (let i = 0; i < wink.values.length; i++) {
    const start = starts[i]!;
    if (start < 0) continue;
    const type = wink.types[i] ?? 'word';
    if (type === 'tabCRLF' || type === 'space') continue;
    const breaks = open < 0 || winkSentenceStart[i] === 1 || hasLineBreak(text, prevEnd, start) || tooLong(tokens, open);
    if (breaks) {
      if (open >= 0) closeSentence(sentences, tokens, open);
      open = tokens.length;
    }
    const end = ends[i]!;
    const norm = wink.values[i] ?? '';
    lexemes[tokens.length] = wink.lexemes[i]!;
    tokens.push({ start, end, norm, lower: lowerCase(norm), pos: wink.pos[i] ?? 'X', type, sentence: sentences.length });
    prevEnd = end;
  }
  if (open >= 0) closeSentence(sentences, tokens, open);
  return { text, tokens, sentences, paragraphs: paragraphsOf(text), diagnostics, lexemes: lexemes.subarray(0, tokens.length) };
}

function sentenceStarts(winkSentences: ReadonlyArray<readonly [number, number]>, count: number): Uint8Array {
  const starts = new Uint8Array(count + 1);
  for (let s = 0; s < winkSentences.length; s++) {
    const first = winkSentences[s]![0];
    if (first >= 0) starts[first] = 1;
  }
  return starts;
}

/** norm.toLowerCase(), without a new string for the many tokens already in lower case. */
function lowerCase(norm: string): string {
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return norm.toLowerCase();
  }
  return norm;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

function tooLong(tokens: Token[], open: number): boolean {
  const length = tokens.length - open;
  if (length >= MAX_SENTENCE) return true;
  if (length < LONG_SENTENCE) return false;
  const norm = tokens[tokens.length - 1]!.norm;
  return norm === ',' || norm === ';';
}

function closeSentence(sentences: Sentence[], tokens: Token[], first: number): void {
  const last = tokens.length;
  sentences.push({ start: tokens[first]!.start, end: tokens[last - 1]!.end, first, last });
}

/** Non-blank lines between \n characters, trimmed of white space as `\s` has it. */
function paragraphsOf(text: string): Region[] {
  const out: Region[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
    while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) out.push({ start, end });
    lineStart = lineEnd + 1;
  }
  return out;
}
