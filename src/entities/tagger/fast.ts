import type { Doc } from '../../doc/document.js';
import type { Weights } from './decode.js';
import type { Gazetteer } from './gazetteer.js';
import {
  AFTER,
  BEFORE,
  FAR_FEATURES,
  NEAR_FEATURES,
  PAIR_FEATURES,
  SELF_FEATURES,
  FORM_FEATURES,
  CONTEXT_FEATURES,
  contextHashes,
  formHashes,
  farHashes,
  formInfo,
  memoryHash,
  nearHashes,
  pairHashes,
  tokenInputs,
  transitionHashes,
  wordHistoryHashes,
  TypeMemory,
  type FormInfo,
  type TokenInputs,
} from './features.js';
import { ALLOWED, O, TAG_COUNT } from './tags.js';

/** Forms remembered before the caches start again (checked between documents). */
const CACHE_LIMIT = 1 << 16;
const NONE = -1;

/**
 * What the decoder keeps per written form: its FormInfo and where the summed weights of its feature groups sit
 * in the vector pool (offsets of TAG_COUNT-long vectors).
 */
interface FormEntry extends FormInfo {
  /** as the neighbour two to the left; the next vector is as the neighbour two to the right */
  far: number;
  /** as the neighbour one to the left, then one to the right, by POS (the last POS used, then the rest) */
  nearPos: number;
  nearAt: number;
  near: Map<number, number> | null;
  /** the features of the form itself */
  formAt: number;
  /** a small number for its shape (the context features read the shape) */
  shapeId: number;
  /** the history features that read it, after an O, then by previous tag */
  historyO: number;
  history: number[] | null;
}

/**
 * The tagger's run-time decoder. It gives the same tags as decodeDoc, but sums each feature group once per
 * distinct input and keeps the sum: the token's own features by form and by (shape, POS, context), a neighbour's by (form,
 * POS) or form, the word-history features by (form, previous tag), the tag transitions by tag pair. Only the
 * word bigrams and the remembered types (TypeMemory) are looked up per token. The sums live in one growing Int32Array (the pool).
 */
export class FastDecoder {
  private forms = new Map<string, FormEntry>();
  /** the context features' sums, by shape, POS and packed context */
  private contexts = new Map<number, number>();
  private shapeIds = new Map<number, number>();
  private pool = new Int32Array(1 << 16);
  private used = 0;
  private boundaryNear = NONE;
  private boundaryFar = NONE;
  private readonly transitions = new Int32Array(TAG_COUNT * TAG_COUNT * TAG_COUNT);
  private readonly hashes = new Uint32Array(2 * SELF_FEATURES);
  private readonly info = (form: string): FormInfo => this.entry(form);

  constructor(
    private readonly weights: Weights,
    private readonly gazetteer: Gazetteer,
  ) {
    for (let prev2 = 0; prev2 < TAG_COUNT; prev2++) {
      for (let prev = 0; prev < TAG_COUNT; prev++) {
        transitionHashes(prev, prev2, this.hashes, 0);
        this.addRows(this.hashes, 0, 2, this.transitions, (prev2 * TAG_COUNT + prev) * TAG_COUNT);
      }
    }
    this.reset();
  }

  decode(doc: Doc): { tags: Uint8Array; inputs: TokenInputs } {
    if (this.forms.size >= CACHE_LIMIT || this.contexts.size >= CACHE_LIMIT) this.reset();
    const entries: FormEntry[] = [];
    const x = tokenInputs(doc, this.info, entries);
    const n = x.count;
    const formAt = new Int32Array(n);
    const contextAt = new Int32Array(n);
    const nearAt = new Int32Array(n);
    const farAt = new Int32Array(n);
    const h = this.hashes;
    for (let i = 0; i < n; i++) {
      const e = entries[i]!;
      const pos = x.posId[i]!;
      if (e.formAt === NONE) {
        formHashes(x, i, h, 0);
        e.formAt = this.sum(FORM_FEATURES, FORM_FEATURES);
      }
      formAt[i] = e.formAt;
      const contextKey = (e.shapeId * 64 + pos) * 262144 + x.context[i]!;
      let at = this.contexts.get(contextKey);
      if (at === undefined) {
        contextHashes(x, i, h, 0);
        this.contexts.set(contextKey, (at = this.sum(CONTEXT_FEATURES, CONTEXT_FEATURES)));
      }
      contextAt[i] = at;
      if (e.nearPos !== pos) {
        if (e.nearPos !== NONE) (e.near ??= new Map()).set(e.nearPos, e.nearAt);
        let at = e.near?.get(pos);
        if (at === undefined) {
          nearHashes(x, i, -1, h, 0);
          nearHashes(x, i, 1, h, NEAR_FEATURES);
          at = this.sum(2 * NEAR_FEATURES, NEAR_FEATURES);
        }
        e.nearPos = pos;
        e.nearAt = at;
      }
      nearAt[i] = e.nearAt;
      if (e.far === NONE) {
        farHashes(x, i, -1, h, 0);
        farHashes(x, i, 1, h, FAR_FEATURES);
        e.far = this.sum(2 * FAR_FEATURES, FAR_FEATURES);
      }
      farAt[i] = e.far;
    }
    const tags = new Uint8Array(n);
    const scores = new Int32Array(TAG_COUNT);
    const rows = this.weights.rows;
    const shift = this.weights.shift;
    const transitions = this.transitions;
    const memory = new TypeMemory();
    for (const s of doc.sentences) {
      let prev = O;
      let prev2 = O;
      for (let i = s.first; i < s.last; i++) {
        const own = formAt[i]!;
        const context = contextAt[i]!;
        const before = i > s.first ? nearAt[i - 1]! : this.boundaryNear;
        const after = (i + 1 < s.last ? nearAt[i + 1]! : this.boundaryNear) + TAG_COUNT;
        const before2 = i - 1 > s.first ? farAt[i - 2]! : this.boundaryFar;
        const after2 = (i + 2 < s.last ? farAt[i + 2]! : this.boundaryFar) + TAG_COUNT;
        pairHashes(x, i, i > s.first ? i - 1 : BEFORE, i + 1 < s.last ? i + 1 : AFTER, h, 0);
        const entry = entries[i]!;
        let history = prev === O ? entry.historyO : (entry.history?.[prev] ?? NONE);
        if (history === NONE) {
          wordHistoryHashes(x, i, prev, h, PAIR_FEATURES);
          history = this.sum(2, 2, PAIR_FEATURES);
          if (prev === O) entry.historyO = history;
          else (entry.history ??= new Array<number>(TAG_COUNT).fill(NONE))[prev] = history;
        }
        const pool = this.pool;
        for (let t = 0; t < TAG_COUNT; t++) {
          scores[t] =
            pool[own + t]! + pool[context + t]! + pool[before + t]! + pool[after + t]! + pool[before2 + t]! + pool[after2 + t]! + pool[history + t]!;
        }
        h[PAIR_FEATURES] = memoryHash(x, i, memory.of(x, i));
        for (let k = 0; k <= PAIR_FEATURES; k++) {
          const o = (h[k]! >>> shift) * TAG_COUNT;
          for (let t = 0; t < TAG_COUNT; t++) scores[t]! += rows[o + t]!;
        }
        const tr = (prev2 * TAG_COUNT + prev) * TAG_COUNT;
        const choices = ALLOWED[prev * 2 + (i === s.last - 1 ? 1 : 0)]!;
        let best = -1;
        let bestScore = -Infinity;
        for (let c = 0; c < choices.length; c++) {
          const t = choices[c]!;
          const score = scores[t]! + transitions[tr + t]!;
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
    this.forms = new Map();
    this.contexts = new Map();
    this.shapeIds = new Map();
    this.used = 0;
    const none = tokenInputs({ text: '', tokens: [], sentences: [], paragraphs: [], diagnostics: [] }, this.info);
    nearHashes(none, BEFORE, -1, this.hashes, 0);
    nearHashes(none, AFTER, 1, this.hashes, NEAR_FEATURES);
    this.boundaryNear = this.sum(2 * NEAR_FEATURES, NEAR_FEATURES);
    farHashes(none, BEFORE, -1, this.hashes, 0);
    farHashes(none, AFTER, 1, this.hashes, FAR_FEATURES);
    this.boundaryFar = this.sum(2 * FAR_FEATURES, FAR_FEATURES);
  }

  private entry(form: string): FormEntry {
    let e = this.forms.get(form);
    if (!e) {
      const info = formInfo(form, this.gazetteer);
      e = {
        ...info,
        far: NONE,
        nearPos: NONE,
        nearAt: NONE,
        near: null,
        formAt: NONE,
        shapeId: this.shapeIdOf(info.shape),
        historyO: NONE,
        history: null,
      };
      this.forms.set(form, e);
    }
    return e;
  }

  private shapeIdOf(shape: number): number {
    let id = this.shapeIds.get(shape);
    if (id === undefined) this.shapeIds.set(shape, (id = this.shapeIds.size));
    return id;
  }

  /** Sums the rows of `count` hashed features (from `from` in the scratch) into pooled vectors, `per` to a vector. */
  private sum(count: number, per: number, from = 0): number {
    const vectors = count / per;
    if (this.used + vectors * TAG_COUNT > this.pool.length) {
      const grown = new Int32Array(this.pool.length * 2);
      grown.set(this.pool);
      this.pool = grown;
    }
    const at = this.used;
    this.pool.fill(0, at, at + vectors * TAG_COUNT);
    for (let v = 0; v < vectors; v++) this.addRows(this.hashes, from + v * per, per, this.pool, at + v * TAG_COUNT);
    this.used += vectors * TAG_COUNT;
    return at;
  }

  private addRows(hashes: Uint32Array, from: number, count: number, out: Int32Array, at: number): void {
    const rows = this.weights.rows;
    for (let k = from; k < from + count; k++) {
      const o = (hashes[k]! >>> this.weights.shift) * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++) out[at + t]! += rows[o + t]!;
    }
  }
}
