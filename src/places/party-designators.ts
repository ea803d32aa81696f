import { foldName } from './fold.js';
import { EVIDENCE } from './evidence.js';
import { placeMention, replaceOverlapped, type PlaceMention } from './mention.js';
import type { PlaceContext } from './context.js';

/** A party's letters before the hyphen ("D", "R", "I"; Minnesota's "DFL"). */
const PARTY = /^(?:[DRI]|DFL)$/;
/** The letters and periods of a state's short form. */
const SHORT_FORM_CHAR = /[A-Za-z.]/;

/**
 * "Sen. Ann Dorsey, D-Vt.", "Rep. Carl Mendez, D-N.J.", "(R-TX)": a state's short form after a party's letters and a
 * hyphen, read whole with its periods, which the tokens split ("N", ".", "J."), as the state the lawmaker represents:
 * a place of the story, but no evidence of where the story is (`homeState`).
 * Returns `found` without the mentions it replaces ("Mich" of "D-Mich."), with the states added.
 */
export function designatedStates(cx: PlaceContext, found: PlaceMention[]): PlaceMention[] {
  const toks = cx.tokens;
  const text = cx.text;
  const states: PlaceMention[] = [];
  const hyphens = cx.hyphens();
  for (let q = 0; q < hyphens.length; q++) {
    const h = hyphens[q]!;
    if (h === 0 || h + 1 >= toks.length || !PARTY.test(toks[h - 1]!.norm) || !cx.joined(h - 1, h) || !cx.joined(h, h + 1) || !cx.upper(h + 1)) continue;
    const start = toks[h + 1]!.start;
    let end = start;
    while (end < text.length && SHORT_FORM_CHAR.test(text[end]!)) end++;
    const surface = text.slice(start, end);
    const matches = cx.gaz.lookup(surface).filter((m) => cx.gaz.kindOf(m.index) === 'admin1');
    if (matches.length === 0) continue;
    // "R-Texas": the scan's name is already whole
    const whole = found.find((m) => m.start === start && m.end === end);
    if (whole) {
      whole.homeState = true;
      continue;
    }
    const m = placeMention(start, end, foldName(surface), matches.slice(), 'mention', EVIDENCE.designator, 'places/abbreviation');
    m.locative = true;
    m.homeState = true;
    m.entityId = cx.placeEntityAt(start, end);
    states.push(m);
  }
  return states.length === 0 ? found : replaceOverlapped(found, states);
}
