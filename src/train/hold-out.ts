/** A --hold-out spec: every k-th document of a corpus ("wikigold/4"), or its last k-th in one block ("conll/last5"). */
export interface HoldOut {
  corpus: string;
  k: number;
  /** the last k-th of the corpus, in its order (for CoNLL, the latest news: a check of drift over time) */
  block: boolean;
  label: string;
}

/** Reads "corpus/K" or "corpus/lastK" (K of 2 or more); null when the spec is neither. */
export function parseHoldOut(spec: string): HoldOut | null {
  const m = /^([\w-]+)\/(last)?(\d+)$/.exec(spec);
  if (!m || Number(m[3]) < 2) return null;
  return { corpus: m[1]!, k: Number(m[3]), block: m[2] !== undefined, label: spec };
}

/** Whether document `index` of a corpus of `count` documents is held out: the k-th, 2k-th, ...; or one of the last count/k. */
export function isHeldOut(h: HoldOut, index: number, count: number): boolean {
  return h.block ? index >= count - Math.floor(count / h.k) : (index + 1) % h.k === 0;
}
