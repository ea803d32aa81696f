import type { Region } from '../doc/document.js';
import { overlaps } from '../doc/span.js';
import type { Rule } from '../schema.js';
import { PLACE_THRESHOLD } from './evidence.js';
import type { NameMatch } from './gazetteer.js';

export interface PlaceMention {
  start: number;
  end: number;
  /** the folded surface: mentions with one key are one place in a document */
  key: string;
  /** the gazetteer entries the surface may name (empty: a place the gazetteer lacks) */
  matches: NameMatch[];
  role: 'mention' | 'dateline' | 'demonym';
  /**
   * the weight of what the words around it say (evidence.ts): from PLACE_THRESHOLD a place whatever resolution
   * finds; below it kept only if it resolves to a place the rest of the document supports
   */
  evidence: number;
  entityId: string | null;
  /** the place named right after it, after a comma, that should contain it ("Springfield, Illinois") */
  container: PlaceMention | null;
  /** preceded by a locative word ("in", "near"), or by a party's letter and a hyphen ("D-Pleasanton") */
  locative: boolean;
  /** the words joined to it that say it is a place: "-based" of "Tulsa-based", ", a hamlet" of "Foxholme, a hamlet" */
  placeWords: Region | null;
  /** a place named beside it in a list ("Ely, Eye and Diss") */
  listedWith: PlaceMention | null;
  /** the organisation's name it opens or closes as the place the organisation serves ("Tulsa Arts Council") */
  heldBy: Region | null;
  /** what the words around it say the place is: "Idlib province" a region, "Aleppo city" or a dateline a city */
  kindHint: 'region' | 'city' | null;
  /** which detector found it (its location's `why`) */
  rule: Rule;
  /** the tagger named this very span a person or an organisation: a place on its own words only, never by the article's */
  personOrOrg: boolean;
  /** a lawmaker's state after a party's letter ("D-N.J."): where a person is from, no evidence of where the story is */
  homeState: boolean;
}

/** A mention with no entity, no container, no locative word and no hint of its kind (yet). */
export function placeMention(
  start: number,
  end: number,
  key: string,
  matches: NameMatch[],
  role: PlaceMention['role'],
  evidence: number,
  rule: Rule,
): PlaceMention {
  return { start, end, key, matches, role, evidence, entityId: null, container: null, locative: false, placeWords: null, listedWith: null, heldBy: null, kindHint: null, rule, personOrOrg: false, homeState: false };
}

/** A place on its own evidence, whatever resolution finds. */
export const isStrong = (m: PlaceMention): boolean => m.evidence >= PLACE_THRESHOLD;

/** Raises the mention to a place on its own evidence (a dateline's, a container's). */
export function makeStrong(m: PlaceMention): void {
  m.evidence = Math.max(m.evidence, PLACE_THRESHOLD);
}

/** `found` without the mentions that `added` overlap, then `added`, each keeping the entity of one exactly where it is. */
export function replaceOverlapped(found: readonly PlaceMention[], added: readonly PlaceMention[]): PlaceMention[] {
  const kept = found.filter((m) => !added.some((a) => overlaps(a, m)));
  for (const a of added) {
    a.entityId ??= found.find((m) => m.start === a.start && m.end === a.end)?.entityId ?? null;
    kept.push(a);
  }
  return kept;
}
