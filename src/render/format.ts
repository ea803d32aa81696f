import { EVERY_INVISIBLE } from '../lexicon/marks.js';
import type { Geo, NumericClaim, Qualifier, Why } from '../schema.js';

/** Text as a reader should see it in a list or a table: invisible characters gone, whitespace runs as one space. */
export function display(s: string): string {
  return s.replace(EVERY_INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** Cuts long text at a word boundary, with an ellipsis. */
export function shorten(s: string, max = 90): string {
  const t = display(s);
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** A `why` in one line: "quotes/cue-after: cue “said”, subject “he”", with its score when it has one. */
export function whyText(w: Why): string {
  const parts = w.evidence.map((e) => `${e.role} “${shorten(e.text, 60)}”`);
  if (w.score !== undefined) parts.push(`score ${w.score}`);
  return parts.length ? `${w.rule}: ${parts.join(', ')}` : w.rule;
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

const HEDGES: Record<Qualifier, string | null> = {
  exact: null,
  approximate: 'about',
  more_than: 'more than',
  at_least: 'at least',
  less_than: 'less than',
  at_most: 'at most',
};

/** The hedge as words ("about", "more than"), or null for an exact figure. */
export function hedgeLabel(q: Qualifier): string | null {
  return HEDGES[q];
}

/** 1234567 → "1,234,567"; 3.2e9 → "3.2 billion"; decimals kept to three places. */
export function formatNumber(v: number): string {
  const abs = Math.abs(v);
  for (const [scale, word] of [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']] as const) {
    if (abs >= scale) return `${formatNumber(round(v / scale))} ${word}`;
  }
  const [int, frac] = String(round(v)).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}

function withUnit(v: number, unit: string | null): string {
  if (!unit) return formatNumber(v);
  if (unit === '%') return `${formatNumber(v)}%`;
  if (/^[A-Z]{3}$/.test(unit)) return `${unit} ${formatNumber(v)}`;
  return `${formatNumber(v)} ${unit}`;
}

/** The normalised value of a numeric claim, with its unit: "USD 3.2 billion", "15%", "2–3 million", "up to 40". */
export function formatValue(n: NumericClaim): string {
  if (n.range) {
    const [lo, hi] = n.range;
    if (lo !== null && hi !== null) return `${withUnit(lo, n.unit)}–${withUnit(hi, n.unit)}`;
    if (hi !== null) return `up to ${withUnit(hi, n.unit)}`;
    if (lo !== null) return `${withUnit(lo, n.unit)} or more`;
  }
  return n.value === null ? '—' : withUnit(n.value, n.unit);
}

/** Kinds of numbers that are claims to check, as against dates, years and ordinals. */
export function isFigure(n: NumericClaim): boolean {
  return n.kind !== 'year' && n.kind !== 'date' && n.kind !== 'ordinal';
}

const ZOOM: Record<Geo['featureKind'], number> = {
  continent: 3,
  country: 5,
  admin1: 7,
  admin2: 9,
  region: 7,
  water: 8,
  landform: 10,
  city: 12,
  facility: 16,
  other: 12,
};

export function coordinates(g: Geo): string {
  return `${g.lat.toFixed(4)}, ${g.lon.toFixed(4)}`;
}

/** An OpenStreetMap link centred on the place, zoomed to its kind. */
export function osmUrl(g: Geo): string {
  const lat = g.lat.toFixed(5);
  const lon = g.lon.toFixed(5);
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=${ZOOM[g.featureKind]}/${lat}/${lon}`;
}

/** "city in NL, population 651,446" */
export function geoLabel(g: Geo): string {
  const where = g.countryCode ? ` in ${g.countryCode}` : '';
  const pop = g.population ? `, population ${formatNumber(g.population)}` : '';
  return `${g.featureKind}${where}${pop}`;
}
