import { rangesOf, stringField, type SpanLike } from './values.js';

export interface Pairing {
  /** [index in a, index in b] of the items that are the same item, in a's order */
  pairs: Array<[number, number]>;
  /** indices in a with no partner */
  removed: number[];
  /** indices in b with no partner */
  added: number[];
}

/**
 * Pairs the items of two lists that stand for the same thing: first by key (a stable id), then, among the
 * rest, by how much text they share (their spans, or their mentions' spans), best overlap first. Position in
 * the list plays no part.
 */
export function pairUp(a: readonly unknown[], b: readonly unknown[], keyOf: (item: unknown) => string | null): Pairing {
  const byKey = new Map<string, number[]>();
  b.forEach((item, j) => {
    const key = keyOf(item);
    if (key !== null) byKey.set(key, [...(byKey.get(key) ?? []), j]);
  });
  const partnerOfA: Array<number | undefined> = a.map(() => undefined);
  const takenB = new Set<number>();
  a.forEach((item, i) => {
    const key = keyOf(item);
    const j = key === null ? undefined : byKey.get(key)?.shift();
    if (j !== undefined) {
      partnerOfA[i] = j;
      takenB.add(j);
    }
  });

  const restA = a.map((_, i) => i).filter((i) => partnerOfA[i] === undefined);
  const restB = b.map((_, j) => j).filter((j) => !takenB.has(j));
  for (const [i, j] of overlapCandidates(a, b, restA, restB)) {
    if (partnerOfA[i] !== undefined || takenB.has(j)) continue;
    partnerOfA[i] = j;
    takenB.add(j);
  }

  const pairs: Array<[number, number]> = [];
  const removed: number[] = [];
  partnerOfA.forEach((j, i) => (j === undefined ? removed.push(i) : pairs.push([i, j])));
  return { pairs, removed, added: b.map((_, j) => j).filter((j) => !takenB.has(j)) };
}

interface Endpoint {
  range: SpanLike;
  side: 0 | 1;
  index: number;
}

/** Pairs of items (one from each list) whose ranges overlap, best Jaccard overlap first. */
function overlapCandidates(a: readonly unknown[], b: readonly unknown[], restA: number[], restB: number[]): Array<[number, number]> {
  if (restA.length === 0 || restB.length === 0) return [];
  const points: Endpoint[] = [
    ...restA.flatMap((index) => rangesOf(a[index]).map((range) => ({ range, side: 0 as const, index }))),
    ...restB.flatMap((index) => rangesOf(b[index]).map((range) => ({ range, side: 1 as const, index }))),
  ].sort((x, y) => x.range.start - y.range.start || x.side - y.side);

  // Sweep by start: each range meets the still-open ranges of the other list.
  const shared = new Map<string, number>();
  const open: Endpoint[] = [];
  for (const p of points) {
    for (let k = open.length - 1; k >= 0; k--) if (open[k]!.range.end <= p.range.start) open.splice(k, 1);
    for (const o of open) {
      if (o.side === p.side) continue;
      const overlap = Math.min(o.range.end, p.range.end) - p.range.start;
      if (overlap <= 0) continue;
      const key = o.side === 0 ? `${o.index} ${p.index}` : `${p.index} ${o.index}`;
      shared.set(key, (shared.get(key) ?? 0) + overlap);
    }
    open.push(p);
  }

  const scored: Array<{ i: number; j: number; score: number }> = [];
  for (const [key, overlap] of shared) {
    const [i, j] = key.split(' ').map(Number) as [number, number];
    if (!compatible(a[i], b[j])) continue;
    const union = coveredLength(a[i]) + coveredLength(b[j]) - overlap;
    scored.push({ i, j, score: union > 0 ? overlap / union : 0 });
  }
  scored.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  return scored.map(({ i, j }) => [i, j]);
}

function coveredLength(item: unknown): number {
  return rangesOf(item).reduce((sum, r) => sum + Math.max(0, r.end - r.start), 0);
}

/** Items that say what they are with a `code` (diagnostics) only pair with the same code. */
function compatible(x: unknown, y: unknown): boolean {
  const cx = stringField(x, 'code');
  const cy = stringField(y, 'code');
  return cx === null || cy === null || cx === cy;
}
