import { timesPowerOfTen } from './decimal.js';
import type { Figure } from './figure.js';

/**
 * Joins neighbouring figures into ranges: "12 to 15", "12–15", "between 10 and 20", "$3 billion to $5 billion",
 * "1.5 to 2 million", "2019-20", "two or three", and opposite bounds ("more than 15 and less than 35").
 */

const DASH = /^[ \u00a0]*[-–—][ \u00a0]*$/;
/** "12 to 15", "0-to-60", and the suspended hyphen of "6- to 12-meter". */
const TO = /^-?[ \u00a0]*(?:to|through|thru|until)[ \u00a0]*-?$/i;
const UP_TO = /^[ \u00a0]*$/;
const AND = /^[ \u00a0]+(?:and|&)[ \u00a0]+$/i;
const OR = /^[ \u00a0]+or[ \u00a0]+$/i;
const BOUNDS_JOIN = /^[ \u00a0]*(?:,[ \u00a0]*)?(?:and|but)[ \u00a0]+$/i;
const BETWEEN = /(?:^|[^\p{L}])(?:between|from)[ \u00a0]+(?:the[ \u00a0]+)?$/iu;
const FROM = /(?:^|[^\p{L}])from[ \u00a0]+$/iu;
/** "rose 5% to 10%" is a change and its new level, not a range; "from 5% to 10%" is a range. */
const CHANGE = /(?:^|[^\p{L}])(?:rose|rise[sn]?|rising|fell|falls?|falling|climbed|climbs?|dropped|drops?|gained|gains?|lost|loses|increased|increases?|decreased|decreases?|jumped|jumps?|slid|slides?|grew|grows?|declined|declines?|plunged|plunges?|surged|surges?|soared|soars?|added|adds?|shed|sheds?|up|down|cut|raised|lowered|advanced|slipped|tumbled|sank)[ \u00a0]+$/iu;

const LOWER = new Set(['more_than', 'at_least']);
const UPPER = new Set(['less_than', 'at_most']);

const SCORE = /^[-–]$/;

export function joinRanges(text: string, figures: Figure[]): Figure[] {
  const out: Figure[] = [];
  for (let i = 0; i < figures.length; i++) {
    const a = figures[i]!;
    const b = figures[i + 1];
    if (b && isScore(text, a, b)) {
      i++;
      continue;
    }
    const joined = b ? join(text, a, b) ?? joinBounds(text, a, b) : null;
    if (joined) {
      out.push(joined);
      i++;
    } else out.push(a);
  }
  return out;
}

/** "tied 89-89", "won 3-1": a result, not a range (a range runs upwards). */
function isScore(text: string, a: Figure, b: Figure): boolean {
  return a.bare && b.bare && a.kind === 'count' && b.kind === 'count' && SCORE.test(text.slice(a.end, b.start)) && a.value! >= b.value!;
}

function join(text: string, a: Figure, b: Figure): Figure | null {
  if (a.value === null || b.value === null || a.range || (b.range && b.qualifier !== 'at_most') || a.kind === 'ordinal' || b.kind === 'ordinal') return null;
  const before = text.slice(Math.max(0, (a.hedgeStart ?? a.start) - 12), a.hedgeStart ?? a.start);
  // "from 300 sq ft up to 750 sq ft": the second end's hedge is the range's "to".
  const upTo = b.qualifier === 'at_most' && b.hedgeStart !== undefined && FROM.test(before) && UP_TO.test(text.slice(a.end, b.hedgeStart));
  if (b.qualifier !== 'exact' && !upTo) return null;
  const gap = text.slice(a.end, b.start);
  const dash = DASH.test(gap);
  const to = TO.test(gap) || upTo;
  const and = AND.test(gap) && BETWEEN.test(before);
  const or = OR.test(gap) && a.spelled && b.spelled;
  if (!dash && !to && !and && !or) return null;
  if (to && CHANGE.test(before) && !FROM.test(before)) return null;

  let lo = a.value;
  const hi = b.value;
  // "1000-5000" is a range of counts that starts at a year-like number; "2014 to 2017" a span of years.
  const yearLike = a.kind === 'year' && b.kind === 'count' && b.bare;
  const years = (a.kind === 'year' && !yearLike) || b.kind === 'year';
  if (years && (a.kind !== 'year' || b.kind !== 'year' || hi <= lo)) return null;
  // "by 51 percent to 44 percent" compares; a range written downwards needs its "from": "from 186 pounds to 171".
  if (to && lo > hi && !FROM.test(before)) return null;
  const unit = years ? null : sharedUnit(a, b);
  if (unit === undefined) return null;
  if (!years && a.scale === 1 && b.scale > 1 && a.base < b.base) lo = timesPowerOfTen(a.value, b.scale);
  if ((dash || or) && lo >= hi) return null;
  if (or && hi > 2 * lo + 1) return null;
  const kind = years ? 'year' : unit === null ? 'range' : b.unit !== null ? b.kind : a.kind;
  return {
    ...a,
    end: b.end,
    kind,
    qualifier: upTo ? 'exact' : a.qualifier,
    value: null,
    range: [Math.min(lo, hi), Math.max(lo, hi)],
    unit,
    bare: false,
    spelled: a.spelled && b.spelled,
  };
}

/**
 * The unit both ends share: "3 to 4 L" takes the second's, "186 pounds to 171" the first's (when the ends are
 * of a size), "$52,000 and $75,000 a year" the rate. undefined when they measure different things.
 */
function sharedUnit(a: Figure, b: Figure): string | null | undefined {
  if (a.unit === b.unit) return a.unit;
  if (a.unit === null) return a.kind === 'count' || a.kind === 'year' ? b.unit : undefined;
  if (b.unit === null) {
    const ratio = Math.abs(b.value! / a.value!);
    return b.kind === 'count' && ratio <= 10 && ratio >= 0.1 ? a.unit : undefined;
  }
  return b.unit.startsWith(`${a.unit}/`) ? b.unit : undefined;
}

/** "more than 15 and less than 35", "at most 90 and at least 30": two bounds of one interval. */
function joinBounds(text: string, a: Figure, b: Figure): Figure | null {
  if (a.value === null || b.value === null || b.hedgeStart === undefined) return null;
  if (!BOUNDS_JOIN.test(text.slice(a.end, b.hedgeStart))) return null;
  const [low, high] = LOWER.has(a.qualifier) && UPPER.has(b.qualifier) ? [a, b] : UPPER.has(a.qualifier) && LOWER.has(b.qualifier) ? [b, a] : [];
  if (!low || !high || low.value! >= high.value! || (a.unit !== b.unit && a.unit !== null && b.unit !== null)) return null;
  return {
    ...a,
    end: b.end,
    kind: a.unit ?? b.unit ? a.kind : 'range',
    value: null,
    range: [low.value!, high.value!],
    unit: a.unit ?? b.unit,
    qualifier: 'exact',
    bare: false,
  };
}
