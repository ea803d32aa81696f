import type { Doc } from '../../doc/document.js';
import { hashRange, hashString, mix } from './hash.js';
import { FormTable, lowerOf } from './forms.js';
import { WORD_CLASS, NAME_CLASSES, type WordClassLookup } from './word-classes.js';
import { O, typeOf } from './tags.js';
import { CAPS, TITLE, readViews } from './views.js';
import { docWords } from '../doc-words.js';

/**
 * Feature templates. They come in groups that depend on few inputs, so that the fast scorer can cache each
 * group's summed weights by those inputs (see fast.ts):
 * - the token itself (its written form, POS, line and case context, what surrounds the word elsewhere in the
 *   document): word, form, shape, affixes 1-4, POS, ...;
 * - the neighbour one to the left / right (its form and POS), and two to the left / right (its form);
 * - word bigrams, hashed per position;
 * - history: the tags already chosen to the left, and the types already given to the same word earlier in the
 *   document (see TypeMemory).
 */
const T = {
  bias: 0,
  lower: 1,
  form: 2,
  shape: 3,
  prefix: 4, // 4..7
  suffix: 8, // 8..11
  lowerPrev: 12,
  lowerNext: 13,
  lowerPrev2: 14,
  lowerNext2: 15,
  shapePrev: 16,
  shapeNext: 17,
  shapePrev2: 18,
  shapeNext2: 19,
  pos: 22,
  posPrev: 23,
  posNext: 24,
  bigramPrev: 25,
  bigramNext: 26,
  line: 27,
  seen: 28,
  shapeLine: 29,
  possessive: 30,
  posShape: 31,
  wordClass: 32,
  wordClassPrev: 33,
  wordClassNext: 34,
  docCues: 35,
  prevTag: 40,
  prevTags: 41,
  prevTagLower: 42,
  prevTagShape: 43,
  memory: 44,
} as const;

export const FORM_FEATURES = 13;
export const CONTEXT_FEATURES = 7;
export const SELF_FEATURES = FORM_FEATURES + CONTEXT_FEATURES;
export const NEAR_FEATURES = 4;
export const FAR_FEATURES = 2;
const PAIR_FEATURES = 2;
export const STATIC_FEATURES = SELF_FEATURES + 2 * NEAR_FEATURES + 2 * FAR_FEATURES + PAIR_FEATURES;
export const HISTORY_FEATURES = 5;

/** Offsets of each group inside a token's STATIC_FEATURES. */
const PREV_AT = SELF_FEATURES;
const NEXT_AT = PREV_AT + NEAR_FEATURES;
const PREV2_AT = NEXT_AT + NEAR_FEATURES;
const NEXT2_AT = PREV2_AT + FAR_FEATURES;
const PAIRS_AT = NEXT2_AT + FAR_FEATURES;

/** Stands for the missing neighbour before a sentence's first token (-1) or after its last (-2). */
export const BEFORE = -1;
export const AFTER = -2;
const BOUNDARY_HASH = { [BEFORE]: hashString('<s>'), [AFTER]: hashString('</s>') } as const;

/** What the features read of each token. */
export interface TokenInputs {
  count: number;
  /** sentence index per token */
  sentence: Uint32Array;
  /** the word as the document would write it in prose (case-normalised on caps lines) */
  form: string[];
  /** a small number per POS tag (the same across documents in one process) */
  posId: Uint16Array;
  /** line kind and position (bits 0-3), case evidence (4-8), possessive (9), document cues (10-17) */
  context: Uint32Array;
  lower: Uint32Array;
  shape: Uint32Array;
  posHash: Uint32Array;
  /** word-class bits (word-classes.ts) */
  wordClasses: Uint32Array;
  /** the form's number in the FormTable that read the document */
  formId: Int32Array;
}

/** Each POS tag's hash and a small number for it, in order of first sight. */
const posTags = new Map<string, { hash: number; id: number }>();

/**
 * Reads a document's tokens for the features; `forms` numbers their written forms and gives what depends on the
 * form alone. A word on a caps line whose case the document does not show is read in lower case when the
 * word classes know it as an ordinary word and not as a name.
 */
export function tokenInputs(doc: Doc, forms: FormTable): TokenInputs {
  const tokens = doc.tokens;
  const n = tokens.length;
  const v = readViews(doc);
  const sentence = new Uint32Array(n);
  const context = new Uint32Array(n);
  const lower = new Uint32Array(n);
  const shape = new Uint32Array(n);
  const posHash = new Uint32Array(n);
  const gaz = new Uint32Array(n);
  const posId = new Uint16Array(n);
  const formId = new Int32Array(n);
  // each written form is numbered in the FormTable once per document: its map of all forms seen is large
  const written = docWords(doc);
  const writtenId = new Int32Array(written.norms.length).fill(-1);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    sentence[i] = t.sentence;
    context[i] = v.lineKind[i]! * 4 + v.linePos[i]! + ((v.seen[i]! * 2 + v.caseUnknown[i]!) << 4) + (v.possessive[i]! << 9) + (v.cues[i]! << 10);
    const w = written.of[i]!;
    const asWritten = v.form[i] === written.norms[w];
    let id = asWritten ? writtenId[w]! : -1;
    if (id < 0) id = asWritten ? forms.idOfWritten(written.ids[w]!, written.era, v.form[i]!) : forms.id(v.form[i]!);
    if (asWritten) writtenId[w] = id;
    const g = forms.wordClasses[id]!;
    if (v.caseUnknown[i] && (g & WORD_CLASS.common) !== 0 && (g & NAME_CLASSES) === 0) {
      v.form[i] = v.form[i]!.toLowerCase();
      id = forms.id(v.form[i]!);
    }
    formId[i] = id;
    lower[i] = forms.lower[id]!;
    shape[i] = forms.shape[id]!;
    gaz[i] = forms.wordClasses[id]!;
    let p = posTags.get(t.pos);
    if (p === undefined) posTags.set(t.pos, (p = { hash: hashString(t.pos), id: posTags.size }));
    posHash[i] = p.hash;
    posId[i] = p.id;
  }
  return { count: n, sentence, form: v.form, posId, context, lower, shape, posHash, wordClasses: gaz, formId };
}

/** Whether a token's packed context puts it on an all-caps or title-case line. */
export function isCapsLine(context: number): boolean {
  const kind = (context & 15) >> 2;
  return kind === CAPS || kind === TITLE;
}

/** The token's own features: those of its written form, then those of its shape, POS and context. */
function selfHashes(x: TokenInputs, i: number, out: Uint32Array, o: number): void {
  formHashes(x, i, out, o);
  contextHashes(x, i, out, o + FORM_FEATURES);
}

/** Features of the token's written form alone (word, shape, affixes, word classes). */
export function formHashes(x: TokenInputs, i: number, out: Uint32Array, o: number): void {
  const l = lowerOf(x.form[i]!);
  const shape = x.shape[i]!;
  out[o] = mix(T.bias, 0);
  out[o + 1] = mix(T.lower, x.lower[i]!);
  out[o + 2] = mix(T.form, hashString(x.form[i]!));
  out[o + 3] = mix(T.shape, shape);
  for (let k = 1; k <= 4; k++) {
    out[o + 3 + k] = mix(T.prefix + k - 1, hashRange(l, 0, k));
    out[o + 7 + k] = mix(T.suffix + k - 1, hashRange(l, l.length - k, l.length));
  }
  out[o + 12] = mix(T.wordClass, x.wordClasses[i]!, shape);
}

/** Features of the token's shape with its POS, line, case evidence, possessive and document cues. */
export function contextHashes(x: TokenInputs, i: number, out: Uint32Array, o: number): void {
  const shape = x.shape[i]!;
  const pos = x.posHash[i]!;
  const c = x.context[i]!;
  const line = c & 15;
  out[o] = mix(T.pos, pos);
  out[o + 1] = mix(T.posShape, pos, shape);
  out[o + 2] = mix(T.line, line);
  out[o + 3] = mix(T.seen, (c >> 4) & 31, shape);
  out[o + 4] = mix(T.shapeLine, shape, line);
  out[o + 5] = mix(T.possessive, (c >> 9) & 1, shape);
  out[o + 6] = mix(T.docCues, c >> 10, shape);
}

/** Features of the neighbour j (or BEFORE/AFTER) one to the left (side -1) or right (side 1). */
export function nearHashes(x: TokenInputs, j: number, side: -1 | 1, out: Uint32Array, o: number): void {
  const lower = j < 0 ? BOUNDARY_HASH[j as -1 | -2] : x.lower[j]!;
  const shape = j < 0 ? lower : x.shape[j]!;
  const pos = j < 0 ? lower : x.posHash[j]!;
  out[o] = mix(side < 0 ? T.lowerPrev : T.lowerNext, lower);
  out[o + 1] = mix(side < 0 ? T.shapePrev : T.shapeNext, shape);
  out[o + 2] = mix(side < 0 ? T.posPrev : T.posNext, pos);
  out[o + 3] = mix(side < 0 ? T.wordClassPrev : T.wordClassNext, j < 0 ? 0xffff : x.wordClasses[j]!);
}

/** Features of the token j (or BEFORE/AFTER) two to the left (side -1) or right (side 1). */
export function farHashes(x: TokenInputs, j: number, side: -1 | 1, out: Uint32Array, o: number): void {
  const lower = j < 0 ? BOUNDARY_HASH[j as -1 | -2] : x.lower[j]!;
  const shape = j < 0 ? lower : x.shape[j]!;
  out[o] = mix(side < 0 ? T.lowerPrev2 : T.lowerNext2, lower);
  out[o + 1] = mix(side < 0 ? T.shapePrev2 : T.shapeNext2, shape);
}

/** Word bigrams with the neighbours (p, n: indexes or BEFORE/AFTER). */
export function pairHashes(x: TokenInputs, i: number, p: number, n: number, out: Uint32Array, o: number): void {
  const lp = p < 0 ? BOUNDARY_HASH[p as -1] : x.lower[p]!;
  const ln = n < 0 ? BOUNDARY_HASH[n as -2] : x.lower[n]!;
  out[o] = mix(T.bigramPrev, lp, x.lower[i]!);
  out[o + 1] = mix(T.bigramNext, x.lower[i]!, ln);
}

/** The neighbour of i at offset d inside its sentence, or BEFORE/AFTER. */
function neighbour(x: TokenInputs, i: number, d: number): number {
  const j = i + d;
  if (j < 0 || j >= x.count || x.sentence[j] !== x.sentence[i]) return d < 0 ? BEFORE : AFTER;
  return j;
}

/** Every token's static features, STATIC_FEATURES per token: what decodeDoc scores (FastDecoder sums the same by group). */
export interface DocFeatures {
  inputs: TokenInputs;
  features: Uint32Array;
}

export function docFeatures(doc: Doc, wordClasses: WordClassLookup): DocFeatures {
  const x = tokenInputs(doc, new FormTable(wordClasses));
  const f = new Uint32Array(x.count * STATIC_FEATURES);
  for (let i = 0; i < x.count; i++) {
    const o = i * STATIC_FEATURES;
    const p = neighbour(x, i, -1);
    const n = neighbour(x, i, 1);
    selfHashes(x, i, f, o);
    nearHashes(x, p, -1, f, o + PREV_AT);
    nearHashes(x, n, 1, f, o + NEXT_AT);
    farHashes(x, neighbour(x, i, -2), -1, f, o + PREV2_AT);
    farHashes(x, neighbour(x, i, 2), 1, f, o + NEXT2_AT);
    pairHashes(x, i, p, n, f, o + PAIRS_AT);
  }
  return { inputs: x, features: f };
}

/** Tag-only history features (the previous tag, the previous two). */
export function transitionHashes(prev: number, prev2: number, out: Uint32Array, o: number): void {
  out[o] = mix(T.prevTag, prev);
  out[o + 1] = mix(T.prevTags, prev2 * 32 + prev);
}

/** History features that also read the token (previous tag with its word, with its shape). */
export function wordHistoryHashes(x: TokenInputs, i: number, prev: number, out: Uint32Array, o: number): void {
  out[o] = mix(T.prevTagLower, prev, x.lower[i]!);
  out[o + 1] = mix(T.prevTagShape, prev, x.shape[i]!);
}

/** The memory feature: which types the word was given earlier in the document, with its shape. */
export function memoryHash(x: TokenInputs, i: number, types: number): number {
  return mix(T.memory, types, x.shape[i]!);
}

/** All history features of token i given the two tags before it and the word's remembered types. */
export function historyFeatures(x: TokenInputs, i: number, prev: number, prev2: number, types: number, out: Uint32Array): void {
  transitionHashes(prev, prev2, out, 0);
  wordHistoryHashes(x, i, prev, out, 2);
  out[4] = memoryHash(x, i, types);
}

/**
 * The types the tagger has given each word so far in a document (one bit per coarse type), by the word's lower
 * hash read as a signed integer (the same key, kept a small integer rather than a heap number).
 */
export class TypeMemory {
  private readonly types = new Map<number, number>();

  of(x: TokenInputs, i: number): number {
    return this.types.get(x.lower[i]! | 0) ?? 0;
  }

  record(x: TokenInputs, i: number, tag: number): void {
    if (tag !== O) this.types.set(x.lower[i]! | 0, this.of(x, i) | (1 << typeOf(tag)));
  }
}
