import { formAnswers } from '../entities/doc-words.js';
import { placeMention, type PlaceMention } from './mention.js';
import { foldName } from './fold.js';
import { PLACE_THRESHOLD } from './evidence.js';
import { bare, isCommonNoun, type PlaceContext } from './context.js';
import { isPossessiveS } from '../lexicon/marks.js';

/** Words for open land that end a landmark's name ("St Mary's Green", "Hexham Moor"). */
const LAND_WORDS = new Set([
  'field', 'fields', 'green', 'common', 'park', 'moor', 'moors', 'heath', 'meadow', 'meadows', 'marsh', 'wood', 'woods',
  'ings', 'downs', 'pasture', 'pastures',
]);
/** The same words closing a compound that names a stretch of land ("Westwood", "Northfield", "Knavesmire"). */
const LAND_COMPOUND = /^\p{Lu}\p{Ll}{2,}(?:wood|moor|field|fields|heath|marsh|mire|green)$/u;
/** The lower-case ends LAND_COMPOUND asks for, by their last letter, tried first: most words end otherwise. */
const LAND_TAILS = new Map<number, string[]>();
for (const tail of ['wood', 'moor', 'field', 'fields', 'heath', 'marsh', 'mire', 'green']) {
  const last = tail.charCodeAt(tail.length - 1);
  LAND_TAILS.set(last, [...(LAND_TAILS.get(last) ?? []), tail]);
}
const SAINT = new Set(['st', 'saint']);

/**
 * Named open spaces, which the gazetteer lacks: a saint's name in the possessive and a word for open land ("St
 * Brendan's Field", "St Mary's Green"), and the name of a town the article names on its own too before such a word or
 * a compound of one ("Hexham Moor", "Bramley Common"; not "Carter Park" or "Over Fairview" in a story of no
 * Ellis and no Over). The second reads as the town it is named for; the first gets the article's
 * region, as a street does. Never where the tagger found an organisation's name over it, nor before another
 * capital ("St Mary's Park Trust"), nor a person's the text says is one (person).
 */
export function landmarks(cx: PlaceContext, found: readonly PlaceMention[]): PlaceMention[] {
  const toks = cx.tokens;
  const caps = cx.capitals();
  const out: PlaceMention[] = [];
  // from the word for land back to the name's first word
  for (let q = 0; q < caps.length; q++) {
    const last = caps[q]!;
    if (last === 0) continue;
    if (!cx.formIs(LAND_FORMS, last, landForm)) continue;
    const lower = toks[last]!.lower;
    if (!cx.adjacent(last - 1, last) || (toks[last + 1] && cx.adjacent(last, last + 1) && cx.cap(last + 1))) continue;
    const saint = last >= 3 && isPossessiveS(toks[last - 1]!.lower);
    const i = saint ? last - 3 : last - 1;
    if (!cx.cap(i) || (saint ? !LAND_WORDS.has(lower) || !SAINT.has(bare(toks[i]!)) || !cx.adjacent(i, i + 1) || !cx.cap(i + 1) || !cx.joined(i + 1, i + 2) : !LAND_WORDS.has(lower) && !LAND_COMPOUND.test(toks[last]!.norm))) continue;
    const start = toks[i]!.start;
    const end = toks[last]!.end;
    const surface = cx.text.slice(start, end);
    const town = saint ? [] : cx.gaz.lookup(toks[i]!.norm).filter((m) => m.primary && cx.gaz.kindOf(m.index) === 'city');
    if ((!saint && (town.length === 0 || !namedAlone(found, foldName(toks[i]!.norm), start))) || cx.gaz.lookup(surface).length > 0) continue;
    if (cx.someNameAround(start, end, (b) => b.end >= end && b.type === 'ORG') || person(cx, i, start, end)) continue;
    out.push(placeMention(start, end, foldName(surface), town, 'mention', PLACE_THRESHOLD, 'places/street'));
  }
  return out;
}

const LAND_FORMS = formAnswers();

/** A word for open land, or one a compound of such a word may end with. */
function landForm(_norm: string, lower: string): boolean {
  return LAND_WORDS.has(lower) || landTail(lower);
}

function landTail(lower: string): boolean {
  const tails = LAND_TAILS.get(lower.charCodeAt(lower.length - 1));
  if (tails) for (let k = 0; k < tails.length; k++) if (lower.endsWith(tails[k]!)) return true;
  return false;
}

/** Whether a place found (`found`) has the folded name `key` on its own, elsewhere than in the landmark at `start`. */
function namedAlone(found: readonly PlaceMention[], key: string, start: number): boolean {
  return found.some((m) => m.key === key && m.start !== start);
}

/**
 * The tagger reads "Hexham Moor" as a person's name as readily as "Jackson Heath": a person only when the text says so
 * too, naming the person again ("Heath said"; not by the town's name alone, which the entity layer may have merged
 * into the person: "Bramley" of "Bramley Common") or giving a role before the name ("organiser Jackson Heath").
 */
function person(cx: PlaceContext, i: number, start: number, end: number): boolean {
  const named = cx.entities.find((e) => e.type === 'PERSON' && e.mentions.some((m) => m.start <= start && m.end >= end));
  if (!named) return false;
  const town = cx.tokens[i]!.lower;
  const again = named.mentions.some((m) => (m.start > start || m.end < end) && cx.text.slice(m.start, m.end).toLowerCase() !== town);
  const before = cx.tokens[i - 1];
  return again || (before !== undefined && cx.adjacent(i - 1, i) && isCommonNoun(before));
}
