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
  farHashes,
  formInfo,
  nearHashes,
  pairHashes,
  selfHashes,
  tokenInputs,
  transitionHashes,
  wordHistoryHashes,
  type FormInfo,
  type TokenInputs,
} from './features.js';
import { ALLOWED, O, TAG_COUNT } from './tags.js';

const CACHE_LIMIT = 1 << 17;

/** What the decoder keeps per written form: its FormInfo and the summed weights of its feature groups. */
interface FormEntry extends FormInfo {
  /** as the neighbour two to the left, then two to the right */
  far: Int32Array | null;
  /** as the neighbour one to the left, then one to the right, by POS */
  near: Map<number, Int32Array>;
  /** its own features, by POS and context */
  self: Map<number, Int32Array>;
}

/**
 * The tagger's run-time decoder. It gives the same scores as decodeDoc, but sums each feature group once per
 * distinct input and caches the sum: the token's own features by (form, POS, context), a neighbour's by (form,
 * POS) or form, the tag transitions by tag pair. Only the pair and word-history features are looked up per token.
 */
export class FastDecoder {
  private readonly forms = new Map<string, FormEntry>();
  private readonly posIndex = new Map<string, number>();
  private readonly boundaryNear: Int32Array;
  private readonly boundaryFar: Int32Array;
  private readonly transitions: Int32Array;
  private readonly scratch = new Uint32Array(SELF_FEATURES);
  private readonly info = (form: string): FormInfo => this.entry(form);

  constructor(
    private readonly weights: Weights,
    private readonly gazetteer: Gazetteer,
  ) {
    const none = tokenInputs({ text: '', tokens: [], sentences: [], paragraphs: [], diagnostics: [] }, this.info);
    this.boundaryNear = this.group(2 * NEAR_FEATURES, (out) => {
      nearHashes(none, BEFORE, -1, out, 0);
      nearHashes(none, AFTER, 1, out, NEAR_FEATURES);
    }, NEAR_FEATURES);
    this.boundaryFar = this.group(2 * FAR_FEATURES, (out) => {
      farHashes(none, BEFORE, -1, out, 0);
      farHashes(none, AFTER, 1, out, FAR_FEATURES);
    }, FAR_FEATURES);
    this.transitions = new Int32Array(TAG_COUNT * TAG_COUNT * TAG_COUNT);
    for (let prev2 = 0; prev2 < TAG_COUNT; prev2++) {
      for (let prev = 0; prev < TAG_COUNT; prev++) {
        transitionHashes(prev, prev2, this.scratch, 0);
        this.addRows(this.scratch, 0, 2, this.transitions, (prev2 * TAG_COUNT + prev) * TAG_COUNT);
      }
    }
  }

  decode(doc: Doc): { tags: Uint8Array; inputs: TokenInputs } {
    const entries: FormEntry[] = [];
    const x = tokenInputs(doc, this.info, entries);
    const n = x.count;
    const selfAt: Int32Array[] = new Array(n);
    const nearAt: Int32Array[] = new Array(n);
    const farAt: Int32Array[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const e = entries[i]!;
      let pos = this.posIndex.get(x.pos[i]!);
      if (pos === undefined) this.posIndex.set(x.pos[i]!, (pos = this.posIndex.size));
      const selfKey = pos * 65536 + x.context[i]!;
      selfAt[i] = e.self.get(selfKey) ?? remember(e.self, selfKey, this.group(SELF_FEATURES, (out) => selfHashes(x, i, out, 0), SELF_FEATURES));
      nearAt[i] =
        e.near.get(pos) ??
        remember(e.near, pos, this.group(2 * NEAR_FEATURES, (out) => {
          nearHashes(x, i, -1, out, 0);
          nearHashes(x, i, 1, out, NEAR_FEATURES);
        }, NEAR_FEATURES));
      farAt[i] = e.far ??= this.group(2 * FAR_FEATURES, (out) => {
        farHashes(x, i, -1, out, 0);
        farHashes(x, i, 1, out, FAR_FEATURES);
      }, FAR_FEATURES);
    }
    const tags = new Uint8Array(n);
    const scores = new Int32Array(TAG_COUNT);
    const hashes = this.scratch;
    const rows = this.weights.rows;
    const shift = this.weights.shift;
    for (const s of doc.sentences) {
      let prev = O;
      let prev2 = O;
      for (let i = s.first; i < s.last; i++) {
        const p = i > s.first ? i - 1 : BEFORE;
        const nx = i + 1 < s.last ? i + 1 : AFTER;
        const p2 = i - 1 > s.first ? i - 2 : BEFORE;
        const n2 = i + 2 < s.last ? i + 2 : AFTER;
        const own = selfAt[i]!;
        const before = p < 0 ? this.boundaryNear : nearAt[p]!;
        const after = nx < 0 ? this.boundaryNear : nearAt[nx]!;
        const before2 = p2 < 0 ? this.boundaryFar : farAt[p2]!;
        const after2 = n2 < 0 ? this.boundaryFar : farAt[n2]!;
        for (let t = 0; t < TAG_COUNT; t++) {
          scores[t] = own[t]! + before[t]! + after[TAG_COUNT + t]! + before2[t]! + after2[TAG_COUNT + t]!;
        }
        pairHashes(x, i, p, nx, hashes, 0);
        wordHistoryHashes(x, i, prev, hashes, PAIR_FEATURES);
        for (let k = 0; k < PAIR_FEATURES + 2; k++) {
          const o = (hashes[k]! >>> shift) * TAG_COUNT;
          for (let t = 0; t < TAG_COUNT; t++) scores[t]! += rows[o + t]!;
        }
        const tr = (prev2 * TAG_COUNT + prev) * TAG_COUNT;
        const choices = ALLOWED[prev * 2 + (i === s.last - 1 ? 1 : 0)]!;
        let best = -1;
        let bestScore = -Infinity;
        for (let c = 0; c < choices.length; c++) {
          const t = choices[c]!;
          const score = scores[t]! + this.transitions[tr + t]!;
          if (score > bestScore) {
            best = t;
            bestScore = score;
          }
        }
        tags[i] = best;
        prev2 = prev;
        prev = best;
      }
    }
    return { tags, inputs: x };
  }

  private entry(form: string): FormEntry {
    let e = this.forms.get(form);
    if (!e) {
      if (this.forms.size >= CACHE_LIMIT) this.forms.clear();
      e = { ...formInfo(form, this.gazetteer), far: null, near: new Map(), self: new Map() };
      this.forms.set(form, e);
    }
    return e;
  }

  /** Sums the rows of `count` features into vectors of TAG_COUNT, `per` features to a vector. */
  private group(count: number, fill: (out: Uint32Array) => void, per: number): Int32Array {
    const hashes = new Uint32Array(count);
    fill(hashes);
    const out = new Int32Array((count / per) * TAG_COUNT);
    for (let k = 0; k < count; k += per) this.addRows(hashes, k, per, out, (k / per) * TAG_COUNT);
    return out;
  }

  private addRows(hashes: Uint32Array, from: number, count: number, out: Int32Array, at: number): void {
    const rows = this.weights.rows;
    for (let k = from; k < from + count; k++) {
      const o = (hashes[k]! >>> this.weights.shift) * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++) out[at + t]! += rows[o + t]!;
    }
  }
}

function remember(map: Map<number, Int32Array>, key: number, v: Int32Array): Int32Array {
  map.set(key, v);
  return v;
}
