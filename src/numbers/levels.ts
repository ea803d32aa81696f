import type { Doc } from '../doc/document.js';
import { tokenAtOrAfter } from '../doc/lookup.js';
import type { Figure } from './figure.js';

/**
 * A level reported beside a change in a unit is in that unit: "rose 52.3 points to 4,810.2", "fell 310 points, or
 * 0.9%, to 33,560", "closed down 41.2 points at 7,512.7", "(32,104.5, down 120.4 points)", "dropped 15 degrees to 40".
 * Only a bare count in digits with no noun after it takes it ("ran 5 miles to 3 villages" counts villages), and only
 * from a measure, not a change of a share or a rate: "rose 5% to 230", "down 7 bps at 88.12" say nothing of the level's unit.
 */

/** Between the change and its level: "to", "at", after an aside that restates the change as a share (", or 0.9%,"). */
const CHANGE_TO_LEVEL = /^,?\s*(?:to|at)$/;
const RESTATED = /^,\s*or$/;
/** Between a level and the change after it: "4,577.10 up 58.06 points", "7,512.7, down 41.2 points". */
const LEVEL_THEN_CHANGE = /^,?\s*(?:up|down|off)$/;

/** What may follow a level: punctuation, "on Friday", "by noon"; a noun or adjective would be what it counts. */
const AFTER_LEVEL = new Set(['PUNCT', 'ADP', 'CCONJ', 'SCONJ', 'ADV']);

export function levelUnits(doc: Doc, figures: readonly Figure[]): void {
  const text = doc.text;
  // trimmed, so that no two runs of spaces meet in a pattern
  const between = (a: Figure, b: Figure) => text.slice(a.end, b.start).trim();
  figures.forEach((f, k) => {
    if (!isBareLevel(f)) return;
    const next = doc.tokens[tokenAtOrAfter(doc, f.end)];
    if (next && next.sentence === doc.tokens[tokenAtOrAfter(doc, f.start)]?.sentence && !AFTER_LEVEL.has(next.pos)) return;
    const before = figures[k - 1];
    const restated = figures[k - 2];
    const after = figures[k + 1];
    let change: Figure | undefined;
    if (before && CHANGE_TO_LEVEL.test(between(before, f))) {
      change = before.unit === '%' && restated && RESTATED.test(between(restated, before)) ? restated : before;
    } else if (after && LEVEL_THEN_CHANGE.test(between(f, after))) change = after;
    if (change && isMeasure(change)) {
      f.kind = 'quantity';
      f.unit = change.unit;
    }
  });
}

function isBareLevel(f: Figure): boolean {
  return f.kind === 'count' && f.unit === null && !f.spelled && !f.range && f.value !== null;
}

/** Units of a change in a share or a rate, never the level's own. */
const SHARE_CHANGES = new Set(['%', 'percentage point', 'bp']);

function isMeasure(f: Figure): boolean {
  return f.kind === 'quantity' && f.unit !== null && !SHARE_CHANGES.has(f.unit);
}
