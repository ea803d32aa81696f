import { partitionPoint } from '../binary-search.js';
import type { Doc, Token } from './document.js';

/** Index of the first token that starts at or after `offset` (tokens.length when none). */
export function tokenAtOrAfter(doc: Doc, offset: number): number {
  return firstStartingAt(doc.tokens, offset);
}

/**
 * Index of the first of `spans` (sorted by start) that starts at or after `offset` (spans.length when none). The
 * binary search written out, not partitionPoint's: the entity rules ask it of every name, and where a caller did not
 * inline partitionPoint a closure was allocated per call.
 */
export function firstStartingAt(spans: ReadonlyArray<{ start: number }>, offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first of the ascending `sorted` that is at or after `offset` (sorted.length when none). */
export function firstAtOrAfter(sorted: ArrayLike<number>, offset: number): number {
  return partitionPoint(0, sorted.length, (i) => sorted[i]! < offset);
}

/** The token ending at or before `offset`, or undefined. */
export function tokenBefore(doc: Doc, offset: number): Token | undefined {
  let i = tokenAtOrAfter(doc, offset) - 1;
  while (i >= 0 && doc.tokens[i]!.end > offset) i--;
  return doc.tokens[i];
}

/** Index of the sentence holding `offset` (the last one starting at or before it; 0 when none does). */
export function sentenceAt(doc: Doc, offset: number): number {
  const sentences = doc.sentences;
  return Math.max(0, partitionPoint(0, sentences.length, (i) => sentences[i]!.start <= offset) - 1);
}

/** Of `spans` (sorted by start), the one ending by `offset` with the latest start that `fits`; of several starting there, the first. */
export function lastEndingBy<S extends { start: number; end: number }>(spans: readonly S[], offset: number, fits: (s: S) => boolean): S | null {
  let k = firstStartingAt(spans, offset) - 1;
  while (k >= 0 && (spans[k]!.end > offset || !fits(spans[k]!))) k--;
  if (k < 0) return null;
  let best = k;
  for (let j = k - 1; j >= 0 && spans[j]!.start === spans[k]!.start; j--) if (spans[j]!.end <= offset && fits(spans[j]!)) best = j;
  return spans[best]!;
}
