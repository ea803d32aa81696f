import type { Span } from '../schema.js';
import { partitionPoint } from '../binary-search.js';

/** The one way to build an output span: its text is always the slice it names. */
export function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

export function spanId(prefix: string, start: number, end: number): string {
  return `${prefix}:${start}-${end}`;
}

function byOffset(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.start - b.start || a.end - b.end;
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * The spans left when overlaps are settled, by start: of spans that overlap, the one starting first (the longest
 * of those starting together) stays, unless `displaces(later, kept)` says a later one takes its place.
 */
export function withoutOverlaps<T extends { start: number; end: number }>(spans: readonly T[], displaces: (later: T, kept: T) => boolean = () => false): T[] {
  const out: T[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      if (displaces(s, last)) out[out.length - 1] = s;
      continue;
    }
    out.push(s);
  }
  return out;
}

/** A test for whether a span lies inside any of `regions` (in any order): a binary search, not a scan. */
export function insideAny(regions: ReadonlyArray<{ start: number; end: number }>): (inner: { start: number; end: number }) => boolean {
  if (regions.length === 0) return () => false;
  const sorted = [...regions].sort(byOffset);
  const reach: number[] = [];
  for (const r of sorted) reach.push(Math.max(reach[reach.length - 1] ?? -Infinity, r.end));
  return (inner) => {
    const after = partitionPoint(0, sorted.length, (k) => sorted[k]!.start <= inner.start);
    for (let k = after - 1; k >= 0 && reach[k]! >= inner.end; k--) if (sorted[k]!.end >= inner.end) return true;
    return false;
  };
}
