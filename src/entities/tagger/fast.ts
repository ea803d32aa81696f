import type { Doc } from '../../doc/document.js';
import { ROW_BYTES, type QuantizedWeights } from './decode.js';
import { FormTable, grown } from './forms.js';
import type { WordClassLookup } from './word-classes.js';
import {
  AFTER,
  BEFORE,
  FAR_FEATURES,
  NEAR_FEATURES,
  SELF_FEATURES,
  FORM_FEATURES,
  CONTEXT_FEATURES,
  contextHashes,
  formHashes,
  farHashes,
  memoryHash,
  nearHashes,
  pairHashes,
  tokenInputs,
  transitionHashes,
  wordHistoryHashes,
  TypeMemory,
  type TokenInputs,
} from './features.js';
import { ALLOWED, O, TAG_COUNT } from './tags.js';

/** Forms remembered before the caches start again (checked between documents). */
const CACHE_LIMIT = 1 << 16;
const NONE = -1;
/** vectors the pool holds to start with (it grows by doubling) */
const POOL_START = 1 << 16;
/** POS ids are below this (they also pack into the context key) */
const POS_SLOTS = 64;
/** sets of coarse types a word may have been given earlier in the document (TypeMemory) */
const TYPE_SETS = 16;
/** A transition vector's slots: a score per tag, then its MARGIN (see `margins`). */
const MARGIN = TAG_COUNT;
const STRIDE = TAG_COUNT + 1;
/** a weight row's margin not yet worked out (rowMargin): a row's lies within ±255 */
const UNKNOWN = -0x8000;
/** A weight row's 32-bit words (TAG_COUNT is 17: four words of four weights, and one of the last weight and padding). */
const ROW_WORDS = ROW_BYTES / 4;
/** Whether a 32-bit word holds its first byte in its low bits: which of a word's lanes (sumRows) holds which tag. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * What is kept per form, side by side (FIELDS to a form: a token's reads of them share a cache line): the vectors of
 * the form's own features, as the neighbour two to the left (the next vector is as the neighbour two to the right),
 * as the neighbour one to the left then one to the right with the POS it last had (other POS in `near`); the small
 * number of its shape (the context key reads it); the POS and packed context it last had and that context's
 * vector (a word often comes back in the same one); its word-history vector after O.
 */
const FORM_AT = 0;
const FAR_AT = 1;
const NEAR_POS = 2;
const NEAR_AT = 3;
const SHAPE_ID = 4;
const LAST_CONTEXT = 5;
const LAST_CONTEXT_AT = 6;
const HISTORY_AFTER_O = 7;
const FIELDS = 8;

/**
 * The tagger's run-time decoder. It gives the same tags as decodeDoc (tests/fast-paths.test.ts), but sums each
 * feature group once per distinct input and keeps the sum: the token's own features by form and by (shape, POS,
 * context), a neighbour's by (form, POS) or form, the word-history features by (form, previous tag) with the
 * form's own added in (both are kept per form: one vector fewer per tag scored), the memory feature by (shape,
 * remembered types), the tag transitions by tag pair. Only the word bigrams are looked up per token. The sums are
 * vectors, numbered, of a score per tag in one growing Int16Array (the pool: at most 15 int8 weights go into one
 * sum); `margins` holds each vector's margin, its O score less its best score for a tag other than O, two bytes a
 * vector, and `rowMargins` the same of each weight row. Where O may follow and the margins of a token's parts add up
 * to zero or more, O's score reaches the sum of the parts' best scores for another tag, no other tag can beat it and
 * none is scored (most tokens: measured, nine in ten of the dev texts'): the tokens that take that path read only
 * the margins, which fit in a core's cache where the vectors and rows do not.
 */
export class FastDecoder {
  private forms!: FormTable;
  /** forms whose per-form slots below are set up */
  private known = 0;
  /** FIELDS per form, by the form's number in the FormTable */
  private perForm = new Int32Array(0);
  private near = new Map<number, number>();
  /** the word-history features' vector by form and previous tag (TAG_COUNT slots per form; after O: perForm) */
  private historyAt = new Int32Array(0);
  /** the memory feature's weights by shape and the word's earlier types (TYPE_SETS slots per shape) */
  private memoryAt = new Int32Array(0);
  /** the context features' vectors, by shape (its number: an array index), then POS and packed context */
  private contexts: Map<number, number>[] = [];
  private contextsKept = 0;
  private shapeIds = new Map<number, number>();
  /** sized by reset(), which lets a pool grown for earlier documents go */
  private pool = new Int16Array(0);
  private margins = new Int16Array(0);
  private used = 0;
  private boundaryNear = NONE;
  private boundaryFar = NONE;
  /** per token of the current document (read only below its token count): the vectors its scores add */
  private tokenContextAt = new Int32Array(0);
  private tokenNearAt = new Int32Array(0);
  private tokenFarAt = new Int32Array(0);
  private readonly transitions = new Int32Array(TAG_COUNT * TAG_COUNT * STRIDE);
  /** by weight row, the row's margin (UNKNOWN until asked) */
  private readonly rowMargins: Int16Array;
  private readonly hashes = new Uint32Array(2 * SELF_FEATURES);

  constructor(
    private readonly weights: QuantizedWeights,
    private readonly wordClasses: WordClassLookup,
  ) {
    this.rowMargins = new Int16Array(weights.rows.length / ROW_BYTES).fill(UNKNOWN);
    const sums = new Int16Array(TAG_COUNT);
    for (let prev2 = 0; prev2 < TAG_COUNT; prev2++) {
      for (let prev = 0; prev < TAG_COUNT; prev++) {
        transitionHashes(prev, prev2, this.hashes, 0);
        this.sumRows(0, 2, sums, 0);
        const at = (prev2 * TAG_COUNT + prev) * STRIDE;
        this.transitions.set(sums, at);
        this.transitions[at + MARGIN] = sums[O]! - bestOther(sums, 0);
      }
    }
    this.reset();
  }

  decode(doc: Doc): { tags: Uint8Array; inputs: TokenInputs } {
    if (this.forms.size >= CACHE_LIMIT || this.contextsKept >= CACHE_LIMIT) this.reset();
    const x = tokenInputs(doc, this.forms);
    this.admitForms();
    const n = x.count;
    const ids = x.formId;
    if (this.tokenContextAt.length < n) this.growTokenScratch(n);
    const contextAt = this.tokenContextAt;
    const nearAt = this.tokenNearAt;
    const farAt = this.tokenFarAt;
    const h = this.hashes;
    const perForm = this.perForm;
    for (let i = 0; i < n; i++) {
      const f = ids[i]! * FIELDS;
      const pos = x.posId[i]!;
      if (perForm[f + FORM_AT] === NONE) {
        formHashes(x, i, h, 0);
        perForm[f + FORM_AT] = this.sum(FORM_FEATURES, FORM_FEATURES);
      }
      const context = pos * 262144 + x.context[i]!;
      if (perForm[f + LAST_CONTEXT] !== context) {
        const byContext = this.contexts[perForm[f + SHAPE_ID]!]!;
        let at = byContext.get(context);
        if (at === undefined) {
          contextHashes(x, i, h, 0);
          byContext.set(context, (at = this.sum(CONTEXT_FEATURES, CONTEXT_FEATURES)));
          this.contextsKept++;
        }
        perForm[f + LAST_CONTEXT] = context;
        perForm[f + LAST_CONTEXT_AT] = at;
      }
      contextAt[i] = perForm[f + LAST_CONTEXT_AT]!;
      const lastPos = perForm[f + NEAR_POS]!;
      if (lastPos !== pos) {
        if (lastPos !== NONE) this.near.set(ids[i]! * POS_SLOTS + lastPos, perForm[f + NEAR_AT]!);
        let at = this.near.get(ids[i]! * POS_SLOTS + pos);
        if (at === undefined) {
          nearHashes(x, i, -1, h, 0);
          nearHashes(x, i, 1, h, NEAR_FEATURES);
          at = this.sum(2 * NEAR_FEATURES, NEAR_FEATURES);
        }
        perForm[f + NEAR_POS] = pos;
        perForm[f + NEAR_AT] = at;
      }
      nearAt[i] = perForm[f + NEAR_AT]!;
      if (perForm[f + FAR_AT] === NONE) {
        farHashes(x, i, -1, h, 0);
        farHashes(x, i, 1, h, FAR_FEATURES);
        perForm[f + FAR_AT] = this.sum(2 * FAR_FEATURES, FAR_FEATURES);
      }
      farAt[i] = perForm[f + FAR_AT]!;
    }
    const tags = new Uint8Array(n);
    const shift = this.weights.shift;
    const transitions = this.transitions;
    const historyAt = this.historyAt;
    const filled = this.weights.filled;
    // decodeDoc's greedy loop again, around the pooled sums: one loop calling back per token made this decoder a
    // quarter slower (measured); tests/fast-paths.test.ts proves the two give the same tags
    // jscpd:ignore-start
    const memory = new TypeMemory();
    for (const s of doc.sentences) {
      let prev = O;
      let prev2 = O;
      for (let i = s.first; i < s.last; i++) {
        // jscpd:ignore-end
        const context = contextAt[i]!;
        const before = i > s.first ? nearAt[i - 1]! : this.boundaryNear;
        const after = (i + 1 < s.last ? nearAt[i + 1]! : this.boundaryNear) + 1;
        const before2 = i - 1 > s.first ? farAt[i - 2]! : this.boundaryFar;
        const after2 = (i + 2 < s.last ? farAt[i + 2]! : this.boundaryFar) + 1;
        const history = this.historyOf(x, i, prev, perForm, historyAt);
        const types = memory.of(x, i);
        const memorySlot = perForm[ids[i]! * FIELDS + SHAPE_ID]! * TYPE_SETS + types;
        let remembered = this.memoryAt[memorySlot]!;
        if (remembered === NONE) {
          h[0] = memoryHash(x, i, types);
          this.memoryAt[memorySlot] = remembered = this.sum(1, 1);
        }
        pairHashes(x, i, i > s.first ? i - 1 : BEFORE, i + 1 < s.last ? i + 1 : AFTER, h, 0);
        const pairBefore = filledRow(h[0]! >>> shift, filled);
        const pairAfter = filledRow(h[1]! >>> shift, filled);
        const tr = (prev2 * TAG_COUNT + prev) * STRIDE;
        // only the tags allowed after `prev` are scored: the others could not be chosen
        const choices = ALLOWED[prev * 2 + (i === s.last - 1 ? 1 : 0)]!;
        if (choices[0] === O) {
          // O wins (ties go to it) when its score reaches the sum of each part's best score for another tag
          const margins = this.margins;
          let margin =
            margins[context]! +
            margins[before]! +
            margins[after]! +
            margins[before2]! +
            margins[after2]! +
            margins[history]! +
            margins[remembered]! +
            transitions[tr + MARGIN]!;
          if (pairBefore >= 0) margin += this.rowMargin(pairBefore);
          if (pairAfter >= 0) margin += this.rowMargin(pairAfter);
          if (margin >= 0) {
            memory.record(x, i, O);
            tags[i] = O;
            prev2 = prev;
            prev = O;
            continue;
          }
        }
        const pool = this.pool;
        const rows = this.weights.rows;
        let best = -1;
        let bestScore = -Infinity;
        for (let c = 0; c < choices.length; c++) {
          const t = choices[c]!;
          let score =
            pool[context * TAG_COUNT + t]! +
            pool[before * TAG_COUNT + t]! +
            pool[after * TAG_COUNT + t]! +
            pool[before2 * TAG_COUNT + t]! +
            pool[after2 * TAG_COUNT + t]! +
            pool[history * TAG_COUNT + t]! +
            pool[remembered * TAG_COUNT + t]! +
            transitions[tr + t]!;
          if (pairBefore >= 0) score += rows[pairBefore * ROW_BYTES + t]!;
          if (pairAfter >= 0) score += rows[pairAfter * ROW_BYTES + t]!;
          if (score > bestScore) {
            best = t;
            bestScore = score;
          }
        }
        memory.record(x, i, best);
        tags[i] = best;
        prev2 = prev;
        prev = best;
      }
    }
    return { tags, inputs: x };
  }

  /** The word-history vector of token i after tag `prev`, summed (with the form's own vector added in) on first use. */
  private historyOf(x: TokenInputs, i: number, prev: number, perForm: Int32Array, historyAt: Int32Array): number {
    const id = x.formId[i]!;
    const slot = prev === O ? id * FIELDS + HISTORY_AFTER_O : id * TAG_COUNT + prev;
    const kept = prev === O ? perForm : historyAt;
    let history = kept[slot]!;
    if (history === NONE) {
      wordHistoryHashes(x, i, prev, this.hashes, 0);
      kept[slot] = history = this.sum(2, 2);
      this.addPooled(perForm[id * FIELDS + FORM_AT]!, history);
    }
    return history;
  }

  private reset(): void {
    this.forms = new FormTable(this.wordClasses);
    this.known = 0;
    this.near = new Map();
    this.contexts = [];
    this.contextsKept = 0;
    this.shapeIds = new Map();
    this.pool = new Int16Array(POOL_START * TAG_COUNT);
    this.margins = new Int16Array(POOL_START);
    this.used = 0;
    this.perForm.fill(NONE);
    this.historyAt.fill(NONE);
    this.memoryAt.fill(NONE);
    const none = tokenInputs({ text: '', tokens: [], sentences: [], paragraphs: [], diagnostics: [] }, this.forms);
    nearHashes(none, BEFORE, -1, this.hashes, 0);
    nearHashes(none, AFTER, 1, this.hashes, NEAR_FEATURES);
    this.boundaryNear = this.sum(2 * NEAR_FEATURES, NEAR_FEATURES);
    farHashes(none, BEFORE, -1, this.hashes, 0);
    farHashes(none, AFTER, 1, this.hashes, FAR_FEATURES);
    this.boundaryFar = this.sum(2 * FAR_FEATURES, FAR_FEATURES);
  }

  private growTokenScratch(n: number): void {
    const size = Math.max(n, 2 * this.tokenContextAt.length);
    this.tokenContextAt = new Int32Array(size);
    this.tokenNearAt = new Int32Array(size);
    this.tokenFarAt = new Int32Array(size);
  }

  /** Sets up the per-form slots of the forms the FormTable has numbered since the last call. */
  private admitForms(): void {
    const forms = this.forms;
    if (this.perForm.length < forms.capacity * FIELDS) {
      const size = forms.capacity;
      this.perForm = grown(this.perForm, new Int32Array(size * FIELDS)).fill(NONE, this.known * FIELDS);
      this.historyAt = grown(this.historyAt, new Int32Array(size * TAG_COUNT)).fill(NONE, this.known * TAG_COUNT);
    }
    for (let id = this.known; id < forms.size; id++) {
      const shape = forms.shape[id]!;
      let s = this.shapeIds.get(shape);
      if (s === undefined) {
        this.shapeIds.set(shape, (s = this.shapeIds.size));
        this.contexts.push(new Map());
      }
      this.perForm[id * FIELDS + SHAPE_ID] = s;
    }
    this.known = forms.size;
    const shapes = this.shapeIds.size * TYPE_SETS;
    if (this.memoryAt.length < shapes) this.memoryAt = grown(this.memoryAt, new Int32Array(2 * shapes)).fill(NONE, this.memoryAt.length);
  }

  /** Sums the rows of the first `count` hashed features in `hashes` into new vectors, `per` to a vector. */
  private sum(count: number, per: number): number {
    const vectors = count / per;
    if ((this.used + vectors) * TAG_COUNT > this.pool.length) {
      this.pool = grown(this.pool, new Int16Array(this.pool.length * 2));
      this.margins = grown(this.margins, new Int16Array(this.margins.length * 2));
    }
    const first = this.used;
    for (let v = first; v < first + vectors; v++) {
      this.sumRows((v - first) * per, per, this.pool, v * TAG_COUNT);
      this.setMargin(v);
    }
    this.used += vectors;
    return first;
  }

  /** Adds vector `from` into vector `to`. */
  private addPooled(from: number, to: number): void {
    const pool = this.pool;
    for (let t = 0; t < TAG_COUNT; t++) pool[to * TAG_COUNT + t]! += pool[from * TAG_COUNT + t]!;
    this.setMargin(to);
  }

  private setMargin(v: number): void {
    this.margins[v] = this.pool[v * TAG_COUNT]! - bestOther(this.pool, v * TAG_COUNT);
  }

  /** Weight row `row`'s margin: its O weight less its best weight for another tag. */
  private rowMargin(row: number): number {
    let margin = this.rowMargins[row]!;
    if (margin === UNKNOWN) this.rowMargins[row] = margin = this.weights.rows[row * ROW_BYTES]! - bestOther(this.weights.rows, row * ROW_BYTES);
    return margin;
  }

  /**
   * Writes the sum of the rows of the hashed features from..from+count into out[at..at+TAG_COUNT), a row's weights
   * four at a time: each 32-bit word's bytes made unsigned (+128, undone at the end) and split into two pairs of
   * 16-bit lanes, so that one addition adds two weights. A lane holds at most 255 * count, and a pair of lanes stays
   * under 2^30 for count < 64 (a sum here adds at most FORM_FEATURES rows).
   */
  private sumRows(from: number, count: number, out: Int16Array, at: number): void {
    const words = this.weights.words;
    const shift = this.weights.shift;
    const filled = this.weights.filled;
    const emptyRow = this.weights.emptyRow;
    let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, b0 = 0, b1 = 0, b2 = 0, b3 = 0, b4 = 0;
    for (let k = from; k < from + count; k++) {
      const o = rowOf(this.hashes[k]!, shift, filled, emptyRow) * ROW_WORDS;
      let x = words[o]! ^ 0x80808080;
      a0 += x & 0x00ff00ff;
      b0 += (x >>> 8) & 0x00ff00ff;
      x = words[o + 1]! ^ 0x80808080;
      a1 += x & 0x00ff00ff;
      b1 += (x >>> 8) & 0x00ff00ff;
      x = words[o + 2]! ^ 0x80808080;
      a2 += x & 0x00ff00ff;
      b2 += (x >>> 8) & 0x00ff00ff;
      x = words[o + 3]! ^ 0x80808080;
      a3 += x & 0x00ff00ff;
      b3 += (x >>> 8) & 0x00ff00ff;
      x = words[o + 4]! ^ 0x80808080;
      a4 += x & 0x00ff00ff;
      b4 += (x >>> 8) & 0x00ff00ff;
    }
    const bias = 128 * count;
    putLanes(out, at, a0, b0, bias);
    putLanes(out, at + 4, a1, b1, bias);
    putLanes(out, at + 8, a2, b2, bias);
    putLanes(out, at + 12, a3, b3, bias);
    // the last word holds the last tag's weight, then padding
    out[at + 16] = (LITTLE_ENDIAN ? a4 & 0xffff : b4 >>> 16) - bias;
  }
}

/**
 * Writes the sums of one row word's four weights (sumRows), `a` holding the lanes of its bytes 0 and 2 and `b` those of
 * bytes 1 and 3 where a word holds its first byte in its low bits, less the bias; where it holds it in its high bits,
 * byte 0 is b's high lane.
 */
function putLanes(out: Int16Array, at: number, a: number, b: number, bias: number): void {
  if (LITTLE_ENDIAN) {
    out[at] = (a & 0xffff) - bias;
    out[at + 1] = (b & 0xffff) - bias;
    out[at + 2] = (a >>> 16) - bias;
    out[at + 3] = (b >>> 16) - bias;
  } else {
    out[at] = (b >>> 16) - bias;
    out[at + 1] = (a >>> 16) - bias;
    out[at + 2] = (b & 0xffff) - bias;
    out[at + 3] = (a & 0xffff) - bias;
  }
}

/** The best score of a tag other than O in the vector (or weight row) at `at`. */
function bestOther(v: Int16Array | Int8Array, at: number): number {
  let top = v[at + 1]!;
  for (let t = 2; t < TAG_COUNT; t++) if (v[at + t]! > top) top = v[at + t]!;
  return top;
}

/** The weight row, or -1 when it holds no weight (as most word bigrams' rows do: the branch is well predicted). */
function filledRow(row: number, filled: Uint8Array): number {
  return (filled[row >>> 3]! & (1 << (row & 7))) === 0 ? -1 : row;
}

/**
 * The weight row of a feature hash, where a row that holds no weight (half the rows of a new word's features) is
 * read as the one empty row, which stays in the core's cache: chosen by bit arithmetic, as a branch on it was
 * mispredicted half the time and kept the next rows' reads from starting while this one waited.
 */
function rowOf(hash: number, shift: number, filled: Uint8Array, emptyRow: number): number {
  const row = hash >>> shift;
  const bit = (filled[row >>> 3]! >>> (row & 7)) & 1;
  return (row & -bit) | (emptyRow & (bit - 1));
}
