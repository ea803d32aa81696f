import type { Rule } from '../schema.js';
import type { NameMatch } from './gazetteer.js';

/**
 * strong: a place whatever resolution finds; weak: kept only if it resolves to a place the rest of the
 * document supports (a small town near the places named with it).
 */
export type Strength = 'strong' | 'weak';

export interface PlaceMention {
  start: number;
  end: number;
  /** the folded surface: mentions with one key are one place in a document */
  key: string;
  /** the gazetteer entries the surface may name (empty: a place the gazetteer lacks) */
  matches: NameMatch[];
  role: 'mention' | 'dateline' | 'demonym';
  strength: Strength;
  entityId: string | null;
  /** the place named right after it, after a comma, that should contain it ("Springfield, Illinois") */
  container: PlaceMention | null;
  /** preceded by a locative word ("in", "near") */
  locative: boolean;
  /** what the words around it say the place is: "Idlib province" a region, "Aleppo city" or a dateline a city */
  kindHint: 'region' | 'city' | null;
  /** which detector found it (its location's `why`) */
  rule: Rule;
}

/** A mention with no entity, no container, no locative word and no hint of its kind (yet). */
export function placeMention(
  start: number,
  end: number,
  key: string,
  matches: NameMatch[],
  role: PlaceMention['role'],
  strength: Strength,
  rule: Rule,
): PlaceMention {
  return { start, end, key, matches, role, strength, entityId: null, container: null, locative: false, kindHint: null, rule };
}
