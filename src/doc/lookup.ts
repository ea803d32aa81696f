import type { Doc, Token } from './document.js';

/** Index of the first token that starts at or after `offset` (tokens.length when none). */
export function tokenAtOrAfter(doc: Doc, offset: number): number {
  return firstStartingAt(doc.tokens, offset);
}

/** Index of the first of `spans` (sorted by start) that starts at or after `offset` (spans.length when none). */
export function firstStartingAt(spans: ReadonlyArray<{ start: number }>, offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first of the ascending `sorted` that is at or after `offset` (sorted.length when none). */
export function firstAtOrAfter(sorted: ArrayLike<number>, offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The token ending at or before `offset`, or undefined. */
export function tokenBefore(doc: Doc, offset: number): Token | undefined {
  let i = tokenAtOrAfter(doc, offset) - 1;
  while (i >= 0 && doc.tokens[i]!.end > offset) i--;
  return doc.tokens[i];
}

/** Index of the sentence holding `offset` (the last one starting at or before it). */
export function sentenceAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
