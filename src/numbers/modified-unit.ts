import type { Doc } from '../doc/document.js';
import { tokenAtOrAfter } from '../doc/lookup.js';
import { looksLikeParticiple } from '../lexicon/participle.js';
import { type Figure, sticky } from './figure.js';
import { boundRange } from './hedges.js';
import { unitOf, WORD_UNIT } from './units.js';

/** Words that tell more or other of a unit without being one: "5 extra miles", "20 more kilometres". */
const AMOUNT_WORDS = new Set(['more', 'extra', 'additional', 'further', 'fewer', 'less']);

/**
 * A count followed by one modifier and a unit of measure measures in that unit: "238 rushing yards", "14 unanswered
 * points", "5 extra miles", "40 more kilometres" (a participle or a word of amount before the unit's name; not an
 * adjective, which describes things: "four small cups"). The figure keeps its span; units of time stay what they
 * count ("3 more years").
 */
export function modifiedUnits(doc: Doc, figures: readonly Figure[]): void {
  const tokens = doc.tokens;
  for (const f of figures) {
    if (f.kind !== 'count' || f.unit !== null || (f.range !== null && !isHedgeBound(f))) continue;
    const k = tokenAtOrAfter(doc, f.end);
    const modifier = tokens[k];
    const name = tokens[k + 1];
    if (!modifier || !name || name.sentence !== modifier.sentence || !/^[ \u00a0]$/.test(doc.text.slice(f.end, modifier.start))) continue;
    const participle = /^(?:VERB|NOUN|ADJ)$/.test(modifier.pos) && looksLikeParticiple(modifier.lower);
    const modifies = AMOUNT_WORDS.has(modifier.lower) || participle;
    if (!modifies) continue;
    const hit = sticky(WORD_UNIT, doc.text, modifier.end);
    if (!hit || modifier.end + hit[0].length !== name.end) continue;
    const def = unitOf(hit[0], false);
    if (!def || def.kind !== 'quantity') continue;
    f.unit = def.unit;
    f.kind = 'quantity';
  }
}

/** Is the figure's range only the bound its hedge implies ("more than 400": [400, null]), not one the text wrote? */
function isHedgeBound(f: Figure): boolean {
  const bound = f.value === null ? null : boundRange(f.qualifier, f.value);
  return bound !== null && f.range![0] === bound[0] && f.range![1] === bound[1];
}
