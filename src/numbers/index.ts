import type { Doc } from '../doc/document.js';
import { span, spanId } from '../doc/span.js';
import type { StageContext } from '../doc/stage-context.js';
import { isWhiteSpace } from '../doc/clean.js';
import { evidence } from '../doc/why.js';
import type { Entity, Evidence, NumericClaim, Quote } from '../schema.js';
import { Ages, ageDecades } from './age.js';
import { Claimants } from './claimant.js';
import { findCodes } from './codes.js';
import { FigureContext } from './context.js';
import { countedBy } from './counted.js';
import type { Figure } from './figure.js';
import { boundRange, hedgeAfter, hedgeBefore } from './hedges.js';
import { isIdiomaticOne } from './idioms.js';
import { modifiedUnits } from './modified-unit.js';
import { levelUnits } from './levels.js';
import { joinRanges } from './ranges.js';
import { scanAmounts } from './scan.js';
import { findTemporals, type Temporal } from './temporal.js';
import { sentenceAt } from '../doc/lookup.js';

/**
 * Numeric claims: every figure in the text with its normalised value (or range), unit, hedge, what it counts
 * and who claims it. Years and calendar dates are recognised so they are never read as counts, and listed only
 * when asked for (`ctx.dates`); clock times and labels ("Game 7", "S&P 500") are not figures.
 */
export function extractNumbers(doc: Doc, quotes: readonly Quote[], entities: readonly Entity[], ctx: Pick<StageContext, 'dates' | 'explain'>): NumericClaim[] {
  const text = doc.text;
  const temporals = findTemporals(text);
  const skip = [...temporals, ...findCodes(text)].sort((a, b) => a.start - b.start);
  const context = new FigureContext(doc, entities);
  const ages = new Ages(doc, entities);
  const figures: Figure[] = ageDecades(text);
  for (const f of scanAmounts(text, skip)) {
    if (context.isLabel(f)) continue;
    hedge(doc, f);
    if (context.isNotAFigure(f) || isIdiomaticOne(doc, f)) continue;
    if (!ages.read(f) && context.isYear(f)) f.kind = 'year';
    figures.push(f);
  }
  figures.sort((a, b) => a.start - b.start);
  levelUnits(doc, figures);
  modifiedUnits(doc, figures);
  const dates: Figure[] = temporals
    .filter((t): t is Temporal & { kind: 'date' | 'year' } => t.kind !== 'time' && ctx.dates)
    .map((t) => ({
      start: t.start, end: t.end, kind: t.kind, value: null, range: t.range ?? null, unit: null, qualifier: 'exact',
      base: 0, scale: 1, spelled: false, bare: false,
    }));
  const claimants = new Claimants(doc, quotes, entities, ctx.explain);
  return [...joinRanges(text, figures).filter((f) => (ctx.dates || f.kind !== 'year') && representable(f)), ...dates]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((f) => {
      const n: NumericClaim = {
        id: spanId('n', f.start, f.end),
        ...span(text, f.start, f.end),
        kind: f.kind,
        value: f.value,
        range: f.range,
        unit: f.unit,
        qualifier: f.qualifier,
        counts: f.kind === 'date' || f.kind === 'year' ? null : countedBy(doc, f),
        claimedBy: f.kind === 'date' || f.kind === 'year' ? null : claimants.of(f.start, f.kind === 'count' && f.unit === null),
      };
      if (ctx.explain) n.why = { rule: `numbers/${f.kind}`, evidence: hedgeEvidence(text, f) };
      return n;
    });
}

/** The words of the figure's hedge ("more than", "or more"). */
function hedgeEvidence(text: string, f: Figure): Evidence[] {
  if (f.hedgeStart !== undefined) return [evidence(text, 'hedge', f.hedgeStart, trimEnd(text, f.hedgeStart, f.start))];
  if (f.hedgeAfter === undefined) return [];
  let start = f.hedgeAfter;
  while (start < f.end && isWhiteSpace(text.charCodeAt(start))) start++;
  return [evidence(text, 'hedge', start, f.end)];
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** "1e400", "9e307 billion": a figure beyond what a double holds has no value to give. */
function representable(f: Figure): boolean {
  return finiteOrNone(f.value) && (f.range === null || (finiteOrNone(f.range[0]) && finiteOrNone(f.range[1])));
}

function finiteOrNone(v: number | null): boolean {
  return v === null || Number.isFinite(v);
}

/** Reads the hedge around a figure into its qualifier, and the interval a bound implies into its range. */
function hedge(doc: Doc, f: Figure): void {
  const sentence = doc.sentences[sentenceAt(doc, f.start)];
  const before = hedgeBefore(doc.text, f.start, sentence && sentence.start <= f.start ? sentence.start : 0);
  const after = hedgeAfter(doc.text, f.end);
  // "about 500 or more": the bound written after says more than the approximation before.
  if (after && (!before || before.qualifier === 'exact' || (before.qualifier === 'approximate' && after.qualifier !== 'approximate'))) {
    f.qualifier = after.qualifier;
    f.hedgeAfter = f.end;
    f.end = after.end;
  } else if (before && before.qualifier !== 'exact') {
    f.qualifier = before.qualifier;
    f.hedgeStart = before.start;
  }
  if (f.value !== null && !f.range && f.kind !== 'ordinal' && f.kind !== 'date') f.range = boundRange(f.qualifier, f.value);
}
