/**
 * The one binary search: the first index in [lo, hi) at which `before` is false, for a `before` that holds on a
 * prefix of the range and fails from there on (hi when it holds throughout).
 */
export function partitionPoint(lo: number, hi: number, before: (i: number) => boolean): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

