import type { Gazetteer, Place } from './gazetteer.js';
import type { PlaceMention } from './mention.js';
import { distanceKm } from './distance.js';
import { within } from './within.js';
import { foldName } from './fold.js';
import { PLACE_KIND_WORDS, PLACE_NOUNS, POSITION_WORDS, RESIDENT_NOUNS, SITE_WORDS, STREET_WORDS } from './words.js';

/** A place of the article resolved on its own evidence: its entry, its weight in the article, its mentions. */
export interface ResolvedPlace {
  place: Place;
  weight: number;
  mentions: PlaceMention[];
}

/** What the words of the text say around a mention. */
export interface MentionWords {
  /** the sentence at an offset: where it starts and ends */
  sentence(offset: number): { start: number; end: number };
  /** the paragraph at an offset: where it starts and ends */
  paragraph(offset: number): { start: number; end: number };
  /** the `k`th word before the mention (1: the word right before), in lower case ('' when none) */
  before(m: PlaceMention, k: number): string;
  /** the `k`th word after the mention (1: the word right after), in lower case ('' when none) */
  after(m: PlaceMention, k: number): string;
  /** the mention's own words, in lower case and without periods */
  words(m: PlaceMention): string[];
  /** a common noun follows the mention, which it qualifies ("Garda custody", "Huawei executive") */
  modifies(m: PlaceMention): boolean;
}

/** The region an unresolved place is put in, its score, and the mentions it rests on. */
export interface ArticleRegion {
  place: Place;
  score: number;
  /** the mention of the heaviest place of the article in the region */
  focus: PlaceMention;
  /** a place beside the name (a list, the nearest place in its sentence, else in its paragraph) in the region */
  near: PlaceMention | null;
  /** how many of the article's places lie in it */
  places: number;
}

/** The weights of the decision (tuned on half A of the geo dev sets). */
const REGION = {
  /** the share of the article's places below country level that lie in the region, times this */
  share: 4,
  /** the place listed beside the name lies in the region */
  listed: 2,
  /** the nearest place named in the same sentence lies in the region */
  sentence: 1.5,
  /** none in its sentence, the nearest place named in its paragraph lies in the region ("Farmers at Routh said…") */
  paragraph: 1,
  /** from this score the region is the place's */
  threshold: 3,
  /** the region's point must lie this near every place of the article in it: else it says too little of where */
  spreadKm: 100,
  /**
   * a story whose places lie round the place beside the name, across county lines (a storm over York, Selby and
   * Beverley): the share of the article's places within this of that place stands for the share of its region
   */
  aroundKm: 60,
};

const REGION_KINDS = new Set(['admin1', 'admin2']);
const LOCAL_KINDS = new Set(['city', 'admin2', 'admin1', 'facility', 'landform', 'water', 'other']);

/** A county or state holding places of the article, its own point near each of them, and its share of them. */
export interface CandidateRegion {
  place: Place;
  /** REGION.share times the share of the article's places below country level it holds */
  share: number;
  /** the mention of its heaviest place */
  focus: PlaceMention;
  /** how many of the article's places lie in it */
  places: number;
  /** REGION.share times the biggest share of the article's places within REGION.aroundKm of one of its places */
  around: number;
}

/**
 * The counties and states that hold the article's places below country level, each only when its own point lies
 * within REGION.spreadKm of every place of the article in it (a state as big as Texas says too little of where).
 */
export function articleRegions(resolved: ResolvedPlace[], gaz: Gazetteer): CandidateRegion[] {
  const local = resolved.filter((r) => LOCAL_KINDS.has(r.place.featureKind));
  const total = local.reduce((s, r) => s + r.weight, 0);
  const seen = new Set<number>();
  const out: CandidateRegion[] = [];
  const dateline = local.find((r) => r.mentions.some((m) => m.role === 'dateline'));
  const cityCounty = dateline && isCityCounty(dateline.place, gaz) ? dateline : null;
  for (let q = 0; q < local.length; q++) {
    const p = local[q]!.place;
    // its county (or itself, a county or a state), then its state
    for (let n = 0; n < 2; n++) {
      const k = n === 1 ? p.admin1 : REGION_KINDS.has(p.featureKind) ? p.index : p.admin2;
      if (k < 0 || seen.has(k)) continue;
      seen.add(k);
      const region = gaz.place(k);
      const inside = local.filter((x) => holds(region, x.place) || (x === cityCounty && encloses(region, x.place)));
      if (inside.some((x) => x.place.index !== region.index && distanceKm(region.lat, region.lon, x.place.lat, x.place.lon) > REGION.spreadKm)) continue;
      const heaviest = inside.reduce((a, b) => (b.weight > a.weight ? b : a));
      const weight = inside.reduce((s, x) => s + x.weight, 0);
      const around = Math.max(...inside.map((x) => aroundShare(x.place, resolved)));
      out.push({ place: region, share: (REGION.share * weight) / total, focus: heaviest.mentions[0]!, places: inside.length, around });
    }
  }
  return out;
}

/**
 * A place the gazetteer lacks (a village under its cut, a street), which the words say is a place (saysPlace: the
 * caller asks first), in an article whose places concentrate in one county or state: that region (of `regions`, articleRegions), the one that holds
 * the article's places around it, as an approximate reading. A reader of a story of villages of one county puts the
 * unknown village there; so does the map. Null when no region scores enough.
 */
export function articleRegion(
  mentions: PlaceMention[],
  regions: CandidateRegion[],
  resolved: ResolvedPlace[],
  placeOf: (m: PlaceMention) => Place | null,
  text: MentionWords,
): ArticleRegion | null {
  if (!regions.some((r) => r.share + REGION.listed >= REGION.threshold)) return null;
  const listed = mentions.map((m) => m.listedWith).filter((m): m is PlaceMention => m !== null);
  // "Longyear, Norway": the country after the comma holds the place, whatever the article's places
  const containers = mentions.map((m) => m.container && placeOf(m.container)).filter((p): p is Place => !!p);
  const inSentence: PlaceMention[] = [];
  const inParagraph: PlaceMention[] = [];
  for (let q = 0; q < mentions.length; q++) {
    const m = mentions[q]!;
    const x = nearestWithin(m, text.sentence(m.start), resolved);
    if (x) inSentence.push(x);
    else {
      const y = nearestWithin(m, text.paragraph(m.start), resolved);
      if (y) inParagraph.push(y);
    }
  }
  let best: ArticleRegion | null = null;
  for (let q = 0; q < regions.length; q++) {
    const candidate = regions[q]!;
    const region = candidate.place;
    if (containers.some((c) => !holds(c, region))) continue;
    let score = candidate.share;
    const inside = (m: PlaceMention): boolean => {
      const p = placeOf(m);
      return p !== null && holds(region, p);
    };
    const near = listed.find(inside) ?? inSentence.find(inside) ?? inParagraph.find(inside) ?? null;
    if (near) score = Math.max(score, aroundShare(placeOf(near)!, resolved)) + (listed.includes(near) ? REGION.listed : inSentence.includes(near) ? REGION.sentence : REGION.paragraph);
    // a story round one area across county lines ("Skelbrooke" in a storm over York, Selby and Beverley)
    else score = Math.max(score, candidate.around);
    // the smaller region first on a tie: it says more of where
    if (!best || score > best.score || (score === best.score && region.featureKind === 'admin2')) {
      best = { place: region, score, focus: candidate.focus, near, places: candidate.places };
    }
  }
  return best && best.score >= REGION.threshold ? best : null;
}

/** Nouns before "of" that make the name after it a place's ("the village of Glenbrack", "residents of Glenbrack"). */
const OF_PLACE_NOUNS = new Set([...PLACE_NOUNS, ...RESIDENT_NOUNS, 'hamlet', 'parish', 'townland', 'outskirts', 'suburb', 'villages', 'towns', 'hamlets', 'suburbs', 'parishes', 'townlands']);
/** How far along a list a locative before its first name reaches ("in Glenbrack, Ardmore and Kilcooley"). */
const LIST_REACH = 4;

/**
 * Whether the words say the name is a place, not a firm, a team or a person the tagger took for one: a street; a word
 * of its name that says what kind of place it is ("Glenn Creek", "Mill Lane", "Ashby Park", not the "St" of "St
 * Anne"); a word of position before it ("in", "near", "between", "eastern"), or "at" before a one-word name ("at
 * Glenbrack", not "at Advanced Circuits", a firm as often as a place; "to" and "from" take firms as readily); a
 * place's noun or its people's and "of" ("the village of Glenbrack", "residents of Glenbrack"), or its people's noun
 * after it ("Glenbrack residents") — a locative only
 * where no common noun follows the name, which it then only qualifies ("in Garda custody"); or a town, county or
 * state of the article listed beside it (not a country: "Elle Canada and Toronto Life" are magazines), or a name of
 * its list a word of position or a place's noun and "of" opens ("in Ardmore and Glenbrack", "the villages of Ardmore and
 * Glenbrack"), or that the words call a place where the article names it again (`sameName`: the mentions of a
 * mention's name).
 */
export function saysPlace(
  m: PlaceMention,
  placeOf: (m: PlaceMention) => Place | null,
  text: MentionWords,
  sameName: (m: PlaceMention) => readonly PlaceMention[],
): boolean {
  // a street, a landmark, a name the tagger skipped that its words call a place (untagged-names.ts)
  if (m.rule === 'places/street' || m.rule === 'places/article-region' || callsPlace(m, text)) return true;
  const neighbour = m.listedWith && placeOf(m.listedWith);
  if (neighbour && LOCAL_KINDS.has(neighbour.featureKind)) return true;
  const words = text.words(m);
  const last = words[words.length - 1]!;
  if (words.some((w) => PLACE_KIND_WORDS.has(w)) || STREET_WORDS.has(last) || SITE_WORDS.has(last)) return true;
  for (let x = m.listedWith, k = 0; x && k < LIST_REACH; x = x.listedWith === m ? null : x.listedWith, k++) {
    if (x.start < m.start && (positioned(x, text) || placeNounOf(x, text))) return true;
    if (saidElsewhere(x, sameName(x), text)) return true;
  }
  return false;
}

/**
 * A name of the list that the words call a place where the article names it again: "in Cloonbrack" earlier, then
 * "places like Cloonbrack, Rossdarragh and Coolnagarry" (the names of one list are one kind of thing).
 */
function saidElsewhere(x: PlaceMention, again: readonly PlaceMention[], text: MentionWords): boolean {
  for (let n = 0; n < again.length; n++) if (again[n] !== x && callsPlace(again[n]!, text)) return true;
  return false;
}

/**
 * Whether the words at this mention call it a place: a word of its name that says what kind of place it is, a word of
 * position before it, a place's noun or its people's and "of" before it, or its people's noun after it.
 */
export function callsPlace(m: PlaceMention, text: MentionWords): boolean {
  return m.placeWords !== null || positioned(m, text) || placeNounOf(m, text) || peopleAfter(m, text);
}

/** Its people's noun after the mention or its possessive: "Glenbrack residents", "Glenbrack's villagers". */
function peopleAfter(m: PlaceMention, text: MentionWords): boolean {
  const next = text.after(m, 1);
  return RESIDENT_NOUNS.has(next) || (POSSESSIVE_S.has(next) && RESIDENT_NOUNS.has(text.after(m, 2)));
}

const POSSESSIVE_S = new Set(["'s", '’s']);

/** A place's noun or its people's and "of" before the mention: "the villages of Glenbrack", "residents of Glenbrack". */
function placeNounOf(m: PlaceMention, text: MentionWords): boolean {
  return text.before(m, 1) === 'of' && OF_PLACE_NOUNS.has(text.before(m, 2));
}

/** A word of position before the mention, or "at" before one word, and no common noun after it ("in Garda custody"). */
function positioned(m: PlaceMention, text: MentionWords): boolean {
  const before = text.before(m, 1);
  return (POSITION_WORDS.has(before) || (before === 'at' && text.words(m).length === 1)) && !text.modifies(m);
}

/** REGION.share times the share of the article's places below country level that lie within REGION.aroundKm of `p`. */
function aroundShare(p: Place, resolved: ResolvedPlace[]): number {
  let total = 0;
  let around = 0;
  for (let q = 0; q < resolved.length; q++) {
    const r = resolved[q]!;
    if (!LOCAL_KINDS.has(r.place.featureKind)) continue;
    total += r.weight;
    if (distanceKm(p.lat, p.lon, r.place.lat, r.place.lon) <= REGION.aroundKm) around += r.weight;
  }
  return total > 0 ? (REGION.share * around) / total : 0;
}

/** The resolved place named nearest the mention between `start` and `end` (its sentence, its paragraph), other than itself. */
function nearestWithin(m: PlaceMention, { start, end }: { start: number; end: number }, resolved: ResolvedPlace[]): PlaceMention | null {
  let best: PlaceMention | null = null;
  let gap = Infinity;
  // by index: a for-of loop runs the iterator protocol, a call per mention, until this is compiled
  for (let q = 0; q < resolved.length; q++) {
    const ms = resolved[q]!.mentions;
    for (let n = 0; n < ms.length; n++) {
      const x = ms[n]!;
      if (x === m || x.start < start || x.start >= end) continue;
      const d = x.start < m.start ? m.start - x.end : x.start - m.end;
      if (d < gap) {
        gap = d;
        best = x;
      }
    }
  }
  return best;
}

/** A city that is a county of its own ("City of York", "Leeds", "Baltimore City"): the gazetteer puts it in no county round it. */
function isCityCounty(city: Place, gaz: Gazetteer): boolean {
  if (city.featureKind !== 'city' || city.admin2 < 0) return false;
  const own = foldName(city.name);
  const county = foldName(gaz.place(city.admin2).name);
  return county === own || county === `city of ${own}` || county === `${own} city`;
}

/** Whether a county of the city-county's state lies round it: a reader counts York in North Yorkshire. */
function encloses(region: Place, city: Place): boolean {
  return region.featureKind === 'admin2' && region.index !== city.admin2 && region.admin1 === city.admin1 && distanceKm(region.lat, region.lon, city.lat, city.lon) <= REGION.spreadKm;
}

/** The place or region `region` itself, or a place or region inside it. */
function holds(region: Place, p: Place): boolean {
  return p.index === region.index || within(p, region);
}
