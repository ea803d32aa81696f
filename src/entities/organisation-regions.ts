import type { Region } from '../doc/document.js';
import { overlaps } from '../doc/span.js';
import { nameMention, type NameMention } from './merge.js';

/**
 * Spans the text's layout shows are organisations' names (a dateline's credit, a results table's side, a press
 * digest's title), each with its cue (`entities/type-evidence`), in place of every mention over them, in text order.
 */
export function withOrganisationRegions(mentions: NameMention[], regions: ReadonlyArray<Region & { typedBy: Region }>, caps: boolean): NameMention[] {
  const out = mentions.filter((m) => !regions.some((r) => overlaps(m, r)));
  for (const r of regions) out.push(nameMention({ start: r.start, end: r.end, type: 'ORG', caps, dateline: false, rule: 'entities/type-evidence', title: null, typedBy: r.typedBy }));
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
