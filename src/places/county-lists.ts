import type { PlaceContext } from './context.js';
import { writesAnyOf } from '../entities/doc-words.js';
import { itemBefore } from './list-items.js';
import { EVIDENCE } from './evidence.js';
import { foldName } from './fold.js';
import { placeMention, replaceOverlapped, type PlaceMention } from './mention.js';

/** The plural of a county's word, and the word the gazetteer writes after each county's name. */
const COUNTY_PLURALS = new Map([
  ['counties', 'County'],
  ['parishes', 'Parish'],
]);
/** COUNTY_PLURALS's words: a document without one has no list to read. */
const PLURAL_WORDS: ReadonlySet<string> = new Set(COUNTY_PLURALS.keys());
/** The words of one county's name ("Blue Earth"). */
const MAX_NAME_WORDS = 3;

/**
 * "Pike and Lowndes counties", "Brazos, Burleson and Milam counties": the names of a list that the plural of a
 * county's word closes are counties, each read as the gazetteer's "<name> County" (a mention keyed so, with the
 * plural as its place words), in place of what the scan or the tagger read there ("Camden" the city, "Swift" a
 * common word). A name the gazetteer has no such county for ends the list. Returns `found` without the mentions the
 * counties replace, with the counties added.
 */
export function countyLists(cx: PlaceContext, found: PlaceMention[]): PlaceMention[] {
  return writesAnyOf(cx.doc, PLURAL_WORDS) ? listedCounties(cx, found) : found;
}

function listedCounties(cx: PlaceContext, found: PlaceMention[]): PlaceMention[] {
  const toks = cx.tokens;
  const counties: PlaceMention[] = [];
  for (let k = 1; k < toks.length; k++) {
    const word = COUNTY_PLURALS.get(toks[k]!.lower);
    if (!word || !cx.cap(k - 1) || !cx.adjacent(k - 1, k)) continue;
    const plural = { start: toks[k]!.start, end: toks[k]!.end };
    // from the last name of the list back to its first
    for (let last = k - 1; last >= 0 && cx.cap(last); ) {
      // the longest name of up to MAX_NAME_WORDS words that the gazetteer has a county of
      let county: PlaceMention | null = null;
      let first = last;
      for (let f = last; f >= 0 && last - f < MAX_NAME_WORDS && cx.cap(f) && (f === last || cx.adjacent(f, f + 1)); f--) {
        const named = countyNamed(cx, f, last, word);
        if (named) [county, first] = [named, f];
        if (cx.opensSentence(f)) break;
      }
      if (!county) break;
      county.placeWords = plural;
      counties.push(county);
      const before = itemBefore(cx, first);
      if (before < 0) break;
      last = before;
    }
  }
  return counties.length === 0 ? found : replaceOverlapped(found, counties);
}

/** A mention of the county the tokens first..last name with `word` after them, or null when the gazetteer has none. */
function countyNamed(cx: PlaceContext, first: number, last: number, word: string): PlaceMention | null {
  const start = cx.tokens[first]!.start;
  const end = cx.tokens[last]!.end;
  const name = `${cx.text.slice(start, end)} ${word}`;
  const matches = cx.gaz.lookup(name).filter((m) => m.primary && cx.gaz.kindOf(m.index) === 'admin2');
  if (matches.length === 0) return null;
  const m = placeMention(start, end, foldName(name), matches.slice(), 'mention', EVIDENCE.placeKindWord, 'places/gazetteer');
  m.kindHint = 'region';
  return m;
}
