import { bestAllowed, scoreToken, type Weights } from '../entities/tagger/decode.js';
import { HISTORY_FEATURES, STATIC_FEATURES, TypeMemory, historyFeatures } from '../entities/tagger/features.js';
import { O, TAG_COUNT } from '../entities/tagger/tags.js';
import type { Example } from './corpus.js';

/** A small seeded PRNG (mulberry32), so training order and the model bytes are reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * An averaged perceptron over hashed features, trained with greedy decoding: at each token the best allowed tag
 * under the current weights; on a mistake the gold tag's features gain 1 and the predicted tag's lose 1. The
 * history features read the gold tags before the token; the remembered types of a word are the ones guessed. Averaging keeps a second table of updates weighted by
 * the time they were made (the average is w - u / c).
 */
export class Perceptron {
  readonly weights: Weights;
  private readonly totals: Float64Array;
  private clock = 1;

  constructor(readonly bits: number) {
    const size = (1 << bits) * TAG_COUNT;
    this.weights = { shift: 32 - bits, rows: new Float64Array(size), stride: TAG_COUNT };
    this.totals = new Float64Array(size);
  }

  /** One pass over the examples in the given order; returns the token error count. */
  epoch(examples: readonly Example[]): number {
    const hist = new Uint32Array(HISTORY_FEATURES);
    const scores = new Float64Array(TAG_COUNT);
    let errors = 0;
    for (const ex of examples) {
      const d = ex.features;
      const memory = new TypeMemory();
      for (const s of ex.doc.sentences) {
        let prev = O;
        let prev2 = O;
        for (let i = s.first; i < s.last; i++) {
          const types = memory.of(d.inputs, i);
          scoreToken(d, i, prev, prev2, types, this.weights, hist, scores);
          const guess = bestAllowed(scores, prev, i === s.last - 1);
          memory.record(d.inputs, i, guess);
          const gold = ex.gold[i]!;
          if (guess !== gold) {
            errors++;
            this.update(d.features, i * STATIC_FEATURES, STATIC_FEATURES, gold, guess);
            historyFeatures(d.inputs, i, prev, prev2, types, hist);
            this.update(hist, 0, HISTORY_FEATURES, gold, guess);
          }
          this.clock++;
          prev2 = prev;
          prev = gold;
        }
      }
    }
    return errors;
  }

  private update(features: Uint32Array, from: number, count: number, gold: number, guess: number): void {
    const rows = this.weights.rows;
    const shift = this.weights.shift;
    for (let k = from; k < from + count; k++) {
      const o = (features[k]! >>> shift) * TAG_COUNT;
      rows[o + gold]! += 1;
      this.totals[o + gold]! += this.clock;
      rows[o + guess]! -= 1;
      this.totals[o + guess]! -= this.clock;
    }
  }

  /** The averaged weights. */
  averaged(): Float64Array {
    const rows = this.weights.rows;
    const out = new Float64Array(rows.length);
    for (let k = 0; k < rows.length; k++) out[k] = rows[k]! - this.totals[k]! / this.clock;
    return out;
  }
}

/** Rounds weights to int8 with one scale for the whole table (the largest magnitude becomes 127). */
export function quantize(weights: Float64Array): { rows: Int8Array; scale: number } {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = 127 / (max || 1);
  const rows = new Int8Array(weights.length);
  for (let k = 0; k < weights.length; k++) rows[k] = Math.round(weights[k]! * scale);
  return { rows, scale };
}
