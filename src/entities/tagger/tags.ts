/** The types the tagger learns (CoNLL's four); finer types come from refinement after tagging. */
export const COARSE_TYPES = ['PERSON', 'ORG', 'LOC', 'MISC'] as const;
export type CoarseType = (typeof COARSE_TYPES)[number];

/** BILOU tags: 0 is O; type k has B, I, L, U at 1 + 4k + part. */
export const TAG_COUNT = 1 + 4 * COARSE_TYPES.length;
export const O = 0;
const B = 0;
const I = 1;
const L = 2;
const U = 3;

export const tagOf = (type: number, part: number): number => 1 + type * 4 + part;
export const typeOf = (tag: number): number => (tag - 1) >> 2;
const partOf = (tag: number): number => (tag - 1) & 3;

/** True when the tag leaves an entity open (B or I), so the next tag must continue it. */
const isOpen = (tag: number): boolean => tag !== O && partOf(tag) <= I;

/** Whether `next` may follow `prev` (prev O at a sentence start); `last` marks a sentence's final token. */
export function allowed(prev: number, next: number, last: boolean): boolean {
  if (isOpen(prev)) {
    if (next === O || typeOf(next) !== typeOf(prev)) return false;
    const p = partOf(next);
    return last ? p === L : p === I || p === L;
  }
  if (next === O) return true;
  const p = partOf(next);
  return last ? p === U : p === B || p === U;
}

/** For each previous tag (and whether the token ends its sentence: index prev * 2 + last), the tags allowed. */
export const ALLOWED: readonly Uint8Array[] = Array.from({ length: TAG_COUNT * 2 }, (_, k) => {
  const prev = k >> 1;
  const last = (k & 1) === 1;
  return Uint8Array.from(Array.from({ length: TAG_COUNT }, (_, t) => t).filter((t) => allowed(prev, t, last)));
});

export interface TokenSpan {
  /** token index of the first token */
  first: number;
  /** token index after the last token */
  last: number;
  type: number;
}

/** Tags for token spans (which must not overlap) over `count` tokens. */
export function spansToTags(spans: readonly TokenSpan[], count: number): Uint8Array {
  const tags = new Uint8Array(count);
  for (const s of spans) {
    if (s.last - s.first === 1) tags[s.first] = tagOf(s.type, U);
    else {
      tags[s.first] = tagOf(s.type, B);
      for (let i = s.first + 1; i < s.last - 1; i++) tags[i] = tagOf(s.type, I);
      tags[s.last - 1] = tagOf(s.type, L);
    }
  }
  return tags;
}

/** Token spans read from a valid tag sequence. */
export function tagsToSpans(tags: ArrayLike<number>, from = 0, to = tags.length): TokenSpan[] {
  const out: TokenSpan[] = [];
  let open = -1;
  for (let i = from; i < to; i++) {
    const t = tags[i]!;
    if (t === O) continue;
    const p = partOf(t);
    if (p === U) out.push({ first: i, last: i + 1, type: typeOf(t) });
    else if (p === B) open = i;
    else if (p === L && open >= 0) {
      out.push({ first: open, last: i + 1, type: typeOf(t) });
      open = -1;
    }
  }
  return out;
}
