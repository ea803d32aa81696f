import type { Doc } from '../../doc/document.js';
import type { QuantizedWeights } from './decode.js';
import { FormTable, grown } from './forms.js';
import type { WordClasses } from './word-classes.js';
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
/** Int16 slots the pool of sums starts with (it grows by doubling) */
const POOL_START = 1 << 20;
/** POS ids are below this (they also pack into the context key) */
const POS_SLOTS = 64;
/** sets of coarse types a word may have been given earlier in the document (TypeMemory) */
const TYPE_SETS = 16;
/** A pooled vector's slots: a score per tag, then TOP, the best score of a tag other than O. */
const TOP = TAG_COUNT;
const STRIDE = TAG_COUNT + 1;
/** a weight row's TOP not yet worked out (rowTop) */
const UNKNOWN = -0x8000;

/**
 * The tagger's run-time decoder. It gives the same tags as decodeDoc (tests/fast-paths.test.ts), but sums each
 * feature group once per distinct input and keeps the sum: the token's own features by form and by (shape, POS,
 * context), a neighbour's by (form, POS) or form, the word-history features by (form, previous tag) with the
 * form's own added in (both are kept per form: one vector fewer per tag scored), the memory feature by (shape,
 * remembered types), the tag transitions by tag pair. Only the word bigrams are looked up per token. The sums are
 * vectors in one growing Int16Array (the pool: at most 15 int8 weights go into one sum), each a score per tag and
 * the best score of a tag other than O; what is kept per form sits in typed arrays indexed by the form's number in
 * the FormTable. Where O may follow and its score reaches the sum of those best scores, no other tag can beat it
 * and none is scored (most tokens: measured, nine in ten of the dev texts').
 */
export class FastDecoder {
  private forms!: FormTable;
  /** forms whose per-form slots below are set up */
  private known = 0;
  /** pool offset of the sum of the form's own features */
  private formAt = new Int32Array(0);
  /** as the neighbour two to the left; the next vector is as the neighbour two to the right */
  private farAt = new Int32Array(0);
  /** as the neighbour one to the left, then one to the right, with the POS it last had; other POS in `near` */
  private nearPos = new Int32Array(0);
  private nearAt = new Int32Array(0);
  private near = new Map<number, number>();
  /** a small number for the form's shape (the context key reads it) */
  private shapeId = new Int32Array(0);
  /** the word-history features' sum by form and previous tag (TAG_COUNT slots per form) */
  private historyAt = new Int32Array(0);
  /** the memory feature's weights by shape and the word's earlier types (TYPE_SETS slots per shape) */
  private memoryAt = new Int32Array(0);
  /** the context features' sums, by shape (its number: an array index), then POS and packed context */
  private contexts: Map<number, number>[] = [];
  private contextsKept = 0;
  /** the POS and packed context the form last had, and that context's sum: a word often comes back in the same one */
  private lastContext = new Int32Array(0);
  private lastContextAt = new Int32Array(0);
  private shapeIds = new Map<number, number>();
  /** sized by reset(), which lets a pool grown for earlier documents go */
  private pool = new Int16Array(0);
  private used = 0;
  private boundaryNear = NONE;
  private boundaryFar = NONE;
  /** per token of the current document (read only below its token count): the pool offsets its scores add */
  private tokenContextAt = new Int32Array(0);
  private tokenNearAt = new Int32Array(0);
  private tokenFarAt = new Int32Array(0);
  private readonly transitions = new Int32Array(TAG_COUNT * TAG_COUNT * STRIDE);
  /** by weight row, the row's best weight for a tag other than O (UNKNOWN until asked) */
  private readonly rowTops: Int16Array;
  private readonly hashes = new Uint32Array(2 * SELF_FEATURES);

  constructor(
    private readonly weights: QuantizedWeights,
    private readonly wordClasses: WordClasses,
  ) {
    this.rowTops = new Int16Array(weights.rows.length / TAG_COUNT).fill(UNKNOWN);
    const sums = new Int16Array(STRIDE);
    for (let prev2 = 0; prev2 < TAG_COUNT; prev2++) {
      for (let prev = 0; prev < TAG_COUNT; prev++) {
        transitionHashes(prev, prev2, this.hashes, 0);
        sums.fill(0);
        this.addRows(0, 2, sums, 0);
        setTop(sums, 0);
        this.transitions.set(sums, (prev2 * TAG_COUNT + prev) * STRIDE);
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
    for (let i = 0; i < n; i++) {
      const id = ids[i]!;
      const pos = x.posId[i]!;
      if (this.formAt[id] === NONE) {
        formHashes(x, i, h, 0);
        this.formAt[id] = this.sum(FORM_FEATURES, FORM_FEATURES);
      }
      const context = pos * 262144 + x.context[i]!;
      if (this.lastContext[id] !== context) {
        const byContext = this.contexts[this.shapeId[id]!]!;
        let at = byContext.get(context);
        if (at === undefined) {
          contextHashes(x, i, h, 0);
          byContext.set(context, (at = this.sum(CONTEXT_FEATURES, CONTEXT_FEATURES)));
          this.contextsKept++;
        }
        this.lastContext[id] = context;
        this.lastContextAt[id] = at;
      }
      contextAt[i] = this.lastContextAt[id]!;
      const lastPos = this.nearPos[id]!;
      if (lastPos !== pos) {
        if (lastPos !== NONE) this.near.set(id * POS_SLOTS + lastPos, this.nearAt[id]!);
        let at = this.near.get(id * POS_SLOTS + pos);
        if (at === undefined) {
          nearHashes(x, i, -1, h, 0);
          nearHashes(x, i, 1, h, NEAR_FEATURES);
          at = this.sum(2 * NEAR_FEATURES, NEAR_FEATURES);
        }
        this.nearPos[id] = pos;
        this.nearAt[id] = at;
      }
      nearAt[i] = this.nearAt[id]!;
      if (this.farAt[id] === NONE) {
        farHashes(x, i, -1, h, 0);
        farHashes(x, i, 1, h, FAR_FEATURES);
        this.farAt[id] = this.sum(2 * FAR_FEATURES, FAR_FEATURES);
      }
      farAt[i] = this.farAt[id]!;
    }
    const tags = new Uint8Array(n);
    const rows = this.weights.rows;
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
        const after = (i + 1 < s.last ? nearAt[i + 1]! : this.boundaryNear) + STRIDE;
        const before2 = i - 1 > s.first ? farAt[i - 2]! : this.boundaryFar;
        const after2 = (i + 2 < s.last ? farAt[i + 2]! : this.boundaryFar) + STRIDE;
        const slot = ids[i]! * TAG_COUNT + prev;
        let history = historyAt[slot]!;
        if (history === NONE) {
          wordHistoryHashes(x, i, prev, h, 0);
          historyAt[slot] = history = this.sum(2, 2);
          this.addPooled(this.formAt[ids[i]!]!, history);
        }
        const types = memory.of(x, i);
        const memorySlot = this.shapeId[ids[i]!]! * TYPE_SETS + types;
        let remembered = this.memoryAt[memorySlot]!;
        if (remembered === NONE) {
          h[0] = memoryHash(x, i, types);
          this.memoryAt[memorySlot] = remembered = this.sum(1, 1);
        }
        pairHashes(x, i, i > s.first ? i - 1 : BEFORE, i + 1 < s.last ? i + 1 : AFTER, h, 0);
        const pairBefore = filledRow(h[0]! >>> shift, filled);
        const pairAfter = filledRow(h[1]! >>> shift, filled);
        const pool = this.pool;
        const tr = (prev2 * TAG_COUNT + prev) * STRIDE;
        // only the tags allowed after `prev` are scored: the others could not be chosen
        const choices = ALLOWED[prev * 2 + (i === s.last - 1 ? 1 : 0)]!;
        if (choices[0] === O) {
          // O wins (ties go to it) when its score reaches the sum of each part's best score for another tag
          let scoreO = pool[context]! + pool[before]! + pool[after]! + pool[before2]! + pool[after2]! + pool[history]! + pool[remembered]! + transitions[tr]!;
          let bound =
            pool[context + TOP]! +
            pool[before + TOP]! +
            pool[after + TOP]! +
            pool[before2 + TOP]! +
            pool[after2 + TOP]! +
            pool[history + TOP]! +
            pool[remembered + TOP]! +
            transitions[tr + TOP]!;
          if (pairBefore >= 0) {
            scoreO += rows[pairBefore]!;
            bound += this.rowTop(pairBefore);
          }
          if (pairAfter >= 0) {
            scoreO += rows[pairAfter]!;
            bound += this.rowTop(pairAfter);
          }
          if (scoreO >= bound) {
            memory.record(x, i, O);
            tags[i] = O;
            prev2 = prev;
            prev = O;
            continue;
          }
        }
        let best = -1;
        let bestScore = -Infinity;
        for (let c = 0; c < choices.length; c++) {
          const t = choices[c]!;
          let score =
            pool[context + t]! +
            pool[before + t]! +
            pool[after + t]! +
            pool[before2 + t]! +
            pool[after2 + t]! +
            pool[history + t]! +
            pool[remembered + t]! +
            transitions[tr + t]!;
          if (pairBefore >= 0) score += rows[pairBefore + t]!;
          if (pairAfter >= 0) score += rows[pairAfter + t]!;
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

  private reset(): void {
    this.forms = new FormTable(this.wordClasses);
    this.known = 0;
    this.near = new Map();
    this.contexts = [];
    this.contextsKept = 0;
    this.shapeIds = new Map();
    this.pool = new Int16Array(POOL_START);
    this.used = 0;
    this.formAt.fill(NONE);
    this.farAt.fill(NONE);
    this.nearPos.fill(NONE);
    this.lastContext.fill(NONE);
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
    if (this.formAt.length < forms.capacity) {
      const size = forms.capacity;
      const from = this.known;
      this.formAt = grown(this.formAt, new Int32Array(size)).fill(NONE, from);
      this.farAt = grown(this.farAt, new Int32Array(size)).fill(NONE, from);
      this.nearPos = grown(this.nearPos, new Int32Array(size)).fill(NONE, from);
      this.nearAt = grown(this.nearAt, new Int32Array(size));
      this.lastContext = grown(this.lastContext, new Int32Array(size)).fill(NONE, from);
      this.lastContextAt = grown(this.lastContextAt, new Int32Array(size));
      this.shapeId = grown(this.shapeId, new Int32Array(size));
      this.historyAt = grown(this.historyAt, new Int32Array(size * TAG_COUNT)).fill(NONE, from * TAG_COUNT);
    }
    for (let id = this.known; id < forms.size; id++) {
      const shape = forms.shape[id]!;
      let s = this.shapeIds.get(shape);
      if (s === undefined) {
        this.shapeIds.set(shape, (s = this.shapeIds.size));
        this.contexts.push(new Map());
      }
      this.shapeId[id] = s;
    }
    this.known = forms.size;
    const shapes = this.shapeIds.size * TYPE_SETS;
    if (this.memoryAt.length < shapes) this.memoryAt = grown(this.memoryAt, new Int32Array(2 * shapes)).fill(NONE, this.memoryAt.length);
  }

  /** Sums the rows of `count` hashed features (from `from` in the scratch) into pooled vectors, `per` to a vector. */
  private sum(count: number, per: number, from = 0): number {
    const vectors = count / per;
    if (this.used + vectors * STRIDE > this.pool.length) this.pool = grown(this.pool, new Int16Array(this.pool.length * 2));
    const at = this.used;
    for (let k = at; k < at + vectors * STRIDE; k++) this.pool[k] = 0;
    for (let v = 0; v < vectors; v++) {
      this.addRows(from + v * per, per, this.pool, at + v * STRIDE);
      setTop(this.pool, at + v * STRIDE);
    }
    this.used += vectors * STRIDE;
    return at;
  }

  /** Adds the pooled vector at `from` into the one at `to`. */
  private addPooled(from: number, to: number): void {
    const pool = this.pool;
    for (let t = 0; t < TAG_COUNT; t++) pool[to + t]! += pool[from + t]!;
    setTop(pool, to);
  }

  /** The TOP of the weight row at offset o (a filledRow). */
  private rowTop(o: number): number {
    const row = o / TAG_COUNT;
    let top = this.rowTops[row]!;
    if (top === UNKNOWN) this.rowTops[row] = top = bestOther(this.weights.rows, o);
    return top;
  }

  private addRows(from: number, count: number, out: Int16Array, at: number): void {
    const rows = this.weights.rows;
    const shift = this.weights.shift;
    const filled = this.weights.filled;
    for (let k = from; k < from + count; k++) {
      // half the rows hold no weight: a new word's features often land on one
      const o = filledRow(this.hashes[k]! >>> shift, filled);
      if (o >= 0) for (let t = 0; t < TAG_COUNT; t++) out[at + t]! += rows[o + t]!;
    }
  }
}

/** Sets the TOP slot of the vector at `at`. */
function setTop(v: Int16Array, at: number): void {
  v[at + TOP] = bestOther(v, at);
}

/** The best score of a tag other than O in the vector (or weight row) at `at`. */
function bestOther(v: Int16Array | Int8Array, at: number): number {
  let top = v[at + 1]!;
  for (let t = 2; t < TAG_COUNT; t++) if (v[at + t]! > top) top = v[at + t]!;
  return top;
}

/** The offset of a word bigram's weight row, or -1 when the row holds no weight (as most bigrams' rows do). */
function filledRow(row: number, filled: Uint8Array): number {
  return (filled[row >>> 3]! & (1 << (row & 7))) === 0 ? -1 : row * TAG_COUNT;
}
