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

/**
 * partitionPoint for a partition expected near `lo`: steps of 1, 2, 4, ... from there, then a binary search in
 * the last step. Probes stay next to `lo` while the answer is near, which a range of sorted keys in memory likes.
 */
export function partitionPointNear(lo: number, hi: number, before: (i: number) => boolean): number {
  let step = 1;
  let at = lo;
  while (at < hi && before(at)) {
    lo = at + 1;
    at = lo + step;
    step *= 2;
  }
  return partitionPoint(lo, Math.min(at, hi), before);
}
