import type { Doc, Region, Sentence, Token } from '../doc/document.js';
import { firstStartingAt, tokenAtOrAfter } from '../doc/lookup.js';
import { isWhiteSpace as isSpace } from '../doc/clean.js';
import { overlaps } from '../doc/span.js';
import { DAY_AND_MONTH_NAMES } from '../lexicon/calendar.js';
import type { Entity } from '../schema.js';
import { foldName, foldToken } from './fold.js';
import type { Gazetteer, KeyRange, NameMatch } from './gazetteer.js';
import { ALL_CAPS, CAPITALISED, HAS_UPPER, letterShape, UNKNOWN } from './shape.js';
import {
  GEO_WORDS,
  LOCATIVES,
  NAME_CONNECTORS,
  OPENERS,
  ORG_HEADS,
  PERSON_TITLES,
  PLACE_NOUNS,
  PLACE_PREFIXES,
  REGION_WORDS,
  ROAD_WORDS,
  STREET_WORDS,
  TITLE_WORDS,
} from './words.js';

/**
 * strong: a place whatever resolution finds; weak: kept only if it resolves to a place the rest of the
 * document supports (a small town near the places named with it).
 */
export type Strength = 'strong' | 'weak';

export interface PlaceMention {
  start: number;
  end: number;
  /** the folded surface: mentions with one key are one place in a document */
  key: string;
  /** the gazetteer entries the surface may name (empty: a place the gazetteer lacks) */
  matches: NameMatch[];
  role: 'mention' | 'dateline' | 'demonym';
  strength: Strength;
  entityId: string | null;
  /** the place named right after it, after a comma, that should contain it ("Springfield, Illinois") */
  container: PlaceMention | null;
  /** preceded by a locative word ("in", "near") */
  locative: boolean;
  /** what the words around it say the place is: "Idlib province" a region, "Aleppo city" or a dateline a city */
  kindHint: 'region' | 'city' | null;
}

const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC']);
const BLOCKING_TYPES = new Set(['PERSON', 'ORG', 'EVENT', 'MISC']);
const MAX_NAME_TOKENS = 7;
const MAJOR_CITY = 100_000;
const CONTAINER_KINDS = new Set(['country', 'admin1', 'admin2']);
const STRONG_KINDS = new Set(['continent', 'country', 'admin1', 'region', 'water', 'landform']);
/** Places whose name is often a modifier in a longer name ("Russia Today", "EU Aviation Strategy"). */
const MODIFIER_KINDS = new Set(['continent', 'country', 'region']);
const OPENING_MARKS = '“"‘(:';
const ARTICLES = /^(?:al|el|ad|an|as|ar)$/;
const APOSTROPHE_S = /^['’]s?$/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER_LETTER = /\p{Lu}/u;
const SPACE = /\s/;
const COMMA = 44;
const SMALL_WORD = /^\p{Ll}[\p{L}'’-]*$/u;
const bareWord = (w: string): string => w.toLowerCase().replace(/\./g, '');
/** bareWord of a token: its `lower` is lower case already */
const bare = (t: Token): string => (t.lower.includes('.') ? t.lower.replace(/\./g, '') : t.lower);

/** Finds the place mentions of a document: the tagger's places, gazetteer names it missed, the dateline. */
export function recognizePlaces(doc: Doc, entities: Entity[], datelinePlace: Region | null, gaz: Gazetteer): PlaceMention[] {
  const scan = new Scanner(doc, entities, gaz);
  const mentions = scan.gazetteerNames();
  mentions.push(...scan.streetNames());
  scan.addEntityPlaces(mentions);
  if (datelinePlace) scan.markDateline(mentions, datelinePlace);
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = dropOverlaps(mentions);
  scan.linkContainers(kept);
  return kept.sort((a, b) => a.start - b.start);
}

class Scanner {
  private readonly text: string;
  private readonly tokens: Token[];
  /** the names of people, organisations, events and works, by start; entity mentions never overlap */
  private readonly blockers: Array<{ start: number; end: number; type: string }>;
  /** blockerReach[k]: the furthest end among blockers[0..k] */
  private readonly blockerReach: number[] = [];
  private readonly personWords = new Set<string>();
  private readonly shape: Uint8Array;
  /** 1 for a token that opens its sentence or sits in a Title Case or ALL CAPS line */
  private readonly ambiguousCase: Uint8Array;
  /** per sentence, the index of its first token with a letter or digit (its end when none) */
  private readonly firstWords: Int32Array;
  /** each token's foldName, once asked */
  private readonly foldedTokens: Array<string | undefined>;

  constructor(
    private readonly doc: Doc,
    private readonly entities: Entity[],
    private readonly gaz: Gazetteer,
  ) {
    this.text = doc.text;
    this.tokens = doc.tokens;
    this.blockers = blockingNames(entities);
    let reach = -1;
    for (const b of this.blockers) this.blockerReach.push((reach = Math.max(reach, b.end)));
    for (const e of entities) {
      if (e.type !== 'PERSON') continue;
      for (const m of e.mentions) {
        const words = foldName(m.text).split(' ');
        // a one-word "person" is as often a place the tagger misread ("Virginia")
        if (words.length > 1) for (const w of words) if (w.length > 2) this.personWords.add(w);
      }
    }
    this.shape = new Uint8Array(this.tokens.length).fill(UNKNOWN);
    this.foldedTokens = new Array<string | undefined>(this.tokens.length);
    this.firstWords = new Int32Array(doc.sentences.length);
    for (let n = 0; n < doc.sentences.length; n++) this.firstWords[n] = this.firstWordOf(doc.sentences[n]!);
    this.ambiguousCase = this.findAmbiguousCase();
  }

  /** The index of the sentence's first token with a letter or digit (its end when none). */
  private firstWordOf(s: Sentence): number {
    let k = s.first;
    while (k < s.last && !LETTER_OR_DIGIT.test(this.tokens[k]!.norm)) k++;
    return k;
  }

  private shapeOf(i: number): number {
    let s = this.shape[i]!;
    if (s === UNKNOWN) {
      s = letterShape(this.tokens[i]!.norm);
      this.shape[i] = s;
    }
    return s;
  }

  private cap(i: number): boolean {
    const c = this.tokens[i]!.norm.charCodeAt(0);
    if (c < 65 || (c > 90 && c < 128)) return false;
    return (this.shapeOf(i) & CAPITALISED) !== 0;
  }

  private upper(i: number): boolean {
    return (this.shapeOf(i) & HAS_UPPER) !== 0;
  }

  private allCaps(i: number): boolean {
    return this.cap(i) && (this.shapeOf(i) & ALL_CAPS) !== 0;
  }

  /**
   * Longest gazetteer names over runs of capitalised words, each judged in its context. A name grows word by
   * word through the sorted keys and stops as soon as no key starts that way, so most words cost one search.
   */
  gazetteerNames(): PlaceMention[] {
    const out: PlaceMention[] = [];
    const toks = this.tokens;
    const range: KeyRange = { lo: 0, hi: 0, depth: 0 };
    for (let i = 0; i < toks.length; i++) {
      if (!this.cap(i) && !this.articleJoined(i)) continue;
      const sentence = toks[i]!.sentence;
      Object.assign(range, this.gaz.prefixRange(this.folded(i)));
      let best = -1;
      let bestKey = -1;
      for (let j = i; range.lo < range.hi; ) {
        if (this.upper(j) && this.gaz.isWholeKey(range)) {
          best = j;
          bestKey = range.lo;
        }
        const next = j + 1;
        if (next >= toks.length || next - i >= MAX_NAME_TOKENS || toks[next]!.sentence !== sentence || !this.adjacent(j, next)) break;
        const u = toks[next]!;
        if (u.norm === '-') {
          if (!this.joined(j, next) || !this.joined(next, next + 1)) break;
          j = next + 1;
          this.gaz.narrow(range, true, this.folded(j));
        } else if (this.upper(next) || NAME_CONNECTORS.has(u.lower) || APOSTROPHE_S.test(u.norm)) {
          this.gaz.narrow(range, toks[j]!.end !== u.start, this.folded(next));
          j = next;
        } else break;
      }
      if (best < 0) continue;
      const m = this.judge(i, best, this.gaz.matchesOf(bestKey));
      if (m) out.push(m);
      i = best;
    }
    return out;
  }

  /** "al-", "el-": an Arabic article joined by a hyphen to the name it opens ("al-Qaeda"). */
  private articleJoined(i: number): boolean {
    return this.tokens[i + 1]?.norm === '-' && ARTICLES.test(this.tokens[i]!.lower) && this.joined(i, i + 1);
  }

  /**
   * Streets and roads, which no gazetteer lists: capitalised words before a street word ("Royal Street",
   * "Eglinton Avenue West", "Victoria St."), and numbered roads ("Highway 19", "Interstate 45"). They are
   * places the gazetteer lacks (no geo).
   */
  streetNames(): PlaceMention[] {
    const out: PlaceMention[] = [];
    const toks = this.tokens;
    for (let i = 1; i < toks.length; i++) {
      if (!this.cap(i)) continue;
      const word = bare(toks[i]!);
      let start = -1;
      let end = i;
      if (STREET_WORDS.has(word)) {
        let k = i;
        while (k > 0 && i - k < 4 && this.adjacent(k - 1, k) && this.cap(k - 1) && !this.opensAsWord(k - 1) && !STREET_WORDS.has(bare(toks[k - 1]!))) k--;
        if (k < i) start = k;
        const next = toks[i + 1];
        if (next && this.adjacent(i, i + 1) && /^(?:north|south|east|west|[nsew]\.?)$/i.test(next.norm) && this.cap(i + 1)) end = i + 1;
      }
      if (start < 0 && ROAD_WORDS.has(word) && toks[i + 1] && /^\d{1,4}$/.test(toks[i + 1]!.norm) && this.adjacent(i, i + 1)) {
        start = i;
        end = i + 1;
      }
      if (start < 0) continue;
      const from = toks[start]!.start;
      const to = toks[end]!.end;
      if (this.insideOtherName(from, to)) continue;
      out.push({ start: from, end: to, key: foldName(this.text.slice(from, to)), matches: [], role: 'mention', strength: 'strong', entityId: null, container: null, locative: false, kindHint: null });
      i = end;
    }
    return out;
  }

  /** A capitalised word that opens the sentence and is no name ("The", "In"). */
  private opensAsWord(i: number): boolean {
    return OPENERS.has(this.tokens[i]!.lower) && !!this.ambiguousCase[i];
  }

  private folded(i: number): string {
    let f = this.foldedTokens[i];
    if (f === undefined) {
      f = foldToken(this.tokens[i]!.norm, this.tokens[i]!.lower);
      this.foldedTokens[i] = f;
    }
    return f;
  }

  /** A gazetteer name at tokens i..j: a mention, or null when its context says it is no place here. */
  private judge(i: number, j: number, matches: readonly NameMatch[]): PlaceMention | null {
    const toks = this.tokens;
    const start = toks[i]!.start;
    const end = toks[j]!.end;
    const single = i === j;
    if (single && (OPENERS.has(toks[i]!.lower) || PLACE_PREFIXES.has(toks[i]!.lower))) return null;
    // "St", "Mt": a two-letter word names a place only as an acronym ("US", "UK"); "Sen.", "Rep." are titles
    if (single && ((this.folded(i).length <= 2 && !this.allCaps(i)) || PERSON_TITLES.has(bare(toks[i]!)))) return null;
    const ambiguous = this.ambiguousCase[i] === 1;
    // "US", "UK", "NYC": a short word in capitals is an acronym; "CHARLESTON" is a shouted name
    const acronym = single && this.allCaps(i) && !ambiguous && lengthWithoutPeriods(toks[i]!.norm) <= 4;
    const key = foldName(this.text.slice(start, end));

    if (matches.some(isDemonym)) {
      if (acronym && end - start < 4) return null;
      if (!this.outsideNames(i, j, true)) return null;
      return this.contextAllows(i, j, true) ? this.mention(i, j, key, 'demonym', matches.filter(isDemonym), 'strong') : null;
    }

    const eligible: NameMatch[] = [];
    let major = false;
    let modifier = false;
    let common = false;
    let personal = false;
    for (const m of matches) {
      if (!this.eligible(m, i, key.length, ambiguous, acronym)) continue;
      eligible.push(m);
      const kind = this.gaz.kindOf(m.index);
      if (STRONG_KINDS.has(kind) || kind === 'facility' || (kind === 'city' && this.gaz.populationOf(m.index) >= MAJOR_CITY) || (kind === 'admin2' && m.primary && !single)) major = true;
      if (MODIFIER_KINDS.has(kind)) modifier = true;
      common ||= m.commonWord;
      personal ||= m.personName;
    }
    if (eligible.length === 0 || !this.outsideNames(i, j, modifier) || !this.contextAllows(i, j, modifier)) return null;

    common &&= single && !this.allCaps(i);
    personal = single && (personal || this.personWords.has(toks[i]!.lower));
    if (i > 0 && PERSON_TITLES.has(bare(toks[i - 1]!)) && this.adjacent(i - 1, i)) return null;
    // "Gary, Ind.": a region after a comma vouches for any name
    if (this.regionFollows(j)) return this.mention(i, j, key, 'mention', eligible, 'strong');
    if (common && (ambiguous || this.besideCapital(i, j))) return null;
    if (major) {
      const doubtful = personal && (ambiguous || this.personWords.has(toks[i]!.lower));
      return this.mention(i, j, key, 'mention', eligible, doubtful ? 'weak' : 'strong');
    }
    if (common || personal) return null;
    const m = this.mention(i, j, key, 'mention', eligible, 'weak');
    // "in Maryville": a known place name after a locative word needs no other support
    if (m.locative && !ambiguous) m.strength = 'strong';
    return m;
  }

  /** Whether a gazetteer match of the name at token i (its key keyLength long) may be the place meant. */
  private eligible(m: NameMatch, i: number, keyLength: number, ambiguous: boolean, acronym: boolean): boolean {
    if (m.abbreviation && !m.primary) return false;
    const kind = this.gaz.kindOf(m.index);
    const population = this.gaz.populationOf(m.index);
    if (!m.primary) {
      // another language's or an old spelling ("Kiev"): only for big places, never a short or common word
      if (m.commonWord || m.personName || keyLength < 4 || (this.allCaps(i) && !ambiguous)) return false;
      if (!(STRONG_KINDS.has(kind) || population >= MAJOR_CITY)) return false;
    }
    return !(acronym && !(STRONG_KINDS.has(kind) || population >= 1_000_000));
  }

  private mention(i: number, j: number, key: string, role: PlaceMention['role'], matches: NameMatch[], strength: Strength): PlaceMention {
    const toks = this.tokens;
    return {
      start: toks[i]!.start,
      end: toks[j]!.end,
      key,
      matches,
      role,
      strength,
      entityId: null,
      container: null,
      locative: i > 0 && LOCATIVES.has(toks[i - 1]!.lower) && this.adjacent(i - 1, i),
      kindHint: this.kindHint(j),
    };
  }

  /**
   * Places inside a person's or an organisation's name are no places ("Bank of America", "Paris Hilton"),
   * except a country or a people opening it ("Russian Defence Ministry", "U.S. Department of State").
   */
  private outsideNames(i: number, j: number, modifier: boolean): boolean {
    const start = this.tokens[i]!.start;
    const end = this.tokens[j]!.end;
    for (let k = this.lastBlockerAtOrBefore(start); k >= 0 && this.blockerReach[k]! >= end; k--) {
      const b = this.blockers[k]!;
      if (b.end < end || (b.start === start && b.end === end)) continue;
      const next = this.tokens[j + 1];
      const titled = !!next && TITLE_WORDS.has(bare(next));
      if (b.start === start && (titled || (modifier && b.type !== 'PERSON'))) continue;
      return false;
    }
    return true;
  }

  /** Whether a blocker contains start..end and is more than it. */
  private insideOtherName(start: number, end: number): boolean {
    for (let k = this.lastBlockerAtOrBefore(start); k >= 0 && this.blockerReach[k]! >= end; k--) {
      const b = this.blockers[k]!;
      if (b.end >= end && !(b.start === start && b.end === end)) return true;
    }
    return false;
  }

  /** The index of the last blocker starting at or before `offset` (-1 when none). */
  private lastBlockerAtOrBefore(offset: number): number {
    let lo = 0;
    let hi = this.blockers.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.blockers[mid]!.start <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** Whether ", <first-order region or country>" follows token j ("Gary, Ind.", "Paris, Texas"). */
  private regionFollows(j: number): boolean {
    const toks = this.tokens;
    if (toks[j + 1]?.norm !== ',' || toks[j + 1]!.start !== toks[j]!.end || !toks[j + 2] || !this.upper(j + 2)) return false;
    for (let last = Math.min(j + 4, toks.length - 1); last >= j + 2; last--) {
      if (last > j + 2 && !this.adjacent(last - 1, last)) continue;
      const matches = this.gaz.lookup(this.text.slice(toks[j + 2]!.start, toks[last]!.end));
      if (matches.some((m) => !m.demonym && CONTAINER_KINDS.has(this.gaz.kindOf(m.index)) && this.gaz.kindOf(m.index) !== 'admin2')) return true;
    }
    return false;
  }

  /** A common word with a capitalised neighbour is part of some other name ("Mobile World Congress"). */
  private besideCapital(i: number, j: number): boolean {
    const n = this.tokens.length;
    return (i > 0 && this.cap(i - 1) && this.adjacent(i - 1, i) && !this.ambiguousCase[i - 1]) || (j + 1 < n && this.cap(j + 1) && this.adjacent(j, j + 1));
  }

  /**
   * Whether the capitalised words around tokens i..j leave them a place name of their own: "Texas Governor"
   * and "Northern Syria" do, "Paris Hilton" and "Bank of America" do not; a country or region may also open
   * a longer name ("EU Aviation Strategy") when `modifier`.
   */
  private contextAllows(i: number, j: number, modifier: boolean): boolean {
    const toks = this.tokens;
    const left = i - 1;
    if (left >= 0 && this.adjacent(left, i) && toks[left]!.sentence === toks[i]!.sentence) {
      const l = toks[left]!;
      if (this.cap(left) && !(OPENERS.has(l.lower) && this.opensSentence(left)) && !PLACE_PREFIXES.has(l.lower)) return false;
      if (/^(?:of|de|du|des|del|for)$/.test(l.lower) && left > 0 && this.cap(left - 1) && this.adjacent(left - 1, left)) {
        if (ORG_HEADS.has(bare(toks[left - 1]!))) return false;
      }
    }
    const right = j + 1;
    if (right < toks.length && this.adjacent(j, right) && toks[right]!.sentence === toks[j]!.sentence) {
      const r = toks[right]!;
      if (this.cap(right) && !TITLE_WORDS.has(bare(r)) && !PLACE_NOUNS.has(bare(r)) && !modifier && !this.ambiguousCase[right]) return false;
    }
    return true;
  }

  /** Adds the tagger's place entities to `found`: confirming gazetteer names, or as places the gazetteer lacks. */
  addEntityPlaces(found: PlaceMention[]): void {
    const byStart = found.slice().sort(byStartOnly);
    const reach: number[] = [];
    for (const x of byStart) reach.push(Math.max(reach[reach.length - 1] ?? -1, x.end));
    // the places added here: each lies in an entity mention, and entity mentions never overlap
    const added: Region[] = [];
    for (const e of this.entities) {
      const demonymType = e.type === 'NORP';
      if (!PLACE_TYPES.has(e.type) && !demonymType) continue;
      for (const m of e.mentions) {
        if (m.kind !== 'name') continue;
        for (const part of this.splitAtCommas(m.start, m.end)) {
          const from = firstStartingAt(byStart, part.start);
          if (claimFound(byStart, from, part, e.id, demonymType)) continue;
          const overlapping = (from < byStart.length && byStart[from]!.start < part.end) || (from > 0 && reach[from - 1]! > part.start) || overlapsAny(added, part);
          if (overlapping || this.insideLongerName(part)) continue;
          const named = demonymType ? part : this.placePrefix(part);
          const surface = this.text.slice(named.start, named.end);
          if (!UPPER_LETTER.test(surface)) continue;
          const matches = this.gaz.lookup(surface);
          const demonyms = matches.some(isDemonym) ? matches.filter(isDemonym) : null;
          if (demonymType && !demonyms) continue;
          if (matches.length === 0 && !this.looksLikePlace(named)) continue;
          // a one-word span the gazetteer scan turned down as a common word or a title stays out ("City", "Sen.")
          if (!SPACE.test(surface) && !demonyms && (PERSON_TITLES.has(bareWord(surface)) || (matches.length > 0 && matches.every(isCommonWord)))) continue;
          added.push(named);
          found.push({
            start: named.start,
            end: named.end,
            key: foldName(surface),
            matches: demonyms ?? matches.filter(isOwnName),
            role: demonyms ? 'demonym' : 'mention',
            strength: 'strong',
            entityId: e.id,
            container: null,
            locative: false,
            kindHint: null,
          });
        }
      }
    }
  }

  /**
   * The place a tagger's span opens with, when the whole span is no gazetteer name but its first words are
   * ("Laurel County Sheriff" → "Laurel County"); else the span itself.
   */
  private placePrefix(part: Region): Region {
    if (this.gaz.lookup(this.text.slice(part.start, part.end)).length > 0) return part;
    const toks = this.tokens;
    const first = tokenAtOrAfter(this.doc, part.start);
    if (first === toks.length) return part;
    const last = this.tokenEndingAtOrAfter(part.end);
    // the longest opening words that name a place, kept only when a title follows them
    for (let j = (last === toks.length ? -1 : last) - 1; j >= first; j--) {
      const matches = this.gaz.lookup(this.text.slice(part.start, toks[j]!.end));
      if (!matches.some((m) => !m.demonym && !m.abbreviation)) continue;
      return TITLE_WORDS.has(bare(toks[j + 1]!)) ? { start: part.start, end: toks[j]!.end } : part;
    }
    return part;
  }

  /** "Bank of America": a span right after "<Organisation word> of" belongs to that organisation's name. */
  private insideLongerName(part: Region): boolean {
    const i = this.tokenStartingAt(part.start);
    if (i < 2) return false;
    const of = this.tokens[i - 1]!;
    if (!/^(?:of|de|du|des|del|for)$/.test(of.lower) || !this.cap(i - 2) || !this.adjacent(i - 2, i - 1) || !this.adjacent(i - 1, i)) return false;
    return ORG_HEADS.has(bare(this.tokens[i - 2]!));
  }

  /** Whether a tagger's span the gazetteer lacks still reads as a place's name ("Royal Street", not "State Board"). */
  private looksLikePlace(part: Region): boolean {
    const words = this.text.slice(part.start, part.end).split(/\s+/);
    if (!words.some((w) => /^\p{Lu}/u.test(w))) return false;
    if (words.length === 1 && (words[0]!.length < 4 || GEO_WORDS.has(words[0]!.toLowerCase()) || DAY_AND_MONTH_NAMES.has(words[0]!.toLowerCase()))) return false;
    return !words.some((w) => TITLE_WORDS.has(w.toLowerCase().replace(/[.’']s?$/g, '')));
  }

  /** The dateline's place is a strong mention with the dateline role. */
  markDateline(mentions: PlaceMention[], place: Region): void {
    const hit = mentions.find((m) => overlaps(m, place));
    if (hit) {
      hit.role = 'dateline';
      hit.strength = 'strong';
      hit.kindHint ??= 'city';
      return;
    }
    const surface = this.text.slice(place.start, place.end);
    mentions.push({
      ...place,
      key: foldName(surface),
      matches: this.gaz.lookup(surface).filter((m) => !m.demonym && (!m.abbreviation || m.primary)),
      role: 'dateline',
      strength: 'strong',
      entityId: null,
      container: null,
      locative: false,
      kindHint: 'city',
    });
  }

  /**
   * "Springfield, Illinois", "Gary, Ind.", "Paris, Texas": the place after the comma contains the one before.
   * Short forms ("Ind.", "TX") count only here, so they are looked up here.
   */
  linkContainers(mentions: PlaceMention[]): void {
    const added: PlaceMention[] = [];
    for (const a of mentions) {
      if (a.role === 'demonym') continue;
      const at = this.afterComma(a.end);
      if (at < 0) continue;
      let b = lastStartingAt(mentions, at);
      if (!b || !this.canContain(b)) {
        const abbreviation = this.abbreviationAt(at, a.strength);
        if (abbreviation && b) {
          // "Ga." was read as a place of its own; it is Georgia here
          Object.assign(b, { end: abbreviation.end, key: abbreviation.key, matches: abbreviation.matches, role: 'mention' });
        } else if (abbreviation) {
          b = abbreviation;
          added.push(b);
        }
      }
      if (!b || b.role === 'demonym' || !this.canContain(b)) continue;
      a.container = b;
      if (a.strength === 'strong') b.strength = 'strong';
    }
    mentions.push(...added);
    mentions.sort((x, y) => x.start - y.start);
  }

  /** The offset after the comma at `end` and the spaces, up to three, that follow it; -1 when no comma is there. */
  private afterComma(end: number): number {
    if (this.text.charCodeAt(end) !== COMMA) return -1;
    const limit = Math.min(end + 4, this.text.length);
    let at = end + 1;
    while (at < limit && isSpace(this.text.charCodeAt(at))) at++;
    return at;
  }

  private canContain(m: PlaceMention): boolean {
    return m.matches.some((x) => CONTAINER_KINDS.has(this.gaz.kindOf(x.index)));
  }

  private abbreviationAt(at: number, strength: Strength): PlaceMention | null {
    const first = this.tokenStartingAt(at);
    if (first < 0 || !this.upper(first)) return null;
    for (let last = Math.min(first + 1, this.tokens.length - 1); last >= first; last--) {
      if (last > first && !this.adjacent(first, last)) continue;
      const end = this.tokens[last]!.end;
      const surface = this.text.slice(at, end);
      const matches = this.gaz.lookup(surface).filter((m) => m.abbreviation && this.gaz.kindOf(m.index) === 'admin1');
      if (matches.length === 0) continue;
      // a bare postal code must be upper case ("TX"); the AP forms carry a period ("Tex.")
      if (!/\./.test(surface) && surface !== surface.toUpperCase()) continue;
      return { start: at, end, key: foldName(surface), matches, role: 'mention', strength, entityId: null, container: null, locative: false, kindHint: null };
    }
    return null;
  }

  private kindHint(j: number): PlaceMention['kindHint'] {
    const next = this.tokens[j + 1];
    if (!next || !this.adjacent(j, j + 1)) return null;
    if (REGION_WORDS.has(next.lower)) return 'region';
    return next.lower === 'city' || next.lower === 'town' ? 'city' : null;
  }

  private splitAtCommas(start: number, end: number): Region[] {
    const out: Region[] = [];
    const text = this.text;
    for (let from = start; from < end; ) {
      let to = from;
      while (to < end && text.charCodeAt(to) !== COMMA) to++;
      let a = from;
      let b = to;
      from = to + 1;
      while (a < b && isSpace(text.charCodeAt(a))) a++;
      while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
      if (opensWithThe(text, a, b)) a += 4;
      // "Torkula village of" → "Torkula": a name neither opens nor ends with a small word
      b = a + withoutSmallWords(text.slice(a, b));
      if (b > a) out.push({ start: a, end: b });
    }
    return out;
  }

  /** The index of the token starting at `offset`, or -1. */
  private tokenStartingAt(offset: number): number {
    const i = tokenAtOrAfter(this.doc, offset);
    return this.tokens[i]?.start === offset ? i : -1;
  }

  /** The index of the first token ending at or after `offset` (tokens.length when none). */
  private tokenEndingAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid]!.end < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private adjacent(a: number, b: number): boolean {
    const from = this.tokens[a]!.end;
    const gap = this.tokens[b]!.start - from;
    if (gap === 0) return true;
    const c = this.text.charCodeAt(from);
    return gap === 1 && (c === 32 || c === 0xa0);
  }

  private joined(a: number, b: number): boolean {
    const ta = this.tokens[a];
    const tb = this.tokens[b];
    return !!ta && !!tb && ta.end === tb.start;
  }

  private opensSentence(i: number): boolean {
    return this.firstWords[this.tokens[i]!.sentence]! >= i;
  }

  /** Tokens whose capital says nothing about names: sentence openers, quote openers, Title Case and CAPS lines. */
  private findAmbiguousCase(): Uint8Array {
    const toks = this.tokens;
    const out = new Uint8Array(toks.length);
    let i = 0;
    for (const para of this.doc.paragraphs) {
      while (i < toks.length && toks[i]!.start < para.start) i++;
      const from = i;
      while (i < toks.length && toks[i]!.start < para.end) i++;
      if (this.capitalisedLine(from, i)) out.fill(1, from, i);
    }
    this.doc.sentences.forEach((s, n) => {
      if (this.firstWords[n]! < s.last) out[this.firstWords[n]!] = 1;
    });
    for (let k = 1; k < toks.length; k++) {
      const prev = toks[k - 1]!.norm;
      if (prev.length === 1 && OPENING_MARKS.includes(prev)) out[k] = 1;
    }
    return out;
  }

  /** A headline in Title Case or a line in capitals: its capitals say nothing about names. */
  private capitalisedLine(from: number, to: number): boolean {
    let words = 0;
    let caps = 0;
    let upper = 0;
    for (let i = from; i < to; i++) {
      const t = this.tokens[i]!;
      if (t.norm.length < 4 || t.type !== 'word') continue;
      words++;
      if (this.cap(i)) caps++;
      if (this.allCaps(i)) upper++;
    }
    return words >= 3 && (caps >= words * 0.75 || upper >= words * 0.75);
  }
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
 * Marks the gazetteer's names that lie in a tagger's place span: the one exactly on it (made strong unless the
 * tagger says demonym), else all of them. Whether there was any. `from`: the first of byStart at or after the span.
 */
function claimFound(byStart: PlaceMention[], from: number, part: Region, entityId: string, demonymType: boolean): boolean {
  let inside = 0;
  for (let k = from; k < byStart.length && byStart[k]!.start < part.end; k++) {
    const x = byStart[k]!;
    if (x.end > part.end) continue;
    inside++;
    if (x.start === part.start && x.end === part.end) {
      x.entityId ??= entityId;
      if (!demonymType) x.strength = 'strong';
      return true;
    }
  }
  if (inside === 0) return false;
  for (let k = from; k < byStart.length && byStart[k]!.start < part.end; k++) if (byStart[k]!.end <= part.end) byStart[k]!.entityId ??= entityId;
  return true;
}

/** The last of `mentions` (sorted by start) that starts at `offset`. */
function lastStartingAt(mentions: PlaceMention[], offset: number): PlaceMention | undefined {
  let k = firstStartingAt(mentions, offset);
  if (mentions[k]?.start !== offset) return undefined;
  while (mentions[k + 1]?.start === offset) k++;
  return mentions[k];
}

function overlapsAny(regions: Region[], r: Region): boolean {
  for (const x of regions) if (x.start < r.end && x.end > r.start) return true;
  return false;
}

/** The names of people, organisations, events and works, by start. */
function blockingNames(entities: Entity[]): Array<{ start: number; end: number; type: string }> {
  const out = [];
  for (const e of entities) {
    if (!BLOCKING_TYPES.has(e.type)) continue;
    for (const m of e.mentions) if (m.kind === 'name') out.push({ start: m.start, end: m.end, type: e.type });
  }
  return out.sort((a, b) => a.start - b.start);
}

const isDemonym = (m: NameMatch): boolean => m.demonym;
const isCommonWord = (m: NameMatch): boolean => m.commonWord;
/** not a short form, which counts only after a comma */
const isOwnName = (m: NameMatch): boolean => !m.abbreviation || m.primary;
const byStartOnly = (a: { start: number }, b: { start: number }): number => a.start - b.start;

function lengthWithoutPeriods(s: string): number {
  let n = s.length;
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) === 46) n--;
  return n;
}

function dropOverlaps(mentions: PlaceMention[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of mentions) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      if (m.role === 'dateline' && m.end - m.start >= last.end - last.start) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}

