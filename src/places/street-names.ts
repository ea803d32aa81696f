import { foldName } from './fold.js';
import { bare, bareWord, type PlaceContext } from './context.js';
import { formAnswers } from '../entities/doc-words.js';
import { placeMention, type PlaceMention } from './mention.js';
import { PLACE_THRESHOLD } from './evidence.js';
import { ROAD_WORDS, STREET_WORDS } from './words.js';

const COMPASS = /^(?:north|south|east|west|[nsew]\.?)$/i;
const ROAD_NUMBER = /^\d{1,4}$/;

/**
 * Streets and roads, which no gazetteer lists: capitalised words before a street word ("Royal Street",
 * "Dundalk Avenue West", "Albert St."), and numbered roads ("Highway 27", "Interstate 35"). They are
 * places the gazetteer lacks (no geo).
 */
export function streetNames(cx: PlaceContext): PlaceMention[] {
  const out: PlaceMention[] = [];
  const toks = cx.tokens;
  // the last token of the street found last
  let after = 0;
  const caps = cx.capitals();
  for (let q = 0; q < caps.length; q++) {
    const i = caps[q]!;
    if (i <= after) continue;
    // most capitals are no street's word: the scan stays this small, and is soon compiled
    if (!cx.formIs(STREET_FORMS, i, streetForm)) continue;
    const end = streetAt(cx, i, bare(toks[i]!), out);
    if (end >= 0) after = end;
  }
  return out;
}

const STREET_FORMS = formAnswers();

/** A street's or a road's word ("Street", "St.", "Highway"). */
function streetForm(_norm: string, lower: string): boolean {
  const word = bareWord(lower);
  return STREET_WORDS.has(word) || ROAD_WORDS.has(word);
}

/** Adds to `out` the street or road whose street word (`word`) is token i; its last token, or -1 when none is there. */
function streetAt(cx: PlaceContext, i: number, word: string, out: PlaceMention[]): number {
  const toks = cx.tokens;
  let start = -1;
  let end = i;
  if (STREET_WORDS.has(word)) {
    let k = i;
    while (k > 0 && i - k < 4 && cx.adjacent(k - 1, k) && cx.cap(k - 1) && !cx.opensAsWord(k - 1) && !STREET_WORDS.has(bare(toks[k - 1]!))) k--;
    if (k < i) start = k;
    const next = toks[i + 1];
    if (next && cx.adjacent(i, i + 1) && COMPASS.test(next.norm) && cx.cap(i + 1)) end = i + 1;
  }
  if (start < 0 && ROAD_WORDS.has(word) && toks[i + 1] && ROAD_NUMBER.test(toks[i + 1]!.norm) && cx.adjacent(i, i + 1)) {
    start = i;
    end = i + 1;
  }
  if (start < 0) return -1;
  const from = toks[start]!.start;
  const to = toks[end]!.end;
  if (cx.insideOtherName(from, to)) return -1;
  out.push(placeMention(from, to, foldName(cx.text.slice(from, to)), [], 'mention', PLACE_THRESHOLD, 'places/street'));
  return end;
}
