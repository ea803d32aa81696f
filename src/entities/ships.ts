import type { Doc } from '../doc/document.js';
import { retypedMention, type NameMention } from './merge.js';
import { SHIP_PREFIXES } from './types.js';

/**
 * A ship named with its prefix ("the USS Kestrel", a MISC: see refineType) is the ship wherever the story names it
 * without ("Kestrel carries 40 aircraft"): each such mention takes the MISC type, the prefixed name its cue.
 */
export function withShipNames(doc: Doc, mentions: NameMention[]): NameMention[] {
  let ships: Map<string, NameMention> | null = null;
  for (const m of mentions) {
    if (m.type !== 'MISC') continue;
    const space = doc.text.indexOf(' ', m.start);
    if (space < 0 || space >= m.end || !SHIP_PREFIXES.has(doc.text.slice(m.start, space).toLowerCase())) continue;
    ships ??= new Map();
    const name = doc.text.slice(space + 1, m.end);
    if (!ships.has(name)) ships.set(name, m);
  }
  if (!ships) return mentions;
  return mentions.map((m) => {
    const ship = m.type === 'MISC' ? undefined : ships.get(doc.text.slice(m.start, m.end));
    return ship ? retypedMention(m, 'MISC', 'entities/type-evidence', { start: ship.start, end: ship.end }) : m;
  });
}
