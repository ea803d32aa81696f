import { foldName } from './fold.js';
import { EVIDENCE } from './evidence.js';
import { placeMention, type PlaceMention } from './mention.js';
import type { PlaceContext } from './context.js';
import type { NameMatch } from './gazetteer.js';

/** A party's letters before the hyphen ("D", "R", "I"; Minnesota's "DFL"). */
const PARTY = /^(?:[DRI]|DFL)$/;
/** The words of a county's name ("Grand Traverse"). */
const MAX_NAME_WORDS = 3;

/**
 * "Delegate Harold Moore, D-Hardy", "R-Monongalia": a lawmaker's home after a party's letters and a hyphen is a town
 * or, where a state's house seats its members by county, a county named without its word. The gazetteer's "<name>
 * County" entries join the name's readings, but only in a state the text names in full (a story of that state's house)
 * and where no town of that state has the name ("Plymouth" of "D-Plymouth" is the Massachusetts town, not Plymouth
 * County); a name with no reading of its own gets a mention of its own.
 * Resolution then weighs them as any reading, by the article's state and places. Only after a hyphen (`cx.hyphens()`).
 */
export function designatedCounties(cx: PlaceContext, found: PlaceMention[]): void {
  const toks = cx.tokens;
  let states: Set<number> | null = null;
  const hyphens = cx.hyphens();
  for (let q = 0; q < hyphens.length; q++) {
    const h = hyphens[q]!;
    if (h === 0 || h + 1 >= toks.length || !PARTY.test(toks[h - 1]!.norm) || !cx.joined(h - 1, h) || !cx.joined(h, h + 1) || !cx.cap(h + 1)) continue;
    let last = h + 1;
    while (last + 1 < toks.length && last - h < MAX_NAME_WORDS && cx.cap(last + 1) && cx.adjacent(last, last + 1)) last++;
    const start = toks[h + 1]!.start;
    const end = toks[last]!.end;
    const surface = cx.text.slice(start, end);
    states ??= statesNamed(cx, found);
    const counties = homeCounties(cx, surface, states);
    if (counties.length === 0) continue;
    const named = found.find((m) => m.start === start && m.end === end);
    if (named) {
      for (const c of counties) if (!named.matches.some((m) => m.index === c.index)) named.matches.push(c);
      continue;
    }
    if (found.some((m) => m.start < end && start < m.end)) continue;
    const m = placeMention(start, end, foldName(surface), counties, 'mention', EVIDENCE.designator, 'places/gazetteer');
    m.locative = true;
    m.entityId = cx.placeEntityAt(start, end);
    found.push(m);
  }
}

/** The states the text names in full (not "Pa.", nor "W.Va."), as entry numbers. */
function statesNamed(cx: PlaceContext, found: PlaceMention[]): Set<number> {
  const out = new Set<number>();
  for (const m of found) for (const x of m.matches) if (x.primary && !x.abbreviation && cx.gaz.kindOf(x.index) === 'admin1') out.add(x.index);
  return out;
}

/** The counties called "<surface> County" in a state of `states` where no town is called `surface`. */
function homeCounties(cx: PlaceContext, surface: string, states: Set<number>): NameMatch[] {
  const gaz = cx.gaz;
  const counties = gaz.lookup(`${surface} County`).filter((m) => m.primary && gaz.kindOf(m.index) === 'admin2' && states.has(gaz.place(m.index).admin1));
  if (counties.length === 0) return [];
  const townStates = new Set<number>();
  for (const m of gaz.lookup(surface)) if (gaz.kindOf(m.index) === 'city') townStates.add(gaz.place(m.index).admin1);
  return counties.filter((c) => !townStates.has(gaz.place(c.index).admin1));
}
