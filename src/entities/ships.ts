import type { Doc } from '../doc/document.js';
import { retypedMention, type NameMention } from './merge.js';
import { SHIP_PREFIXES } from './types.js';

/**
 * The ships the story names with their prefix ("the USS Kestrel", a MISC: see refineType), by their names without it
 * ("Kestrel"), each with its prefixed mention; null where it names none.
 */
export function shipsNamed(doc: Doc, mentions: readonly NameMention[]): Map<string, NameMention> | null {
  let ships: Map<string, NameMention> | null = null;
  for (const m of mentions) {
    if (m.type !== 'MISC') continue;
    const space = doc.text.indexOf(' ', m.start);
    if (space < 0 || space >= m.end || !SHIP_PREFIXES.has(doc.text.slice(m.start, space).toLowerCase())) continue;
    ships ??= new Map();
    const name = doc.text.slice(space + 1, m.end);
    if (!ships.has(name)) ships.set(name, m);
  }
  return ships;
}

/**
 * A ship's name written without its prefix ("Kestrel carries 40 aircraft") is the ship: the mention (not a MISC: the
 * caller asks) takes the MISC type, the prefixed name its cue; else null.
 */
export function shipMention(doc: Doc, m: NameMention, ships: ReadonlyMap<string, NameMention>): NameMention | null {
  const ship = ships.get(doc.text.slice(m.start, m.end));
  return ship ? retypedMention(m, 'MISC', 'entities/type-evidence', { start: ship.start, end: ship.end }) : null;
}
