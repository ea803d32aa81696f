import type { Doc, Token } from '../doc/document.js';
import { resized, retyped, type Named } from './named.js';
import { isOrdinaryWord, isPeopleNoun, spacedRun } from './words.js';
import { isPossessiveS } from '../lexicon/marks.js';
import { isWhiteSpace as isSpace } from '../doc/clean.js';
import { DAY_AND_MONTH_NAMES, MONTH_SHORT_FORMS } from '../lexicon/calendar.js';
import { INSTITUTION_HEADS } from '../lexicon/organisations.js';

/** Articles and prepositions inside Italian, Spanish, Portuguese and French names: "Gazzetta dello Sport", "Banco do Brasil". */
const ROMANCE = new Set(['della', 'dello', 'delle', 'degli', 'dei', 'del', 'de', 'di', 'do', 'da', 'des', 'du', 'la']);
/** Kinds of place whose name opens an institution's: "Port of Rotterdam Authority", "City of London Corporation". */
const PLACE_KINDS = new Set(['port', 'city', 'town', 'county', 'borough', 'district', 'state', 'province', 'village', 'municipality', 'isle', 'republic', 'kingdom']);
/** Words between an institution and its complement: "of", "of the", "for", "for the", "on". */
const COMPLEMENT = new Set(['of', 'for', 'on']);
/** An institution's name read back from "of" over capitalised words no name holds: at most this many. */
const MAX_HEAD_WORDS = 4;

/**
 * Organisation names the tagger cut at a connector, joined into one ORG:
 * - an institution and its complement: a name (or capitalised words no name holds) ending in an institution's
 *   head noun, then "of" (and "the") and a name, "International Committee of the Red Cross", "Ministry of
 *   Defence"; or "for" or "on" and capitalised ordinary words, "Office for National Statistics", "Commission on
 *   Human Rights" (not "the Council for Syria", "the Committee on Iran");
 * - "and" between a name (an organisation's, or a place's) that stops short on an ordinary word and ordinary words ending in an
 *   institution's head: "Suffolk Fire and Rescue Service" (not "Google and Microsoft Corp", not "Bank of England
 *   and Financial Conduct Authority", whose first name is whole);
 * - "&" between two names, unless both are people: "Procter & Gamble", "Marks & Spencer";
 * - an Italian, Spanish, Portuguese or French article or preposition between two names, one an organisation's
 *   and neither a person's: "Gazzetta dello Sport", "Banco de la Nación" (not "Rio de Janeiro", two places);
 * - a capitalised word and "of" before a name that ends (or, over capitalised heads after it, comes to end) in an
 *   institution's head: "Port of Rotterdam Authority", "City of London Corporation" (see withOpener).
 * `names` are in text order and do not overlap; the result neither.
 */
export function joinConnectors(doc: Doc, names: readonly Named[]): Named[] {
  const out: Named[] = [];
  for (let k = 0; k < names.length; k++) {
    const n = names[k]!;
    const last = out[out.length - 1];
    const joined = last ? joinPair(doc, last, n) : null;
    if (joined) out[out.length - 1] = joined;
    else {
      const ceiling = names[k + 1]?.first ?? doc.tokens.length;
      const floor = last?.last ?? 0;
      const opened = withOpener(doc, withConjunct(doc, withInstitution(doc, withHeadBeforePlace(doc, n, floor), floor), floor), floor, ceiling);
      out.push(withLocalOffice(doc, withMasthead(doc, withSubject(doc, withPossessiveHead(doc, opened, floor, ceiling), ceiling), ceiling), ceiling));
    }
  }
  return out;
}

function joinPair(doc: Doc, a: Named, b: Named): Named | null {
  const gap = b.first - a.last;
  if (gap === 1 && isPossessiveOwner(doc, a) && isInstitution(doc, b.first)) return joined(a, b);
  if (gap === 0 && b.type === 'LOC' && a.type !== 'PERSON' && isInstitution(doc, a.last - 1) && spacedRun(doc, a.last - 1, b.first)) return joined(a, b);
  if (gap < 1 || gap > 2 || !spacedRun(doc, a.last - 1, b.first)) return null;
  const first = doc.tokens[a.last]!.norm;
  const second = doc.tokens[a.last + 1]!.norm;
  if (COMPLEMENT.has(first) && (gap === 1 || second === 'the')) {
    return isInstitution(doc, a.last - 1) && a.type !== 'PERSON' && (first === 'of' || ordinaryWords(doc, b)) ? joined(a, b) : null;
  }
  if (ROMANCE.has(first) && (gap === 1 || ROMANCE.has(second)) && a.type !== 'PERSON' && b.type !== 'PERSON' && (a.type === 'ORG' || b.type === 'ORG')) return joined(a, b);
  if (gap !== 1) return null;
  if (first === '&') return a.type === 'PERSON' && b.type === 'PERSON' ? null : joined(a, b);
  const incomplete = (a.type === 'ORG' || a.type === 'LOC') && a.last - a.first >= 2 && !isInstitution(doc, a.last - 1) && isOrdinaryWord(doc.tokens[a.last - 1]!);
  return first === 'and' && incomplete && isInstitution(doc, b.last - 1) && ordinaryWords(doc, b) ? joined(a, b) : null;
}

/** Names a and b joined into one organisation's, over the connector between them. */
function joined(a: Named, b: Named): Named {
  return resized(a, a.first, b.last, a.start, b.end, 'ORG', 'entities/connector');
}

/**
 * A name (not a person's) ending in a noun for people or an officer, or opening with a saint's title, then a
 * possessive written onto it: the owner in an institution's name ("Children's" of "Children's Hospital Los Angeles",
 * "Boston Children's Hospital", "Women's College Hospital", "St. Jude's Hospital"; not "Britain's House of
 * Commons", "Carleton University's Institute for ...", "Ruiz's Clinic").
 */
function isPossessiveOwner(doc: Doc, a: Named): boolean {
  return a.type !== 'PERSON' && ownerAt(doc, a.last - 1, a.first);
}

/**
 * Token i is such an owner, with its possessive written onto it; a saint's ("St. Jude's") only in a name known to
 * open at token `first`.
 */
function ownerAt(doc: Doc, i: number, first?: number): boolean {
  const s = doc.tokens[i + 1];
  const owner = doc.tokens[i]!;
  if (!s || !isPossessiveS(s.norm) || s.start !== owner.end || !spacedRun(doc, i + 1, i + 2)) return false;
  return (isPeopleNoun(owner) && /^\p{Lu}\p{Ll}/u.test(owner.norm)) || (first !== undefined && SAINTS.has(doc.tokens[first]!.lower));
}

const SAINTS = new Set(['st.', 'st', 'saint', 'ste.']);

/**
 * The possessive owner in an institution's name (see isPossessiveOwner) and the heads around it, where the tagger
 * took one side or read the name as a place's: the capitalised heads after a name ending in the owner, up to the
 * next name (`ceiling`: "Texas Children" of "Texas Children's Hospital"); the owner before a name opening with a
 * head, after the previous name (`floor`: "College Hospital" of "Women's College Hospital"); a name that holds
 * both is an organisation, not a place or a building.
 */
function withPossessiveHead(doc: Doc, n: Named, floor: number, ceiling: number): Named {
  if (n.type === 'PERSON') return n;
  if (isPossessiveOwner(doc, n)) {
    let last = n.last + 1;
    while (last < ceiling && isInstitution(doc, last) && spacedRun(doc, last - 1, last)) last++;
    return last === n.last + 1 ? n : resized(n, n.first, last, n.start, doc.tokens[last - 1]!.end, 'ORG', 'entities/connector');
  }
  if (n.first - 2 >= floor && isInstitution(doc, n.first) && ownerAt(doc, n.first - 2)) return openedAt(doc, n, n.first - 2);
  for (let i = n.first; i + 2 < n.last; i++) if (ownerAt(doc, i, n.first) && isInstitution(doc, i + 2)) return retyped(n, 'ORG', 'entities/connector');
  return n;
}

/** No word of the name is known as a name of its own ("Rescue Service", "National Statistics"; not "Syria", "Microsoft"). */
function ordinaryWords(doc: Doc, n: Named): boolean {
  if (n.type === 'LOC') return false;
  for (let i = n.first; i < n.last; i++) if (!isOrdinaryWord(doc.tokens[i]!)) return false;
  return true;
}

/** "the Ministry of Defence" where the tagger took only "Defence": capitalised words ending in a head, "of", the name. */
function withInstitution(doc: Doc, n: Named, floor: number): Named {
  let of = n.first - 1;
  if (of >= 0 && doc.tokens[of]!.norm === 'the') of--;
  if (of < 1 || doc.tokens[of]!.norm !== 'of' || !isInstitution(doc, of - 1) || !spacedRun(doc, of - 1, n.first)) return n;
  let first = of - 1;
  while (first - 1 >= floor && of - first < MAX_HEAD_WORDS && /^\p{Lu}/u.test(doc.tokens[first - 1]!.norm) && spacedRun(doc, first - 1, first + 1)) first--;
  return openedAt(doc, n, first);
}

/**
 * "Children's Hospital Los Angeles", "Mercy Clinic Joplin" where the tagger took only the place: a place's name (not
 * on a headline's line) right after capitalised words ending in an institution's head, possessives written onto
 * them, is that institution's name, from those words (at most MAX_HEAD_WORDS, after the previous name, `floor`).
 */
function withHeadBeforePlace(doc: Doc, n: Named, floor: number): Named {
  if (n.type !== 'LOC' || n.caps || !isInstitution(doc, n.first - 1) || !spacedRun(doc, n.first - 1, n.first)) return n;
  let first = n.first - 1;
  for (;;) {
    const owner = first - 2;
    const possessive = owner >= floor && isPossessiveS(doc.tokens[first - 1]?.norm ?? '') && doc.tokens[first - 1]!.start === doc.tokens[owner]!.end;
    const word = possessive ? owner : first - 1;
    if (word < floor || n.first - word > MAX_HEAD_WORDS || !isNameWord(doc.tokens[word]!) || !spacedRun(doc, possessive ? word + 1 : word, first)) break;
    first = word;
  }
  return first === n.first - 1 ? n : openedAt(doc, n, first);
}

/** A capitalised noun, proper noun or adjective: "Children", "Mercy", "Safer" (not "The", "In"). */
export function isNameWord(t: Token): boolean {
  return /^\p{Lu}\p{Ll}/u.test(t.norm) && (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ');
}

/** The organisation's name opening at token `first`, before the name the tagger found. */
function openedAt(doc: Doc, n: Named, first: number): Named {
  return resized(n, first, n.last, doc.tokens[first]!.start, n.end, 'ORG', 'entities/connector');
}

/**
 * "the Marine and Coastguard Agency", "the Health and Social Care Board" where the tagger took only the name after
 * "and": a name (not a person's) ending in an institution's head, right after "and", one or two capitalised
 * words no name holds and "the", opens at those words (not "Police and Coastguard Agency officers",
 * with no "the": two bodies may be meant).
 */
function withConjunct(doc: Doc, n: Named, floor: number): Named {
  const and = n.first - 1;
  if (n.type === 'PERSON' || and < floor + 2 || doc.tokens[and]!.norm !== 'and' || !isInstitution(doc, n.last - 1)) return n;
  let first = and;
  while (first - 1 > floor && and - first < 2 && isCapitalisedWord(doc.tokens[first - 1]!)) first--;
  if (first === and || doc.tokens[first - 1]!.lower !== 'the' || !spacedRun(doc, first - 1, n.first)) return n;
  return openedAt(doc, n, first);
}

/**
 * "Port of Rotterdam Authority" where the tagger took "Rotterdam Authority", or only "Rotterdam": a name not a
 * person's, opening with no head noun, right after "of" and a capitalised kind of place or institution ("Port",
 * "City", "Bank"; not "State of the Union"), is the complement inside an institution's name when it ends in an institution's head noun, or capitalised heads follow
 * it up to the next name (`ceiling`): the name from that word to the head is an organisation. `floor` is where
 * the previous name ends.
 */
function withOpener(doc: Doc, n: Named, floor: number, ceiling: number): Named {
  if (n.type === 'PERSON' || n.rule === 'entities/connector') return n;
  const of = n.first - 1;
  const opener = of - 1;
  if (opener < floor || doc.tokens[of]!.norm !== 'of' || isInstitution(doc, n.first) || !spacedRun(doc, opener, n.first)) return n;
  const word = doc.tokens[opener]!;
  if (!/^\p{Lu}\p{Ll}/u.test(word.norm) || !(PLACE_KINDS.has(word.lower) || isInstitution(doc, opener))) return n;
  let last = n.last;
  while (last < ceiling && isInstitution(doc, last) && spacedRun(doc, last - 1, last)) last++;
  if (!isInstitution(doc, last - 1)) return n;
  return resized(n, opener, last, word.start, doc.tokens[last - 1]!.end, 'ORG', 'entities/connector');
}

/**
 * "the Commission on Elections", "the Select Committee on Intelligence" where the tagger took only the
 * institution: a name (not a person's) ending in an institution's head, then "on" or "for" and capitalised
 * ordinary words no name holds, up to the next name (`ceiling`), none of them a day or month ("the Board on
 * Friday", "the Council on Nov. 3").
 */
function withSubject(doc: Doc, n: Named, ceiling: number): Named {
  const on = doc.tokens[n.last];
  if (n.type === 'PERSON' || !on || (on.norm !== 'on' && on.norm !== 'for') || !isInstitution(doc, n.last - 1)) return n;
  let last = n.last + 1;
  while (last < ceiling && last - n.last <= MAX_HEAD_WORDS && isSubjectWord(doc.tokens[last]!) && spacedRun(doc, last - 1, last)) last++;
  if (last === n.last + 1 || !spacedRun(doc, n.last - 1, n.last + 1)) return n;
  return resized(n, n.first, last, n.start, doc.tokens[last - 1]!.end, 'ORG', 'entities/connector');
}

const WHEN_WORDS = new Set([...DAY_AND_MONTH_NAMES, ...MONTH_SHORT_FORMS]);

function isSubjectWord(t: Token): boolean {
  return isOrdinaryWord(t) && isCapitalisedWord(t);
}

/** A capitalised word, not in capitals, that names no day or month. */
function isCapitalisedWord(t: Token): boolean {
  return /^\p{Lu}\p{Ll}/u.test(t.norm) && !WHEN_WORDS.has(t.lower.replace(/\.$/, ''));
}

/** Nouns that end a newspaper's name after its place ("Jakarta Post"), and the words between ("Sydney Morning Herald"). */
const MASTHEAD_HEADS = new Set([
  'post', 'times', 'standard', 'herald', 'tribune', 'globe', 'journal', 'gazette', 'chronicle', 'telegraph', 'observer',
  'star', 'sun', 'mirror', 'examiner', 'inquirer', 'courier', 'bulletin', 'advertiser', 'dispatch', 'press',
]);
const MASTHEAD_WORDS = new Set(['morning', 'evening', 'sunday', 'daily', 'weekly']);

/**
 * "the Hong Kong Standard", "the Sydney Morning Herald" where the tagger took only the place ("Hong Kong",
 * "Sydney Morning"): a place's or an organisation's name, then capitalised words up to the next name (`ceiling`)
 * that end in a newspaper's head noun ("Standard", "Herald"; "Morning", "Daily" between), is a newspaper; so
 * is a place's name the tagger took with its head ("the Lagos Examiner").
 */
function withMasthead(doc: Doc, n: Named, ceiling: number): Named {
  if (n.type !== 'LOC' && n.type !== 'ORG') return n;
  if (n.type === 'LOC' && n.last - n.first >= 2 && isWordOf(doc, n.last - 1, MASTHEAD_HEADS)) return retyped(n, 'ORG', 'entities/connector');
  let last = n.last;
  while (last < ceiling && last - n.last < 2 && isWordOf(doc, last, MASTHEAD_WORDS) && spacedRun(doc, last - 1, last)) last++;
  if (last >= ceiling || !isWordOf(doc, last, MASTHEAD_HEADS) || !spacedRun(doc, last - 1, last)) return n;
  return resized(n, n.first, last + 1, n.start, doc.tokens[last]!.end, 'ORG', 'entities/connector');
}

export function isWordOf(doc: Doc, i: number, words: ReadonlySet<string>): boolean {
  const t = doc.tokens[i];
  return t !== undefined && words.has(t.lower) && /^\p{Lu}/u.test(t.norm);
}

/** Local governments named by their place: "Union County", "Jersey City", "Hempstead Township". */
const LOCAL_PLACES = new Set(['county', 'city', 'township', 'parish', 'borough']);
/** Their offices written in lower case after the place's name, word by word: "sheriff's office", "police department". */
const LOCAL_OFFICES = /^(?:sheriff['’]s (?:office|department)|police department|fire department|(?:district )?attorney['’]s office|prosecutor['’]s office|health department|coroner['’]s office|medical examiner['’]s office|school district|board of (?:supervisors|education|commissioners)|commission)\b/;

/**
 * "the Marion County sheriff's office", "the Jersey City police department": a local government's place and its
 * office written in lower case after it are one organisation, up to the next name (`ceiling`).
 */
function withLocalOffice(doc: Doc, n: Named, ceiling: number): Named {
  const last = doc.tokens[n.last - 1]!;
  if ((n.type !== 'LOC' && n.type !== 'ORG') || n.last - n.first < 2 || !LOCAL_PLACES.has(last.lower) || !isSpace(doc.text.charCodeAt(last.end))) return n;
  const office = LOCAL_OFFICES.exec(doc.text.slice(last.end + 1, last.end + 40));
  if (!office) return n;
  const end = last.end + 1 + office[0].length;
  let k = n.last;
  while (k < ceiling && doc.tokens[k]!.end <= end && doc.tokens[k]!.sentence === last.sentence) k++;
  if (doc.tokens[k - 1]!.end !== end) return n;
  return resized(n, n.first, k, n.start, end, 'ORG', 'entities/connector');
}

/** A capitalised institution head noun at token i: "Committee", "Service". */
const isInstitution = (doc: Doc, i: number): boolean => isWordOf(doc, i, INSTITUTION_HEADS);
