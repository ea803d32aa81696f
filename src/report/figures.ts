import type { Extraction, Location, NumericClaim } from '../schema.js';
import { singular } from './text.js';

/** One article's figure in a conflict. */
export interface FigureClaim {
  document: string;
  /** the figure as written, and what it counts, e.g. "700,000" and "people fleeing" */
  text: string;
  counts: string;
  qualifier: NumericClaim['qualifier'];
  /** the interval the figure allows: "more than 700,000" is [700000, null] (null: no bound) */
  low: number;
  high: number | null;
  claimedBy: string | null;
}

/** Figures for the same counted thing at the same place that cannot all be true. */
export interface FigureConflict {
  thing: string;
  place: string;
  kind: NumericClaim['kind'];
  unit: string | null;
  documents: number;
  claims: FigureClaim[];
}

const KINDS = new Set<NumericClaim['kind']>(['count', 'money', 'percent', 'quantity', 'range']);
/** How far (in characters) a place mention may sit from a figure it locates, when sentences are not in the output. */
const PLACE_WINDOW = 150;
/** Approximate figures ("about", "some") allow this much either way; exact ones a rounding of 0.5%. */
const APPROXIMATE = 0.1;
const ROUNDING = 0.005;
const MAX_CLAIMS = 100;
const STOP = new Set(
  'a an the of who that which whom have has had were was been be being are is in on at to from for and or their its his her our some about more than other additional new further another such those these many all most'.split(' '),
);

interface Group {
  thing: string;
  place: string;
  kind: NumericClaim['kind'];
  unit: string | null;
  claims: FigureClaim[];
}

/**
 * Collects figures by what they count and where, across articles: the thing is the head word of the counted
 * phrase ("Turkish soldiers" → soldier), the place is the place named nearest the figure in its sentence (or
 * near it, or the dateline). A conflict is a pair of articles whose figures, read with their hedges ("more
 * than", "about"), cannot both hold.
 */
export class FigureConflicts {
  private readonly groups = new Map<string, Group>();

  add(x: Extraction, docId: string): void {
    for (const num of x.numbers) {
      if (!KINDS.has(num.kind) || !num.counts) continue;
      const bounds = boundsOf(num);
      const thing = headWord(num.counts.text);
      const place = bounds && thing ? placeOf(num, x) : null;
      if (!bounds || !thing || !place) continue;
      const kind = num.kind === 'range' ? 'count' : num.kind;
      const key = [kind, num.unit ?? '', thing, place.key].join('\u0000');
      let group = this.groups.get(key);
      if (!group) this.groups.set(key, (group = { thing, place: place.name, kind, unit: num.unit, claims: [] }));
      if (group.claims.length >= MAX_CLAIMS) continue;
      group.claims.push({ document: docId, text: num.text, counts: num.counts.text, qualifier: num.qualifier, ...bounds, claimedBy: num.claimedBy?.name ?? null });
    }
  }

  /** The groups where two articles disagree, those with the most articles first. */
  conflicts(n: number): FigureConflict[] {
    const out: FigureConflict[] = [];
    for (const g of this.groups.values()) {
      if (!g.claims.some((a) => g.claims.some((b) => a.document !== b.document && disjoint(a, b)))) continue;
      const claims = [...g.claims].sort((a, b) => a.low - b.low || (a.high ?? Infinity) - (b.high ?? Infinity) || (a.document < b.document ? -1 : 1));
      out.push({ thing: g.thing, place: g.place, kind: g.kind, unit: g.unit, documents: new Set(claims.map((c) => c.document)).size, claims });
    }
    return out.sort((a, b) => b.documents - a.documents || (a.place + a.thing < b.place + b.thing ? -1 : 1)).slice(0, n);
  }
}

function boundsOf(num: NumericClaim): { low: number; high: number | null } | null {
  if (num.range) return { low: num.range[0] ?? 0, high: num.range[1] };
  const v = num.value;
  if (v === null) return null;
  switch (num.qualifier) {
    case 'approximate':
      return { low: v * (1 - APPROXIMATE), high: v * (1 + APPROXIMATE) };
    case 'more_than':
    case 'at_least':
      return { low: v, high: null };
    case 'less_than':
    case 'at_most':
      return { low: 0, high: v };
    default:
      return { low: v, high: v };
  }
}

function disjoint(a: FigureClaim, b: FigureClaim): boolean {
  const below = (x: FigureClaim, y: FigureClaim) => x.high !== null && x.high * (1 + ROUNDING) < y.low;
  return below(a, b) || below(b, a);
}

/** The head of a counted phrase: stop words dropped, then leading modifiers (capitalised, -ly, -ed, -en, -ing). */
export function headWord(counts: string): string | null {
  const tokens = counts.split(/[^\p{L}\p{N}'-]+/u).filter((t) => t && !STOP.has(t.toLowerCase()));
  let i = 0;
  while (i < tokens.length - 1 && /^\p{Lu}|(?:ly|ed|en|ing)$|^\d/u.test(tokens[i]!)) i++;
  const head = tokens[i];
  return head && /\p{L}/u.test(head) ? singular(head.toLowerCase()) : null;
}

/** The place a figure is about: the nearest place mention in its sentence (or within a window), else the dateline. */
function placeOf(num: NumericClaim, x: Extraction): { key: string; name: string } | null {
  const sentence = x.sentences?.find((s) => s.start <= num.start && num.start < s.end);
  const inReach = (m: { start: number; end: number }) =>
    sentence ? m.start >= sentence.start && m.end <= sentence.end : m.end >= num.start - PLACE_WINDOW && m.start <= num.end + PLACE_WINDOW;
  let best: Location | null = null;
  let bestDistance = Infinity;
  for (const loc of x.locations) {
    for (const m of loc.mentions) {
      if (m.role !== 'mention' || !inReach(m)) continue;
      const distance = m.start >= num.end ? m.start - num.end : num.start - m.end;
      if (distance < bestDistance) [best, bestDistance] = [loc, distance];
    }
  }
  best ??= x.locations.find((l) => l.mentions.some((m) => m.role === 'dateline')) ?? null;
  if (!best) return null;
  return { key: best.geo?.geonameId != null ? `geo:${best.geo.geonameId}` : best.id, name: best.geo?.name ?? best.name };
}
