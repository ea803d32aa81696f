import { kindSet } from './format.js';
import { ROLE_NOUNS } from '../lexicon/roles.js';
import type { PlaceContext } from './context.js';
import { someKindIn } from './gazetteer-names.js';
import type { PlaceMention } from './mention.js';

/** The kind of place that seats an institution: a building, one of the gazetteer's sites. */
const SEAT_KINDS = kindSet('facility');
/** Words for the people of an institution that ROLE_NOUNS, a list of offices, lacks. */
const STAFF_WORDS = new Set(['staff', 'staffer', 'source', 'insider', 'counsel', 'spokesmen', 'spokeswomen']);
/** What an institution says or does as its people do ("The White House declined to comment"). */
const ACTING_VERBS = new Set([
  'said', 'says', 'told', 'announced', 'announces', 'declined', 'declines', 'confirmed', 'confirms', 'denied', 'denies', 'refused', 'warned', 'insisted',
]);

/**
 * "White House aides", "a Kremlin spokesman", "The White House declined": a building that seats an institution (one
 * of the gazetteer's sites, whatever town shares its name) right before a word for the institution's people or a verb of what it
 * says or does names the institution, not the building, and is no place there; "a dinner at the White House" is.
 */
export function seatMention(cx: PlaceContext, m: PlaceMention): boolean {
  if (m.role !== 'mention' || !someKindIn(cx.gaz, m.matches, SEAT_KINDS)) return false;
  const j = cx.tokenEndingAtOrAfter(m.end);
  const next = cx.tokens[j + 1];
  if (!next || !cx.adjacent(j, j + 1)) return false;
  const w = next.lower;
  return ROLE_NOUNS.has(w) || STAFF_WORDS.has(w) || (w.endsWith('s') && (ROLE_NOUNS.has(w.slice(0, -1)) || STAFF_WORDS.has(w.slice(0, -1)))) || ACTING_VERBS.has(w);
}

/** Kinds of place no organisation is seated in, whatever it is named for. */
const NO_SEAT_KINDS = kindSet('continent');

/**
 * "Council of Europe", "Grand Mall of Africa": a name that opens or closes an organisation's name as its seat (heldBy) is
 * no place there when the gazetteer knows it as a continent: an organisation is seated in a town, a county, a state or
 * a country (or serves a region: "Gulf Water Technology Forum"), and is only named after a continent.
 */
export function unseated(cx: PlaceContext, m: PlaceMention): boolean {
  return m.heldBy !== null && someKindIn(cx.gaz, m.matches, NO_SEAT_KINDS);
}
