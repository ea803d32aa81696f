import { DAY_AND_MONTH_NAMES } from '../lexicon/calendar.js';
import { docWords, formAnswers } from '../entities/doc-words.js';
import { isPossessiveS } from '../lexicon/marks.js';
import { isCommonNoun, type PlaceContext } from './context.js';
import { PLACE_THRESHOLD } from './evidence.js';
import { foldName } from './fold.js';
import { placeMention, type PlaceMention } from './mention.js';
import { GEO_WORDS, ORDINAL, PERSON_TITLES, POSITION_WORDS, RESIDENT_NOUNS, TITLE_WORDS } from './words.js';

/** A village's name as the tagger may skip it: one or two capitalised words of letters. */
const NAME_WORD = /^\p{Lu}\p{Ll}{3,}$/u;
const MAX_WORDS = 2;
/** What stands between two names of a list ("Glenbrack and Ardmore"; a comma alone as often opens an apposition). */
const LIST_BEFORE = /,? (?:and|or) $/;
const LIST_AFTER = /^,? (?:and|or) /;
/** Ordinal words, which name streets and days ("between Third and Ninth streets"), not villages. */
/**
 * Words of a local body, station or meeting place a village's name opens ("Adrigole Garda station", "the Eyeries
 * community alert group", "Glenbrack national school", "Glenbrack pier").
 */
const LOCAL_BODIES = new Set([
  'garda', 'gardaí', 'community', 'parish', 'village', 'national', 'pier', 'harbour', 'gaa', 'coastguard', 'lifeboat',
  'creamery',
]);
const LOCAL_BODY_WORDS = new RegExp(`^(?:${[...LOCAL_BODIES].join('|')})(?: (?:${[...LOCAL_BODIES].join('|')}))*$`, 'i');

/**
 * Names the tagger left untyped that the words around them call places: a proper noun the gazetteer lacks after a
 * word of position ("in Eyeries", "near Glenbrack"), after "residents of", or listed beside a place already found
 * or proposed ("Tuosist and Eyeries"), or opening a local body's name ("Adrigole Garda station", "the Eyeries
 * community alert group"); or a one-word organisation of the tagger's, named once, after a word of
 * position and listed beside a place, or closing a list a word of position opens ("between Stillingfleet and Cawood",
 * "in Ballinskelligs and Derrynane"; not after "at", which takes firms). A
 * village under the gazetteer's cut reads so in a local story. They are proposed only for the article's region
 * (resolve.ts drops one the article's places put in no county or state), and never where another name, a month, a
 * title, a word of a person of the story or a word the text also writes in lower case stands.
 */
export function untaggedPlaces(cx: PlaceContext, found: PlaceMention[]): PlaceMention[] {
  const toks = cx.tokens;
  // the characters other names cover
  const taken = cleared(cx.text.length);
  for (let k = 0; k < found.length; k++) taken.fill(1, found[k]!.start, found[k]!.end);
  // a one-word organisation or a person of one or two words, named once, may be a village the tagger mistook in a
  // list ("between Glenbrack and Cawood", "in nearby Cranwick Moor and Tibbington"); a local body's name opens with
  // its village's ("Adrigole Garda")
  const mistaken = new Map<number, number>();
  for (let k = 0; k < cx.entities.length; k++) {
    const e = cx.entities[k]!;
    for (let n = 0; n < e.mentions.length; n++) {
      const m = e.mentions[n]!;
      const space = e.type === 'ORG' ? m.text.indexOf(' ') : -1;
      if (e.mentions.length === 1 && ((e.type === 'ORG' && space < 0) || (e.type === 'PERSON' && mistakenPerson(m.text)))) mistaken.set(m.start, m.end);
      else taken.fill(1, space > 0 && localBody(m.text.slice(space + 1)) ? m.start + space : m.start, m.end);
    }
  }
  let places: { starts: Set<number>; ends: Set<number> } | null = null;
  const out: PlaceMention[] = [];
  // the first token a name may open: none opens the text, none goes on one
  let from = 1;
  const caps = cx.capitals();
  for (let q = 0; q < caps.length; q++) {
    const first = caps[q]!;
    if (first < from || taken[toks[first]!.start] === 1) continue;
    const mistook = mistaken.size === 0 ? undefined : mistaken.get(toks[first]!.start);
    if (mistook === undefined && (toks[first]!.pos !== 'PROPN' || !nameWord(cx, first))) continue;
    let j = first;
    // the tagger's person is taken whole: its words are a person's of the story
    if (mistook !== undefined) while (toks[j]!.end < mistook) j++;
    else while (j + 1 < toks.length && j - first + 1 < MAX_WORDS && cx.adjacent(j, j + 1) && nameWord(cx, j + 1) && !LOCAL_BODIES.has(toks[j + 1]!.lower)) j++;
    from = j + 1;
    const start = toks[first]!.start;
    const end = toks[j]!.end;
    if (anyCovered(taken, start, end)) continue;
    const body = toks[j + 1] !== undefined && cx.adjacent(j, j + 1) && LOCAL_BODIES.has(toks[j + 1]!.lower);
    if (!body && followed(cx, j)) continue;
    const locative = positioned(cx, first);
    const prev = out[out.length - 1];
    // a name with its own evidence (a local body's word, a word of position) needs no list
    const listed = (mistook !== undefined || (!body && !locative)) && listedBeside(cx.text, (places ??= placeEdges(found)), start, end);
    if (mistook !== undefined ? !(listed && ((locative && toks[first - 1]!.lower !== 'at') || closesPlacedList(cx, found, start))) : !body && !locative && !listed && !(prev && listEndBefore(cx.text, start) === prev.end)) continue;
    // a word the text also writes in lower case is an ordinary word ("in Raids" of a headline, "the raids")
    const word = toks[first]!.lower;
    if (docWords(cx.doc).norms.includes(word) || cx.gaz.lookup(cx.text.slice(start, end)).length > 0) continue;
    const m = placeMention(start, end, foldName(cx.text.slice(start, end)), [], 'mention', PLACE_THRESHOLD, 'places/article-region');
    m.locative = locative;
    out.push(m);
  }
  return out;
}

/** One buffer for every document's covered characters, grown as needed: a new one per document showed in the profile. */
let coverBuffer = new Uint8Array(0);

/** The buffer, its first `length` bytes all 0 (no view of them: a view per document showed too). */
function cleared(length: number): Uint8Array {
  if (coverBuffer.length < length) coverBuffer = new Uint8Array(length);
  else coverBuffer.fill(0, 0, length);
  return coverBuffer;
}

/** Whether a character of start..end is covered. */
function anyCovered(taken: Uint8Array, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (taken[k] === 1) return true;
  return false;
}

/** A capitalised proper noun of letters, whose capital says it is a name, and no month, title or person's word. */
function nameWord(cx: PlaceContext, i: number): boolean {
  const tok = cx.tokens[i]!;
  // a name word has no period: its lower case is its bare word
  return tok.pos === 'PROPN' && cx.ambiguousCase[i] !== 1 && cx.cap(i) && cx.formIs(NAME_FORMS, i, nameForm) && !cx.personWords.has(tok.lower);
}

const NAME_FORMS = formAnswers();

/** A written form that may be a village's name: a name word (isNameWord), and no month, day, ordinal, title or word of place. */
function nameForm(norm: string, w: string): boolean {
  return isNameWord(norm) && !DAY_AND_MONTH_NAMES.has(w) && !(w.endsWith('s') && DAY_AND_MONTH_NAMES.has(w.slice(0, -1))) && !ORDINAL.test(w) && !PERSON_TITLES.has(w) && !TITLE_WORDS.has(w) && !GEO_WORDS.has(w);
}

/** A person of the tagger's that may be a village it mistook: one or two name words (isNameWord), one space between. */
function mistakenPerson(s: string): boolean {
  const space = s.indexOf(' ');
  if (space < 0) return isNameWord(s);
  return s.indexOf(' ', space + 1) < 0 && isNameWord(s.slice(0, space)) && isNameWord(s.slice(space + 1));
}

/** NAME_WORD's test, read off the codes for a word of ASCII letters: the regex is asked of every capitalised proper noun. */
function isNameWord(s: string): boolean {
  if (s.length < 4) return false;
  const c = s.charCodeAt(0);
  if (c >= 0x80) return NAME_WORD.test(s);
  if (c < 65 || c > 90) return false;
  for (let k = 1; k < s.length; k++) {
    const d = s.charCodeAt(k);
    if (d >= 0x80) return NAME_WORD.test(s);
    if (d < 97 || d > 122) return false;
  }
  return true;
}

/**
 * A capital, a possessive, a figure or a common noun right after the name: it is part of a longer one ("Exit 4"), or
 * qualifies a noun.
 */
function followed(cx: PlaceContext, j: number): boolean {
  const next = cx.tokens[j + 1];
  if (!next || !cx.adjacent(j, j + 1)) return false;
  return cx.cap(j + 1) || isPossessiveS(next.lower) || next.type === 'number' || isCommonNoun(next);
}

/**
 * "in Eyeries", "near Glenbrack", "at Glenbrack", "residents of Glenbrack": a word of position right before token i,
 * in lower case (a Title Case headline's "In Talks" says nothing).
 */
function positioned(cx: PlaceContext, i: number): boolean {
  const toks = cx.tokens;
  if (i < 1 || !cx.adjacent(i - 1, i) || toks[i - 1]!.norm !== toks[i - 1]!.lower) return false;
  const before = toks[i - 1]!.lower;
  return POSITION_WORDS.has(before) || before === 'at' || (before === 'of' && i >= 2 && RESIDENT_NOUNS.has(toks[i - 2]!.lower));
}

/**
 * "in Ballinskelligs and Glenbrack": the place found right before the name, "and" or "or" between, follows a word of
 * position (not "at", which takes firms), which then governs the whole list.
 */
function closesPlacedList(cx: PlaceContext, found: PlaceMention[], start: number): boolean {
  const end = listEndBefore(cx.text, start);
  const prev = end >= 0 && found.find((m) => m.role === 'mention' && m.end === end);
  if (!prev) return false;
  const k = cx.tokenStartingAt(prev.start);
  return positioned(cx, k) && cx.tokens[k - 1]!.lower !== 'at';
}

/** Whether every word of `words` is a local body's ("Garda" of "Adrigole Garda"), in any case. */
function localBody(words: string): boolean {
  return LOCAL_BODY_WORDS.test(words);
}

/** The starts and ends of the place mentions found. */
function placeEdges(found: PlaceMention[]): { starts: Set<number>; ends: Set<number> } {
  const edges = { starts: new Set<number>(), ends: new Set<number>() };
  for (let k = 0; k < found.length; k++) {
    const m = found[k]!;
    if (m.role !== 'mention') continue;
    edges.starts.add(m.start);
    edges.ends.add(m.end);
  }
  return edges;
}

/** A place already found (its mentions' starts and ends) right before or after start..end, "and" or "or" between. */
function listedBeside(text: string, places: { starts: Set<number>; ends: Set<number> }, start: number, end: number): boolean {
  if (places.ends.has(listEndBefore(text, start))) return true;
  const after = LIST_AFTER.exec(text.slice(end, end + 6));
  return after !== null && places.starts.has(end + after[0].length);
}

/** Where a name before `start` would end, "and" or "or" between ("Glenbrack and |Ardmore"); -1 when no such words stand there. */
function listEndBefore(text: string, start: number): number {
  const before = LIST_BEFORE.exec(text.slice(Math.max(0, start - 6), start));
  return before ? start - before[0].length : -1;
}
