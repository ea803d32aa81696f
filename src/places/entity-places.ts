import type { Region } from '../doc/document.js';
import { firstStartingAt, tokenAtOrAfter } from '../doc/lookup.js';
import { isWhiteSpace as isSpace } from '../doc/clean.js';
import { DAY_AND_MONTH_NAMES, HOLIDAY_NAMES } from '../lexicon/calendar.js';
import { foldName } from './fold.js';
import type { NameMatch } from './gazetteer.js';
import type { Entity } from '../schema.js';
import { EVIDENCE, PLACE_THRESHOLD, typeEvidence } from './evidence.js';
import { eligibleMatches, hasCommonWord, isAcronym, nameEvidence, regionFollows, titleOfWork } from './gazetteer-names.js';
import { bare, isDemonym, type PlaceContext } from './context.js';
import { placeMention, type PlaceMention } from './mention.js';
import { isFirstName } from '../entities/words.js';
import { GEO_WORDS, LOCATIVES, OF_WORDS, ORG_HEADS, PERSON_TITLES, PLACE_KIND_WORDS, TITLE_WORDS } from './words.js';

const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC']);
/** The word of a county named in full, a place whatever name it opens ("Pike County Fiscal Court"). */
const COUNTY_WORDS = new Set(['county', 'parish']);
const COMMA = 44;
const SPACE = /\s/;
const UPPER_LETTER = /\p{Lu}/u;
const SMALL_WORD = /^\p{Ll}[\p{L}'’-]*$/u;
const bareWord = (w: string): string => w.toLowerCase().replace(/\./g, '');
/** not a short form, which counts only after a comma */
const isOwnName = (m: NameMatch): boolean => !m.abbreviation || m.primary;

/** Adds the tagger's place entities to `found`: confirming gazetteer names, or as places the gazetteer lacks. */
export function addEntityPlaces(cx: PlaceContext, found: PlaceMention[]): void {
  const byStart = found.slice().sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (let k = 0; k < byStart.length; k++) reach.push(Math.max(reach[k - 1] ?? -1, byStart[k]!.end));
  for (let q = 0; q < cx.entities.length; q++) {
    const e = cx.entities[q]!;
    const demonymType = e.type === 'NORP';
    if (!PLACE_TYPES.has(e.type) && !demonymType) continue;
    for (let n = 0; n < e.mentions.length; n++) {
      const m = e.mentions[n]!;
      if (m.kind !== 'name') continue;
      // its parts are disjoint, and entity mentions never overlap: no place added here overlaps another
      const parts = splitAtCommas(cx.text, m.start, m.end);
      for (let p = 0; p < parts.length; p++) {
        const part = parts[p]!;
        const from = firstStartingAt(byStart, part.start);
        if (claimFound(cx, byStart, from, part, e)) continue;
        const overlapping = (from < byStart.length && byStart[from]!.start < part.end) || (from > 0 && reach[from - 1]! > part.start);
        if (overlapping || insideLongerName(cx, part)) continue;
        const place = taggerPlace(cx, e, demonymType ? part : placePrefix(cx, part), demonymType);
        if (place) found.push(place);
      }
    }
  }
}

/**
 * The place a tagger's span names (`named`, of entity `e`; `demonymType`: a people's word), a gazetteer name or one
 * it lacks that reads as a place; null when it is no place here.
 */
function taggerPlace(cx: PlaceContext, e: Entity, named: Region, demonymType: boolean): PlaceMention | null {
  const surface = cx.text.slice(named.start, named.end);
  if (!UPPER_LETTER.test(surface)) return null;
  const matches = cx.gaz.lookup(surface);
  const key = foldName(surface);
  const demonyms = matches.some(isDemonym) ? matches.filter(isDemonym) : null;
  if (demonymType && (!demonyms || titleOfWork(cx, cx.tokenStartingAt(named.start), cx.tokenEndingAtOrAfter(named.end)))) return null;
  if (!demonyms && !matches.some(isOwnName) && !looksLikePlace(cx, named)) return null;
  // a one-word span that is a title stays out ("Sen."), and a holiday but before a region ("before Christmas")
  if (!SPACE.test(surface) && !demonyms && (PERSON_TITLES.has(bareWord(surface)) || holiday(cx, named, surface))) return null;
  const own = demonyms ? demonyms : ownMatches(cx, named, key.length, matches, false);
  if (own === null || (!demonyms && commonOpener(cx, named, own))) return null;
  const evidence = demonyms ? PLACE_THRESHOLD : typeEvidence(e.type) + taggerEvidence(cx, named, own);
  // a small place's other spelling ("Tskhinvali") is a candidate, though no evidence of a place
  const candidates = demonyms ? demonyms : ownMatches(cx, named, key.length, matches, true)!;
  const place = placeMention(named.start, named.end, key, candidates, demonyms ? 'demonym' : 'mention', evidence, demonyms ? 'places/demonym' : 'places/tagger');
  place.entityId = e.id;
  place.locative = hasLocative(cx, named);
  return place;
}

/** "the run-up to Christmas": a holiday's name, unless a region follows it ("Christmas, Fla."). */
function holiday(cx: PlaceContext, named: Region, surface: string): boolean {
  return HOLIDAY_NAMES.has(surface.toLowerCase()) && !regionFollows(cx, cx.tokenEndingAtOrAfter(named.end));
}

/**
 * The gazetteer entries a tagger's span may name, as the gazetteer scan would take them (with a small place's other
 * spellings when `tagged`), `keyLength` the length of its folded name; null when it spans no whole tokens.
 */
function ownMatches(cx: PlaceContext, named: Region, keyLength: number, matches: readonly NameMatch[], tagged: boolean): NameMatch[] | null {
  const i = cx.tokenStartingAt(named.start);
  if (i < 0) return null;
  const single = cx.tokens[i]!.end === named.end;
  const acronym = single && isAcronym(cx, i);
  // an eligible match is the place's own name (isOwnName)
  return eligibleMatches(cx, matches, i, keyLength, cx.ambiguousCase[i] === 1, acronym, tagged);
}

/** What the name and its context say of a tagger's place (beside its type); a name the gazetteer lacks needs its context. */
function taggerEvidence(cx: PlaceContext, named: Region, own: readonly NameMatch[]): number {
  const i = cx.tokenStartingAt(named.start);
  const j = cx.tokenEndingAtOrAfter(named.end);
  const single = i === j;
  const common = single && !cx.allCaps(i) && hasCommonWord(own);
  const evidence = nameEvidence(cx, i, j, own, common, cx.ambiguousCase[i] === 1);
  if (own.length > 0) return evidence;
  const kindWord = cx.text.slice(named.start, named.end).toLowerCase().split(/\s+/).some((w) => PLACE_KIND_WORDS.has(w.replace(/\./g, '')));
  // "the daughter of Rhonda and Gus", "told the story of Ezekiel": a first name the gazetteer has no place of is a person's
  const firstName = single && !cx.personWords.has(cx.tokens[i]!.lower) && isFirstName(cx.tokens[i]!);
  return evidence + EVIDENCE.unknown + (kindWord ? EVIDENCE.placeKindWord : 0) + (firstName ? EVIDENCE.personWord : 0);
}

/** "Reading is…": one common word whose capital only opens the sentence or a headline is no name, whatever the tagger says. */
function commonOpener(cx: PlaceContext, named: Region, own: readonly NameMatch[]): boolean {
  const i = cx.tokenStartingAt(named.start);
  return cx.tokens[i]!.end === named.end && cx.ambiguousCase[i] === 1 && !cx.allCaps(i) && hasCommonWord(own) && !regionFollows(cx, i);
}

function hasLocative(cx: PlaceContext, named: Region): boolean {
  const i = cx.tokenStartingAt(named.start);
  return i > 0 && cx.adjacent(i - 1, i) && LOCATIVES.has(cx.tokens[i - 1]!.lower);
}

/**
 * The place a tagger's span opens with, when the whole span is no gazetteer name but its first words are, and
 * a title follows them or they name a county in full ("Pike County Sheriff", "Pike County Detention Center" →
 * "Pike County"); else the span itself.
 */
function placePrefix(cx: PlaceContext, part: Region): Region {
  if (cx.gaz.lookup(cx.text.slice(part.start, part.end)).length > 0) return part;
  const toks = cx.tokens;
  const first = tokenAtOrAfter(cx.doc, part.start);
  if (first === toks.length) return part;
  const last = cx.tokenEndingAtOrAfter(part.end);
  // the longest opening words that name a place, kept only when a title follows them
  for (let j = (last === toks.length ? -1 : last) - 1; j >= first; j--) {
    const matches = cx.gaz.lookup(cx.text.slice(part.start, toks[j]!.end));
    if (!matches.some((m) => !m.demonym && !m.abbreviation)) continue;
    return TITLE_WORDS.has(bare(toks[j + 1]!)) || COUNTY_WORDS.has(bare(toks[j]!)) ? { start: part.start, end: toks[j]!.end } : part;
  }
  return part;
}

/** "Bank of America": a span right after "<Organisation word> of" belongs to that organisation's name. */
function insideLongerName(cx: PlaceContext, part: Region): boolean {
  const i = cx.tokenStartingAt(part.start);
  if (i < 2) return false;
  const of = cx.tokens[i - 1]!;
  if (!OF_WORDS.has(of.lower) || !cx.cap(i - 2) || !cx.adjacent(i - 2, i - 1) || !cx.adjacent(i - 1, i)) return false;
  return ORG_HEADS.has(bare(cx.tokens[i - 2]!));
}

/** Whether a tagger's span the gazetteer lacks still reads as a place's name ("Royal Street", not "State Board"). */
function looksLikePlace(cx: PlaceContext, part: Region): boolean {
  const words = cx.text.slice(part.start, part.end).split(/\s+/);
  if (!words.some((w) => /^\p{Lu}/u.test(w))) return false;
  if (words.length === 1 && (words[0]!.length < 4 || GEO_WORDS.has(words[0]!.toLowerCase()) || DAY_AND_MONTH_NAMES.has(words[0]!.toLowerCase()))) return false;
  return !words.some((w) => TITLE_WORDS.has(w.toLowerCase().replace(/[.’']s?$/g, '')));
}

/** A tagger's span cut at its commas, each piece without the spaces, the "the" and the small words around it. */
function splitAtCommas(text: string, start: number, end: number): Region[] {
  const out: Region[] = [];
  for (let from = start; from < end; ) {
    let to = from;
    while (to < end && text.charCodeAt(to) !== COMMA) to++;
    let a = from;
    let b = to;
    from = to + 1;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (opensWithThe(text, a, b)) a += 4;
    // "Mbarka village of" → "Mbarka": a name neither opens nor ends with a small word
    b = a + withoutSmallWords(text.slice(a, b));
    if (b > a) out.push({ start: a, end: b });
  }
  return out;
}

/** The length of `name` without the lower-case words, each after a space, that end it, if something is left before them. */
function withoutSmallWords(name: string): number {
  const n = name.length;
  if (n === 0 || isSpace(name.charCodeAt(n - 1))) return n;
  // words from the last: [start, end)
  let end = n;
  for (let dropped = 0; ; dropped++) {
    let start = end;
    while (start > 0 && !isSpace(name.charCodeAt(start - 1))) start--;
    if (!SMALL_WORD.test(name.slice(start, end))) return dropped === 0 ? n : end;
    let before = start;
    while (before > 0 && isSpace(name.charCodeAt(before - 1))) before--;
    // every word is small: the first is kept when the name opens with it
    if (before === 0) return start === 0 && dropped > 0 ? end : n;
    end = before;
  }
}

/** Whether text[a, b) opens with "the" and a space, in any case. */
function opensWithThe(text: string, a: number, b: number): boolean {
  return b - a >= 4 && (text.charCodeAt(a) | 0x20) === 116 && (text.charCodeAt(a + 1) | 0x20) === 104 && (text.charCodeAt(a + 2) | 0x20) === 101 && isSpace(text.charCodeAt(a + 3));
}

/**
 * Marks the gazetteer's names that lie in a tagger's place span: the one exactly on it (its type counted once in
 * its evidence, unless the tagger says demonym), else all of them. Whether there was any. `from`: the first of
 * byStart at or after the span.
 */
function claimFound(cx: PlaceContext, byStart: PlaceMention[], from: number, part: Region, e: Entity): boolean {
  let inside = 0;
  for (let k = from; k < byStart.length && byStart[k]!.start < part.end; k++) {
    const x = byStart[k]!;
    if (x.end > part.end) continue;
    inside++;
    if (x.start === part.start && x.end === part.end) {
      x.entityId ??= e.id;
      // the gazetteer scan weighed the type of a name exactly there; "the Netherlands" it read without the tagger
      if (e.type !== 'NORP' && cx.typeAt(x.start, x.end) === null) x.evidence += typeEvidence(e.type) - typeEvidence(null);
      if (x.rule === 'places/gazetteer') x.rule = 'places/tagger';
      return true;
    }
  }
  if (inside === 0) return false;
  for (let k = from; k < byStart.length && byStart[k]!.start < part.end; k++) if (byStart[k]!.end <= part.end) byStart[k]!.entityId ??= e.id;
  return true;
}
