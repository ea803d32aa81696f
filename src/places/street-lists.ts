import type { PlaceContext } from './context.js';
import { tokensOf } from '../entities/doc-words.js';
import { itemBefore } from './list-items.js';
import { foldName } from './fold.js';
import { PLACE_THRESHOLD } from './evidence.js';
import { placeMention, replaceOverlapped, type PlaceMention } from './mention.js';
import { ORDINAL } from './words.js';

/** The plural of a street's word, and the word one street of the list is named with. */
const STREET_PLURALS = new Map([
  ['streets', 'street'],
  ['avenues', 'avenue'],
  ['roads', 'road'],
  ['boulevards', 'boulevard'],
  ['lanes', 'lane'],
  ['drives', 'drive'],
]);
const PLURALS: ReadonlySet<string> = new Set(STREET_PLURALS.keys());
/** The words of one street's name ("Martin Luther King"). */
const MAX_NAME_WORDS = 3;

/**
 * "the corner of Maple and Greer streets", "down Elm and Oak avenues": the names of a list of two or more that
 * the plural of a street's word closes are streets, each keyed as its name with that word ("state street", so a
 * "Maple Street" elsewhere is the same place), with the plural as its place words, in place of what the scan or the
 * tagger read there (a town called Greer, a common word); not a numbered street ("Third and Ninth streets").
 * Returns `found` without the mentions the streets replace, with the streets added.
 */
export function streetLists(cx: PlaceContext, found: PlaceMention[]): PlaceMention[] {
  const toks = cx.tokens;
  const streets: PlaceMention[] = [];
  // the plurals found by the document's words, then only those written in lower case
  const plurals = tokensOf(cx.doc, PLURALS);
  for (let q = 0; q < plurals.length; q++) {
    const k = plurals[q]!;
    const word = STREET_PLURALS.get(toks[k]!.norm);
    if (k === 0 || !word || !cx.cap(k - 1) || !cx.adjacent(k - 1, k)) continue;
    const plural = { start: toks[k]!.start, end: toks[k]!.end };
    const list: PlaceMention[] = [];
    let names = 0;
    // from the last name of the list back to its first
    for (let last = k - 1; last >= 0 && cx.cap(last); ) {
      let first = last;
      while (first > 0 && last - first + 1 < MAX_NAME_WORDS && !cx.opensSentence(first) && cx.cap(first - 1) && cx.adjacent(first - 1, first) && !cx.opensAsWord(first - 1)) first--;
      if (cx.opensAsWord(first)) break;
      const start = toks[first]!.start;
      const end = toks[last]!.end;
      names++;
      // a numbered street ("Third and Ninth streets") is an address, not a place's name
      if (first !== last || !ORDINAL.test(toks[first]!.lower)) {
        const street = placeMention(start, end, foldName(`${cx.text.slice(start, end)} ${word}`), [], 'mention', PLACE_THRESHOLD, 'places/street');
        street.placeWords = plural;
        list.push(street);
      }
      const before = itemBefore(cx, first);
      if (before < 0) break;
      last = before;
    }
    if (names > 1) streets.push(...list);
  }
  return streets.length === 0 ? found : replaceOverlapped(found, streets);
}
