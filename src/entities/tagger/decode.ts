import type { Doc } from '../../doc/document.js';
import { HISTORY_FEATURES, STATIC_FEATURES, TypeMemory, historyFeatures, type DocFeatures } from './features.js';
import { O, TAG_COUNT, allowed } from './tags.js';

/** A hashed weight table: row (hash >>> shift) holds one weight per tag, from `stride * row` on. */
export interface Weights {
  shift: number;
  rows: Int8Array | Float64Array;
  stride: number;
}

/**
 * The shipped form: int8 weights, a row to ROW_BYTES (the tags' weights, then zeros) so that `words` reads four of
 * its weights at a time; a bit per row set when the row holds a non-zero weight, and a row that holds none.
 */
export interface QuantizedWeights extends Weights {
  rows: Int8Array;
  words: Int32Array;
  filled: Uint8Array;
  emptyRow: number;
}

/** A shipped row's bytes: TAG_COUNT weights padded to whole 32-bit words. */
export const ROW_BYTES = 4 * Math.ceil(TAG_COUNT / 4);

/** Adds the rows of token i's features (static, then history given prev tags and remembered types) into scores. */
export function scoreToken(
  d: DocFeatures,
  i: number,
  prev: number,
  prev2: number,
  types: number,
  w: Weights,
  hist: Uint32Array,
  scores: Float64Array,
): void {
  scores.fill(0);
  const rows = w.rows;
  const shift = w.shift;
  const stride = w.stride;
  const f = d.features;
  for (let k = i * STATIC_FEATURES, end = k + STATIC_FEATURES; k < end; k++) {
    const o = (f[k]! >>> shift) * stride;
    for (let t = 0; t < TAG_COUNT; t++) scores[t]! += rows[o + t]!;
  }
  historyFeatures(d.inputs, i, prev, prev2, types, hist);
  for (let k = 0; k < HISTORY_FEATURES; k++) {
    const o = (hist[k]! >>> shift) * stride;
    for (let t = 0; t < TAG_COUNT; t++) scores[t]! += rows[o + t]!;
  }
}

/** The best tag allowed after prev (ties go to the lower tag, so O wins a tie). */
export function bestAllowed(scores: Float64Array, prev: number, last: boolean): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let t = 0; t < TAG_COUNT; t++) {
    if (scores[t]! > bestScore && allowed(prev, t, last)) {
      best = t;
      bestScore = scores[t]!;
    }
  }
  return best;
}

/**
 * Greedy left-to-right decoding of every sentence, each tag constrained by the one before it, over every token's
 * features: the definition, which training runs. FastDecoder (fast.ts) gives the same tags (tests/fast-paths.test.ts).
 */
export function decodeDoc(doc: Doc, d: DocFeatures, w: Weights): Uint8Array {
  const tags = new Uint8Array(d.inputs.count);
  const hist = new Uint32Array(HISTORY_FEATURES);
  const scores = new Float64Array(TAG_COUNT);
  const memory = new TypeMemory();
  for (const s of doc.sentences) {
    let prev = O;
    let prev2 = O;
    for (let i = s.first; i < s.last; i++) {
      scoreToken(d, i, prev, prev2, memory.of(d.inputs, i), w, hist, scores);
      const t = bestAllowed(scores, prev, i === s.last - 1);
      memory.record(d.inputs, i, t);
      tags[i] = t;
      prev2 = prev;
      prev = t;
    }
  }
  return tags;
}
