import { foldName } from './fold.js';
import type { PlaceContext } from './context.js';
import { placeMention, type PlaceMention } from './mention.js';
import { PLACE_THRESHOLD } from './evidence.js';

/** A British or Irish road's number: a motorway, an A or B road, an Irish national road ("M4", "A417", "B1249", "N71"). */
const ROAD_NUMBER = /^[ABMN][1-9]\d{0,3}$/;
/** Words of a sentence about roads, without which "A380" or "M16" is an aircraft or a rifle. */
const ROAD_TALK = new Set([
  'road', 'roads', 'motorway', 'carriageway', 'junction', 'roundabout', 'northbound', 'southbound', 'eastbound',
  'westbound', 'diversion', 'traffic', 'lane', 'lanes', 'bypass', 'slip', 'dual', 'motorists', 'drivers',
]);

/**
 * British and Irish numbered roads ("the A46 northbound carriageway", "a diversion via the A52, A6 and A606"), in a
 * sentence that talks of roads. Like streets, places the gazetteer lacks, which get the article's region.
 */
export function roadNumbers(cx: PlaceContext): PlaceMention[] {
  const out: PlaceMention[] = [];
  const toks = cx.tokens;
  let talk = -1;
  let talks = false;
  const caps = cx.capitals();
  for (let q = 0; q < caps.length; q++) {
    const i = caps[q]!;
    const t = toks[i]!;
    const second = t.norm.charCodeAt(1);
    if (second < 49 || second > 57 || !ROAD_NUMBER.test(t.norm)) continue;
    if (talk !== t.sentence) {
      talk = t.sentence;
      talks = roadTalk(cx, t.sentence);
    }
    if (!talks || cx.insideOtherName(t.start, t.end)) continue;
    out.push(placeMention(t.start, t.end, foldName(t.norm), [], 'mention', PLACE_THRESHOLD, 'places/street'));
  }
  return out;
}

function roadTalk(cx: PlaceContext, sentence: number): boolean {
  const s = cx.doc.sentences[sentence]!;
  for (let k = s.first; k < s.last; k++) if (ROAD_TALK.has(cx.tokens[k]!.lower)) return true;
  return false;
}
