import { kindSet } from './format.js';
import type { Region } from '../doc/document.js';
import { DAY_AND_MONTH_NAMES, HOLIDAY_NAMES } from '../lexicon/calendar.js';
import { isPossessiveS } from '../lexicon/marks.js';
import { foldName } from './fold.js';
import type { Gazetteer, KeyRange, NameMatch } from './gazetteer.js';
import { bare, CONTAINER_KINDS, isDemonym, type PlaceContext } from './context.js';
import { placeMention, type PlaceMention } from './mention.js';
import { placeCompound } from './compounds.js';
import { pairedAfterHyphen } from './hyphen-pairs.js';
import { EVIDENCE, PLACE_THRESHOLD, typeEvidence } from './evidence.js';
import { BUSINESS_WORDS, INHABITANT_NOUNS, LOCATIVES, NAME_CONNECTORS, OF_WORDS, OPENERS, ORG_HEADS, PERSON_TITLES, PLACE_NOUNS, PLACE_PREFIXES, REGION_WORDS, TITLE_WORDS } from './words.js';

const MAX_NAME_TOKENS = 7;
const MAJOR_CITY = 100_000;
/** What a county is in the gazetteer: a second-order region, or a first-order one where a country has no second. */
const COUNTY_KINDS = kindSet('admin2', 'admin1');
const STRONG_KINDS = kindSet('continent', 'country', 'admin1', 'region', 'water', 'landform');
/** Places whose name is often a modifier in a longer name ("Russia Today", "EU Battery Directive"). */
const MODIFIER_KINDS = kindSet('continent', 'country', 'region');
const ARTICLES = /^(?:al|el|ad|an|as|ar)$/;
/** An apostrophe or a possessive "'s" going on with a name ("Martha's Vineyard"): compared, not matched, once per capital. */
const isApostropheOrS = (norm: string): boolean => norm === "'" || norm === '’' || isPossessiveS(norm);
const PARTY_LETTER = /^[DRI]$/;

/**
 * Longest gazetteer names over runs of capitalised words, each judged in its context. A name grows word by
 * word through the sorted keys and stops as soon as no key starts that way.
 */
export function gazetteerNames(cx: PlaceContext): PlaceMention[] {
  const out: PlaceMention[] = [];
  const toks = cx.tokens;
  const gaz = cx.gaz;
  const range: KeyRange = { lo: 0, hi: 0, depth: 0 };
  // the last token of the name found last
  let after = -1;
  const openers = nameOpeners(cx);
  for (let q = 0; q < openers.length; q++) {
    const i = openers[q]!;
    if (i <= after) continue;
    const county = countyFirst(cx, i);
    if (county) {
      out.push(county.mention);
      after = county.last;
      continue;
    }
    const sentence = toks[i]!.sentence;
    cx.firstRange(i, range);
    let best = -1;
    let bestKey = -1;
    let commaAt = -1;
    // the entries the name before the comma and the name past it both name
    let pastComma: NameMatch[] = [];
    for (let j = i; range.lo < range.hi; ) {
      if (cx.upper(j) && gaz.isWholeKey(range)) {
        if (commaAt < 0) {
          best = j;
          bestKey = range.lo;
        } else if ((pastComma = shared(gaz, bestKey, range.lo)).length > 0) {
          best = j;
          break;
        }
      }
      const next = j + 1;
      if (next >= toks.length || next - i >= MAX_NAME_TOKENS || toks[next]!.sentence !== sentence || !cx.adjacent(j, next)) break;
      const u = toks[next]!;
      if (u.norm === '-') {
        if (!cx.joined(j, next) || !cx.joined(next, next + 1)) break;
        j = next + 1;
        gaz.narrow(range, true, cx.folded(j));
      } else if (u.norm === ',' && best === j && commaAt < 0 && next + 1 < toks.length && cx.allCaps(next + 1)) {
        // "Washington, D.C.", "Washington, DC": the name goes on past a comma to a code, as its key does ("washington dc")
        commaAt = j;
        j = next;
      } else if (cx.upper(next) || NAME_CONNECTORS.has(u.lower) || isApostropheOrS(u.norm)) {
        gaz.narrow(range, toks[j]!.end !== u.start, cx.folded(next));
        j = next;
      } else break;
    }
    if (best < 0) continue;
    const m = judge(cx, i, best, best > commaAt && commaAt >= 0 ? pastComma : gaz.matchesOf(bestKey));
    if (m) out.push(m);
    after = best;
  }
  return out;
}

/** The tokens a name may open, in order: the capitalised ones, and an Arabic article before a hyphen ("al-Qaeda"). */
function nameOpeners(cx: PlaceContext): readonly number[] {
  const hyphens = cx.hyphens();
  let articles: number[] | null = null;
  for (let q = 0; q < hyphens.length; q++) {
    const h = hyphens[q]!;
    if (h > 0 && !cx.cap(h - 1) && articleJoined(cx, h - 1)) (articles ??= []).push(h - 1);
  }
  return articles === null ? cx.capitals() : [...cx.capitals(), ...articles].sort((a, b) => a - b);
}

/**
 * The entries two keys both name: "Washington" and "Washington DC" both name the city, so "Washington, D.C." is
 * one name of it (and of nothing else), while "Paris, Texas" is a place and the region that holds it.
 */
function shared(gaz: Gazetteer, a: number, b: number): NameMatch[] {
  const first = gaz.matchesOf(a);
  return gaz.matchesOf(b).filter((m) => first.some((x) => x.index === m.index));
}

/**
 * "County Kerry", "Co. Down", "Co Clare": a county named after the word for it, as Ireland names its counties (not
 * Colorado's "Co."). The mention spans both; it is that county, a place of its kind whatever else the name is.
 */
function countyFirst(cx: PlaceContext, i: number): { mention: PlaceMention; last: number } | null {
  const toks = cx.tokens;
  const word = toks[i]!.lower;
  if ((word !== 'county' && word !== 'co' && word !== 'co.') || i + 1 >= toks.length || !cx.adjacent(i, i + 1) || !cx.cap(i + 1)) return null;
  const first = cx.gaz.prefixRange(cx.folded(i + 1));
  if (first.lo >= first.hi) return null;
  const start = toks[i]!.start;
  for (let j = Math.min(i + 3, toks.length - 1); j > i; j--) {
    // a county's name ends on a word, not on the dash of a dateline ("KENMARE, Co Kerry —")
    if (j > i + 1 && (!cx.adjacent(j - 1, j) || !cx.cap(j))) continue;
    const end = toks[j]!.end;
    const name = cx.text.slice(toks[i + 1]!.start, end);
    const isCounty = (m: NameMatch): boolean => !m.demonym && !m.abbreviation && cx.gaz.kindIn(m.index, COUNTY_KINDS);
    // "Co Cork" is the gazetteer's "County Cork", not the city of Cork
    const written = word === 'county' ? [] : cx.gaz.lookup(`County ${name}`).filter(isCounty);
    const counties = written.length > 0 ? written : cx.gaz.lookup(name).filter(isCounty);
    if (counties.length === 0) continue;
    // "County Durham" is the gazetteer's own name: the scan finds it
    if (cx.gaz.lookup(cx.text.slice(start, end)).length > 0) return null;
    const m = mention(cx, i, j, foldName(cx.text.slice(start, end)), 'mention', counties, typeEvidence(cx.typeAt(start, end)) + EVIDENCE.placeKindWord);
    m.kindHint = 'region';
    return { mention: m, last: j };
  }
  return null;
}

/** "al-", "el-": an Arabic article joined by a hyphen to the name it opens ("al-Qaeda"). */
function articleJoined(cx: PlaceContext, i: number): boolean {
  return cx.joined(i, i + 1) && cx.tokens[i + 1]!.norm === '-' && ARTICLES.test(cx.tokens[i]!.lower);
}

/** A gazetteer name at tokens i..j: a mention weighed by its evidence, or null when its context says it is no place here. */
function judge(cx: PlaceContext, i: number, j: number, matches: readonly NameMatch[]): PlaceMention | null {
  const toks = cx.tokens;
  const start = toks[i]!.start;
  const end = toks[j]!.end;
  const single = i === j;
  if (single && (OPENERS.has(toks[i]!.lower) || PLACE_PREFIXES.has(toks[i]!.lower))) return null;
  // "St", "Mt": a two-letter word names a place only as an acronym ("US", "UK"); "Sen.", "Rep." are titles
  if (single && ((cx.folded(i).length <= 2 && !cx.allCaps(i)) || PERSON_TITLES.has(bare(toks[i]!)))) return null;
  const ambiguous = cx.ambiguousCase[i] === 1;
  const acronym = single && isAcronym(cx, i);
  const key = cx.foldedSpan(i, j);
  const type = cx.typeAt(start, end);

  if (hasDemonym(matches)) {
    if (acronym && end - start < 4) return null;
    // "The Oregonian", "Mr Welsh": a people's word that names an organisation or a person here
    if (type === 'ORG' || type === 'PERSON' || titleOfWork(cx, i, j) || !(outsideNames(cx, i, j, true) || pairedAfterHyphen(cx, i))) return null;
    return contextAllows(cx, i, j, true) ? mention(cx, i, j, key, 'demonym', matches.filter(isDemonym), PLACE_THRESHOLD) : null;
  }

  let eligible = eligibleMatches(cx, matches, i, key.length, ambiguous, acronym, false);
  if (eligible.length === 0) return null;
  const modifier = someKindIn(cx.gaz, eligible, MODIFIER_KINDS);
  const outside = outsideNames(cx, i, j, modifier) || pairedAfterHyphen(cx, i);
  const seatOf = outside ? null : organisationSeat(cx, i, j);
  // "Tulsa-based": the name is a place though the tagger read the compound as a longer name
  const compound = placeCompound(cx, j);
  const free = outside || (compound !== null && !seatOf);
  // an organisation is named for its seat by the place's own name, or a county's without "County" ("Pender Circuit Court")
  if (seatOf) eligible = eligible.filter((m) => m.primary || cx.gaz.kindOf(m.index) === 'admin2');
  if (eligible.length === 0 || (!free && !seatOf) || (free && !contextAllows(cx, i, j, modifier))) return null;
  // adjacency first: the title test is rarely reached, and code first reached after optimisation deoptimises
  if (i > 0 && cx.adjacent(i - 1, i) && PERSON_TITLES.has(bare(toks[i - 1]!))) return null;
  const common = single && !cx.allCaps(i) && hasCommonWord(eligible);
  const container = regionFollows(cx, j);
  // "on March 4", "before Christmas": a month, a day or a holiday is no place unless a region follows ("March, Cambridgeshire")
  if (single && !container && (DAY_AND_MONTH_NAMES.has(toks[i]!.lower) || HOLIDAY_NAMES.has(toks[i]!.lower))) return null;
  // "Reading is…", "Mobile World Congress": a common word opening a sentence or beside a capital is no place name
  if (common && !container && (ambiguous || besideCapital(cx, i, j))) return null;
  // "Federal regulators": a major place known by the word only in another spelling (Brazil's Federal District) is no
  // evidence of a place where the tagger found an organisation, a person, or no one-word name at all
  const personOrOrg = type === 'ORG' || type === 'PERSON';
  const m = mention(cx, i, j, key, 'mention', eligible, typeEvidence(type) + nameEvidence(cx, i, j, eligible, common, ambiguous, personOrOrg || (type === null && single)));
  // "Wakefield said" after "Wakefield Holdings": a short form of an organisation's or a person's name
  m.personOrOrg = personOrOrg && cx.shortFormOfNonPlace(start, end);
  if (container) m.evidence += EVIDENCE.container;
  if (compound) {
    m.placeWords = compound;
    m.evidence += EVIDENCE.compound;
  }
  if (seatOf) {
    m.heldBy = seatOf;
    m.evidence += EVIDENCE.organisationSeat;
  }
  return m;
}

/** Whether a word of the name from token `first` to `end` is a business's. */
function business(cx: PlaceContext, first: number, end: number): boolean {
  for (let k = first; k < cx.tokens.length && cx.tokens[k]!.end <= end; k++) if (BUSINESS_WORDS.has(bare(cx.tokens[k]!))) return true;
  return false;
}

/**
 * The organisation's name that tokens i..j name the seat of: a place opening it, after nothing but a direction
 * ("Tulsa Arts Council", "North Pike Education Foundation"), or closing it after "of" ("University of
 * Georgia", "Community Foundation of Pike County"). A public body, a school or a club is named for the place it
 * serves: the place is mentioned too, though the organisation is no place. A business's name is a brand ("Bank of
 * America"). Null for any other name, or another place in the name.
 */
function organisationSeat(cx: PlaceContext, i: number, j: number): Region | null {
  const toks = cx.tokens;
  const start = toks[i]!.start;
  const end = toks[j]!.end;
  let holder: Region | null = null;
  cx.someNameAround(start, end, (b) => {
    if (b.end >= end && b.type === 'ORG' && !(b.start === start && b.end === end)) holder = b;
    return holder !== null;
  });
  if (!holder) return null;
  const org: Region = holder;
  const first = cx.tokenStartingAt(org.start);
  if (first < 0 || business(cx, first, org.end)) return null;
  let k = i - 1;
  while (k >= first && (PLACE_PREFIXES.has(toks[k]!.lower) || toks[k]!.lower === 'the')) k--;
  if (k < first) return org.end > end ? { start: org.start, end: org.end } : null;
  return org.end === end && k > first && OF_WORDS.has(toks[k]!.lower) ? { start: org.start, end: org.end } : null;
}

/** "The Oregonian reported": a people's word after a capitalised "The" and before a verb is a newspaper's name. */
export function titleOfWork(cx: PlaceContext, i: number, j: number): boolean {
  const toks = cx.tokens;
  const next = toks[j + 1];
  return i > 0 && toks[i - 1]!.norm === 'The' && cx.adjacent(i - 1, i) && !!next && (next.pos === 'VERB' || next.pos === 'AUX');
}

/** Whether token i is an acronym ("US", "UK", "NYC"); "CHARLESTON" on a line in capitals is a shouted name. */
export function isAcronym(cx: PlaceContext, i: number): boolean {
  return cx.allCaps(i) && cx.ambiguousCase[i] !== 1 && lengthWithoutPeriods(cx.tokens[i]!.norm) <= 4;
}

/**
 * What the name and the words around tokens i..j say, beside the tagger's type: the best kind of place it may
 * name, whether only another language's spelling matches, whether it is also a common word or a person's name,
 * and the words of place before and after it.
 */
export function nameEvidence(cx: PlaceContext, i: number, j: number, eligible: readonly NameMatch[], common: boolean, ambiguous: boolean, ownNameKindOnly = false): number {
  // ownNameKindOnly: the kind of place counts only from readings the name is the place's own name of
  const single = i === j;
  let kind = 0;
  let primary = false;
  let personal = false;
  for (let r = 0; r < eligible.length; r++) {
    const m = eligible[r]!;
    primary ||= m.primary;
    personal ||= m.personName;
    if (ownNameKindOnly && !m.primary) continue;
    const k = cx.gaz.kindOf(m.index);
    if (cx.gaz.kindIn(m.index, STRONG_KINDS)) kind = EVIDENCE.majorKind;
    else if (k === 'facility' || (k === 'city' && cx.gaz.populationOf(m.index) >= MAJOR_CITY) || (k === 'admin2' && m.primary && !single)) kind = Math.max(kind, EVIDENCE.majorPlace);
  }
  let e = kind;
  // no reading but another language's spelling (a name the gazetteer lacks has none at all)
  if (!primary && eligible.length > 0) e += EVIDENCE.alternateOnly;
  if (common) e += EVIDENCE.commonWord;
  const word = cx.tokens[i]!.lower;
  if (single && cx.personWords.has(word)) e += EVIDENCE.storyPerson;
  else if (single && personal) e += EVIDENCE.personWord;
  if (ambiguous) e += EVIDENCE.ambiguousCase;
  return e + contextEvidence(cx, i, j);
}

/** The words of place around tokens i..j: a locative before, a party's letter before, a title after. */
function contextEvidence(cx: PlaceContext, i: number, j: number): number {
  const toks = cx.tokens;
  const before = i > 0 && cx.adjacent(i - 1, i) && LOCATIVES.has(toks[i - 1]!.lower) ? (toks[i - 1]!.lower === 'of' ? EVIDENCE.weakLocative : EVIDENCE.locative) : designated(cx, i) ? EVIDENCE.designator : 0;
  const next = toks[j + 1];
  // "Tver Governor", not "Highways Agency": the title is no word of a longer name
  const titled = next && cx.adjacent(j, j + 1) && (cx.upper(j + 1) ? TITLE_WORDS.has(bare(next)) : INHABITANT_NOUNS.has(next.lower)) && !cx.insideOtherName(toks[i]!.start, next.end - 1);
  // one sum, reached every time: an addition first reached with a fraction after optimisation deoptimises
  return before + (titled ? EVIDENCE.titled : 0);
}

/** "D-Pleasanton", "R-Neb.": a party's letter and a hyphen, joined, before token i. */
function designated(cx: PlaceContext, i: number): boolean {
  const toks = cx.tokens;
  return i > 1 && toks[i - 1]!.norm === '-' && cx.joined(i - 2, i - 1) && cx.joined(i - 1, i) && PARTY_LETTER.test(toks[i - 2]!.norm);
}

/**
 * The matches of the name at token i that may be the place meant (isEligible), in their order. The matches are looped
 * over here and in the helpers below, not given a callback: asked of nearly every name, before they are compiled.
 */
export function eligibleMatches(cx: PlaceContext, matches: readonly NameMatch[], i: number, keyLength: number, ambiguous: boolean, acronym: boolean, tagged: boolean): NameMatch[] {
  const out: NameMatch[] = [];
  for (let k = 0; k < matches.length; k++) if (isEligible(cx, matches[k]!, i, keyLength, ambiguous, acronym, tagged)) out.push(matches[k]!);
  return out;
}

function hasDemonym(matches: readonly NameMatch[]): boolean {
  for (let k = 0; k < matches.length; k++) if (matches[k]!.demonym) return true;
  return false;
}

export function hasCommonWord(matches: readonly NameMatch[]): boolean {
  for (let k = 0; k < matches.length; k++) if (matches[k]!.commonWord) return true;
  return false;
}

/** Whether one of the matches is of one of `kinds` (a kindSet). */
export function someKindIn(gaz: Gazetteer, matches: readonly NameMatch[], kinds: number): boolean {
  for (let k = 0; k < matches.length; k++) if (gaz.kindIn(matches[k]!.index, kinds)) return true;
  return false;
}

/**
 * Whether a gazetteer match of the name at token i (its key keyLength long) may be the place meant; `tagged`: the
 * name tagger typed it a place.
 */
function isEligible(cx: PlaceContext, m: NameMatch, i: number, keyLength: number, ambiguous: boolean, acronym: boolean, tagged: boolean): boolean {
  if (m.abbreviation && !m.primary) return false;
  if (!m.primary) {
    // another language's or an old spelling ("Kiev"): only for big places, never a short or common word
    if (m.commonWord || m.personName || keyLength < 4 || (cx.allCaps(i) && !ambiguous)) return false;
    // a small place's other spelling only where the tagger read a place's name ("Tskhinval")
    if (!tagged && !isMajorEntry(cx.gaz, m.index)) return false;
  }
  return !acronym || cx.gaz.kindIn(m.index, STRONG_KINDS) || cx.gaz.populationOf(m.index) >= 1_000_000;
}

/** A country, region, sea or range, or a city of MAJOR_CITY people or more: a name other languages spell too. */
export function isMajorEntry(gaz: Gazetteer, index: number): boolean {
  return gaz.kindIn(index, STRONG_KINDS) || gaz.populationOf(index) >= MAJOR_CITY;
}

function mention(cx: PlaceContext, i: number, j: number, key: string, role: PlaceMention['role'], matches: NameMatch[], evidence: number): PlaceMention {
  const toks = cx.tokens;
  const m = placeMention(toks[i]!.start, toks[j]!.end, key, matches, role, evidence, role === 'demonym' ? 'places/demonym' : 'places/gazetteer');
  m.locative = i > 0 && cx.adjacent(i - 1, i) && (LOCATIVES.has(toks[i - 1]!.lower) || designated(cx, i));
  m.kindHint = kindHint(cx, j);
  return m;
}

/** What the word after token j says the place is: "Idlib province" a region, "Aleppo city" a city. */
function kindHint(cx: PlaceContext, j: number): PlaceMention['kindHint'] {
  const next = cx.tokens[j + 1];
  if (!next || !cx.adjacent(j, j + 1)) return null;
  if (REGION_WORDS.has(next.lower)) return 'region';
  return next.lower === 'city' || next.lower === 'town' ? 'city' : null;
}

/**
 * Places inside a person's or an organisation's name are no places ("Bank of America", "Paris Hilton"),
 * except a country or a people opening it ("Russian Defence Ministry", "U.S. Department of State").
 */
function outsideNames(cx: PlaceContext, i: number, j: number, modifier: boolean): boolean {
  const start = cx.tokens[i]!.start;
  const end = cx.tokens[j]!.end;
  const next = cx.tokens[j + 1];
  const titled = !!next && TITLE_WORDS.has(bare(next));
  return !cx.someNameAround(start, end, (b) => {
    if (b.end < end || (b.start === start && b.end === end)) return false;
    return !(b.start === start && (titled || (modifier && b.type !== 'PERSON')));
  });
}

/** Whether ", <first-order region or country>" follows token j ("Gary, Ind.", "Paris, Texas"). */
export function regionFollows(cx: PlaceContext, j: number): boolean {
  const toks = cx.tokens;
  if (toks[j + 1]?.norm !== ',' || toks[j + 1]!.start !== toks[j]!.end || !toks[j + 2] || !cx.upper(j + 2)) return false;
  for (let last = Math.min(j + 4, toks.length - 1); last >= j + 2; last--) {
    if (last > j + 2 && !cx.adjacent(last - 1, last)) continue;
    const matches = cx.gaz.lookup(cx.text.slice(toks[j + 2]!.start, toks[last]!.end));
    if (matches.some((m) => !m.demonym && cx.gaz.kindIn(m.index, CONTAINER_KINDS) && cx.gaz.kindOf(m.index) !== 'admin2')) return true;
  }
  return false;
}

/** A common word with a capitalised neighbour is part of some other name ("Mobile World Congress"). */
function besideCapital(cx: PlaceContext, i: number, j: number): boolean {
  const n = cx.tokens.length;
  return (i > 0 && cx.cap(i - 1) && cx.adjacent(i - 1, i) && !cx.ambiguousCase[i - 1]) || (j + 1 < n && cx.cap(j + 1) && cx.adjacent(j, j + 1));
}

/**
 * Whether the capitalised words around tokens i..j leave them a place name of their own: "Texas Governor"
 * and "Northern Syria" do, "Paris Hilton" and "Bank of America" do not; a country or region may also open
 * a longer name ("EU Battery Directive") when `modifier`.
 */
function contextAllows(cx: PlaceContext, i: number, j: number, modifier: boolean): boolean {
  const toks = cx.tokens;
  const left = i - 1;
  if (left >= 0 && cx.adjacent(left, i) && toks[left]!.sentence === toks[i]!.sentence) {
    const l = toks[left]!;
    if (cx.cap(left) && !(OPENERS.has(l.lower) && cx.opensSentence(left)) && !PLACE_PREFIXES.has(l.lower)) return false;
    if (OF_WORDS.has(l.lower) && left > 0 && cx.cap(left - 1) && cx.adjacent(left - 1, left)) {
      if (ORG_HEADS.has(bare(toks[left - 1]!))) return false;
    }
  }
  const right = j + 1;
  if (right < toks.length && cx.adjacent(j, right) && toks[right]!.sentence === toks[j]!.sentence) {
    const r = toks[right]!;
    if (cx.cap(right) && !TITLE_WORDS.has(bare(r)) && !PLACE_NOUNS.has(bare(r)) && !modifier && !cx.ambiguousCase[right]) return false;
  }
  return true;
}

function lengthWithoutPeriods(s: string): number {
  let n = s.length;
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) === 46) n--;
  return n;
}
