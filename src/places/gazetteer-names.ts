import { foldName } from './fold.js';
import type { KeyRange, NameMatch } from './gazetteer.js';
import { bare, CONTAINER_KINDS, isDemonym, type PlaceContext } from './context.js';
import { placeMention, type PlaceMention, type Strength } from './mention.js';
import { LOCATIVES, NAME_CONNECTORS, OF_WORDS, OPENERS, ORG_HEADS, PERSON_TITLES, PLACE_NOUNS, PLACE_PREFIXES, REGION_WORDS, TITLE_WORDS } from './words.js';

const MAX_NAME_TOKENS = 7;
const MAJOR_CITY = 100_000;
const STRONG_KINDS = new Set(['continent', 'country', 'admin1', 'region', 'water', 'landform']);
/** Places whose name is often a modifier in a longer name ("Russia Today", "EU Aviation Strategy"). */
const MODIFIER_KINDS = new Set(['continent', 'country', 'region']);
const ARTICLES = /^(?:al|el|ad|an|as|ar)$/;
const APOSTROPHE_S = /^['’]s?$/;

/**
 * Longest gazetteer names over runs of capitalised words, each judged in its context. A name grows word by
 * word through the sorted keys and stops as soon as no key starts that way.
 */
export function gazetteerNames(cx: PlaceContext): PlaceMention[] {
  const out: PlaceMention[] = [];
  const toks = cx.tokens;
  const gaz = cx.gaz;
  const range: KeyRange = { lo: 0, hi: 0, depth: 0 };
  for (let i = 0; i < toks.length; i++) {
    if (!cx.cap(i) && !articleJoined(cx, i)) continue;
    const sentence = toks[i]!.sentence;
    Object.assign(range, gaz.prefixRange(cx.folded(i)));
    let best = -1;
    let bestKey = -1;
    for (let j = i; range.lo < range.hi; ) {
      if (cx.upper(j) && gaz.isWholeKey(range)) {
        best = j;
        bestKey = range.lo;
      }
      const next = j + 1;
      if (next >= toks.length || next - i >= MAX_NAME_TOKENS || toks[next]!.sentence !== sentence || !cx.adjacent(j, next)) break;
      const u = toks[next]!;
      if (u.norm === '-') {
        if (!cx.joined(j, next) || !cx.joined(next, next + 1)) break;
        j = next + 1;
        gaz.narrow(range, true, cx.folded(j));
      } else if (cx.upper(next) || NAME_CONNECTORS.has(u.lower) || APOSTROPHE_S.test(u.norm)) {
        gaz.narrow(range, toks[j]!.end !== u.start, cx.folded(next));
        j = next;
      } else break;
    }
    if (best < 0) continue;
    const m = judge(cx, i, best, gaz.matchesOf(bestKey));
    if (m) out.push(m);
    i = best;
  }
  return out;
}

/** "al-", "el-": an Arabic article joined by a hyphen to the name it opens ("al-Qaeda"). */
function articleJoined(cx: PlaceContext, i: number): boolean {
  return cx.tokens[i + 1]?.norm === '-' && ARTICLES.test(cx.tokens[i]!.lower) && cx.joined(i, i + 1);
}

/** A gazetteer name at tokens i..j: a mention, or null when its context says it is no place here. */
function judge(cx: PlaceContext, i: number, j: number, matches: readonly NameMatch[]): PlaceMention | null {
  const toks = cx.tokens;
  const start = toks[i]!.start;
  const end = toks[j]!.end;
  const single = i === j;
  if (single && (OPENERS.has(toks[i]!.lower) || PLACE_PREFIXES.has(toks[i]!.lower))) return null;
  // "St", "Mt": a two-letter word names a place only as an acronym ("US", "UK"); "Sen.", "Rep." are titles
  if (single && ((cx.folded(i).length <= 2 && !cx.allCaps(i)) || PERSON_TITLES.has(bare(toks[i]!)))) return null;
  const ambiguous = cx.ambiguousCase[i] === 1;
  // "US", "UK", "NYC": a short word in capitals is an acronym; "CHARLESTON" is a shouted name
  const acronym = single && cx.allCaps(i) && !ambiguous && lengthWithoutPeriods(toks[i]!.norm) <= 4;
  const key = foldName(cx.text.slice(start, end));

  if (matches.some(isDemonym)) {
    if (acronym && end - start < 4) return null;
    if (!outsideNames(cx, i, j, true)) return null;
    return contextAllows(cx, i, j, true) ? mention(cx, i, j, key, 'demonym', matches.filter(isDemonym), 'strong') : null;
  }

  const eligible: NameMatch[] = [];
  let major = false;
  let modifier = false;
  let common = false;
  let personal = false;
  for (const m of matches) {
    if (!isEligible(cx, m, i, key.length, ambiguous, acronym)) continue;
    eligible.push(m);
    const kind = cx.gaz.kindOf(m.index);
    if (STRONG_KINDS.has(kind) || kind === 'facility' || (kind === 'city' && cx.gaz.populationOf(m.index) >= MAJOR_CITY) || (kind === 'admin2' && m.primary && !single)) major = true;
    if (MODIFIER_KINDS.has(kind)) modifier = true;
    common ||= m.commonWord;
    personal ||= m.personName;
  }
  if (eligible.length === 0 || !outsideNames(cx, i, j, modifier) || !contextAllows(cx, i, j, modifier)) return null;

  common &&= single && !cx.allCaps(i);
  personal = single && (personal || cx.personWords.has(toks[i]!.lower));
  if (i > 0 && PERSON_TITLES.has(bare(toks[i - 1]!)) && cx.adjacent(i - 1, i)) return null;
  // "Gary, Ind.": a region after a comma vouches for any name
  if (regionFollows(cx, j)) return mention(cx, i, j, key, 'mention', eligible, 'strong');
  if (common && (ambiguous || besideCapital(cx, i, j))) return null;
  if (major) {
    const doubtful = personal && (ambiguous || cx.personWords.has(toks[i]!.lower));
    return mention(cx, i, j, key, 'mention', eligible, doubtful ? 'weak' : 'strong');
  }
  if (common || personal) return null;
  const m = mention(cx, i, j, key, 'mention', eligible, 'weak');
  // "in Maryville": a known place name after a locative word needs no other support
  if (m.locative && !ambiguous) m.strength = 'strong';
  return m;
}

/** Whether a gazetteer match of the name at token i (its key keyLength long) may be the place meant. */
function isEligible(cx: PlaceContext, m: NameMatch, i: number, keyLength: number, ambiguous: boolean, acronym: boolean): boolean {
  if (m.abbreviation && !m.primary) return false;
  const kind = cx.gaz.kindOf(m.index);
  const population = cx.gaz.populationOf(m.index);
  if (!m.primary) {
    // another language's or an old spelling ("Kiev"): only for big places, never a short or common word
    if (m.commonWord || m.personName || keyLength < 4 || (cx.allCaps(i) && !ambiguous)) return false;
    if (!(STRONG_KINDS.has(kind) || population >= MAJOR_CITY)) return false;
  }
  return !(acronym && !(STRONG_KINDS.has(kind) || population >= 1_000_000));
}

function mention(cx: PlaceContext, i: number, j: number, key: string, role: PlaceMention['role'], matches: NameMatch[], strength: Strength): PlaceMention {
  const toks = cx.tokens;
  const m = placeMention(toks[i]!.start, toks[j]!.end, key, matches, role, strength, role === 'demonym' ? 'places/demonym' : 'places/gazetteer');
  m.locative = i > 0 && LOCATIVES.has(toks[i - 1]!.lower) && cx.adjacent(i - 1, i);
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
function regionFollows(cx: PlaceContext, j: number): boolean {
  const toks = cx.tokens;
  if (toks[j + 1]?.norm !== ',' || toks[j + 1]!.start !== toks[j]!.end || !toks[j + 2] || !cx.upper(j + 2)) return false;
  for (let last = Math.min(j + 4, toks.length - 1); last >= j + 2; last--) {
    if (last > j + 2 && !cx.adjacent(last - 1, last)) continue;
    const matches = cx.gaz.lookup(cx.text.slice(toks[j + 2]!.start, toks[last]!.end));
    if (matches.some((m) => !m.demonym && CONTAINER_KINDS.has(cx.gaz.kindOf(m.index)) && cx.gaz.kindOf(m.index) !== 'admin2')) return true;
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
 * a longer name ("EU Aviation Strategy") when `modifier`.
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
