import type { FeatureKind } from './format.js';
import type { Gazetteer, NameMatch, Place } from './gazetteer.js';
import { HOPELESS, PLACE_THRESHOLD } from './evidence.js';
import { isMajorEntry } from './gazetteer-names.js';
import { isStrong, type PlaceMention } from './mention.js';
import { articleRegion, articleRegions, saysPlace, type ArticleRegion, type CandidateRegion, type MentionWords, type ResolvedPlace } from './article-region.js';
import { partitionPoint } from '../binary-search.js';
import { distanceKm } from './distance.js';
import { within } from './within.js';
import { countyListedWith } from './listed-county.js';
import { streetTown } from './street-town.js';
import { datelineTown } from './dateline-town.js';
import { onlyTowns } from './state-containers.js';
import { featureNamesake, type FeatureNamesake } from './feature-namesake.js';

export interface Resolution {
  place: Place | null;
  /** runners-up close enough to the chosen place's score to be worth a reader's second look */
  candidates: Place[];
  /** the chosen place's score, null when no place was chosen */
  score: number | null;
  /** for a name weak on its own evidence: the places of the article that put it on the map */
  support: Support | null;
  /**
   * `place` is a region that holds it, the gazetteer having no reading of it there: the one the text puts it in
   * ("Caherbeg, Co. Kerry"), or the one the article's places concentrate in (`article`; `support` says which); or
   * (`feature`) the entry of a water body's or an upland's bare name near the article's places (feature-namesake.ts)
   */
  inRegion: 'named' | 'article' | 'feature' | null;
}

/** What the rest of the article says of a place: a weight, and the mentions it rests on. */
interface Support {
  weight: number;
  /** a mention of the country or region of the article's focus that holds the place */
  focus: PlaceMention | null;
  /** a mention of the nearest place of the article, and how far it is */
  near: PlaceMention | null;
  km: number;
}

/** All mentions that share a folded name: one place per name per document. */
interface Group {
  mentions: PlaceMention[];
  matches: NameMatch[];
  /** the best evidence of its mentions */
  evidence: number;
  strong: boolean;
  containers: NameMatch[];
  contained: NameMatch[];
  choice: Scored | null;
  ranked: Scored[];
  hint: PlaceMention['kindHint'];
  /** the groups of the places named beside it in a list */
  listed: Group[];
}

interface Scored {
  match: NameMatch;
  place: Place;
  /** the prior with what the group's containers and contained places say: the same in every pass */
  base: number;
  /** what the group's name and hint say of a region named after its city, and of a city (0: nothing) */
  sameNamed: number;
  cityHint: number;
  score: number;
}

/** A group's own weight in the context, and where it puts it. */
interface OwnWeights {
  total: number;
  country: string | null;
  admin1: number;
}

/** What the rest of the document says: its countries, first-order regions and resolved points. */
interface Context {
  countries: Map<string, number>;
  countryTotal: number;
  admin1: Map<number, number>;
  admin2: Map<number, number>;
  /** per country and region, the group that weighs most in it */
  focus: Map<string | number, Group>;
  points: Point[];
  /** the points by latitude, for closeness to scan only those within FAR_KM north or south */
  byLatitude: Point[];
  /** how many groups stand as points */
  runs: number;
}

interface Point {
  lat: number;
  lon: number;
  group: Group;
  /** the group's place among the groups of ctx.points, in their order */
  run: number;
  /** how much the point pulls: 1 for the group's choice, less for a runner-up the further its score trails */
  pull: number;
}

const MAX_CANDIDATES = 25;
const MAX_POINTS = 120;

/** The scoring weights, in one place (tuned on the dev splits of the geo eval sets). */
const WEIGHTS = {
  kind: { continent: 10, country: 6, admin1: 2.5, region: 8, water: 8, landform: 7, admin2: 0.5, city: 0, facility: 8, other: 0 } as Record<string, number>,
  code: { PPLC: 4, PPLA: 1, PPLA2: 0.4 } as Record<string, number>,
  population: 0.9,
  /** the population a town without one counts for in its prior */
  unknownTown: 1000,
  alternateName: -1.5,
  inContainer: 8,
  notInContainer: -4,
  containsNamed: 8,
  /** a county listed beside a town it holds, or the town beside it ("Dover and Kent County") */
  countyListed: 4,
  sameNamedCity: 3,
  regionHint: 3,
  cityHint: 3,
  countryShare: 5,
  /** a place in a first-order region another group names ("Huntsville" beside "Texas") */
  admin1Named: 1.5,
  /** a first-order region that holds a place another group names ("Delaware" beside "Dover"): the region's own reading */
  holdsNamed: 2.5,
  listedKind: 3,
  near: [
    [30, 3],
    [100, 2.5],
    [300, 1],
    [1000, 0.3],
  ] as Array<[number, number]>,
  datelineWeight: 3,
  nearCap: 8,
  pointsPerGroup: 4,
  pointMargin: 3,
  runnerUpMargin: 2.5,
  /** a weak group with this many candidates or fewer stands as points too: a unique small place pulls its neighbours */
  weakPointCandidates: 2,
};

/** The distance from which a point adds nothing to closeness, and the length of a degree of latitude. */
const FAR_KM = WEIGHTS.near[WEIGHTS.near.length - 1]![0];
const KM_PER_DEGREE = (6371 * Math.PI) / 180;

const named = (m: PlaceMention): boolean => m.role !== 'demonym';
const isHomeState = (m: PlaceMention): boolean => m.homeState;

/** When the article's region beats a name's far small namesakes (farNamesake). */
const NAMESAKE = {
  farKm: 300,
  /** the article's places in the region: one misread place is no cluster */
  places: 2,
};

/** What the rest of the article adds to a weak name's own evidence (evidence.ts) for the place it resolves to. */
const SUPPORT = {
  /** the share of the article's places that lie in its country, times this */
  countryShare: 2,
  /** a first- or second-order region the article names holds it */
  admin1Named: 1.5,
  admin2Named: 2,
  /** its distance to the nearest strong place of the article: the weight of the first step it falls under */
  near: [
    [30, 2.5],
    [100, 2],
    [250, 1],
  ] as Array<[number, number]>,
};

/**
 * Resolves each place name of a document to a gazetteer entry: population and feature priors, then the
 * document's own evidence (the countries and regions it names, places named next to each other, the
 * dateline), in two more passes so that confident places inform the ambiguous ones. Weak mentions that resolve
 * nowhere near the rest of the document are dropped (null in the map).
 */
export function resolvePlaces(mentions: PlaceMention[], gaz: Gazetteer, text: MentionWords): Map<PlaceMention, Resolution | null> {
  const groups = groupMentions(mentions, gaz);
  const byMention = new Map<PlaceMention, Group>();
  // the groups and their mentions by index, here and below: a for-of loop runs the iterator protocol until compiled
  for (let q = 0; q < groups.length; q++) for (let n = 0; n < groups[q]!.mentions.length; n++) byMention.set(groups[q]!.mentions[n]!, groups[q]!);
  const context = rankGroups(groups, linkGroups(groups, byMention), gaz);
  const out = new Map<PlaceMention, Resolution | null>();
  const around = articleReading(groups, byMention, text, gaz);
  for (let q = 0; q < groups.length; q++) {
    const g = groups[q]!;
    const resolution = groupResolution(g, context, byMention, around, gaz);
    // a person's or an organisation's name on its own words, or when the article names the place itself too; a name
    // the tagger skipped (untagged-names.ts) only in the article's region
    const named = g.mentions.some((m) => !m.personOrOrg);
    const untagged = resolution?.inRegion !== 'article' && g.mentions.every((m) => m.rule === 'places/article-region');
    for (let n = 0; n < g.mentions.length; n++) {
      const m = g.mentions[n]!;
      out.set(m, !resolution || untagged || (m.personOrOrg && !named && !isStrong(m)) ? null : resolution);
    }
  }
  return out;
}

/**
 * Each group's containers, the places its container holds and the groups listed beside it, from its mentions'
 * containers and lists; returns the groups whose choice another group reads (its container, a place listed beside it).
 */
function linkGroups(groups: Group[], byMention: Map<PlaceMention, Group>): Set<Group> {
  const consulted = new Set<Group>();
  for (let q = 0; q < groups.length; q++) {
    const g = groups[q]!;
    for (let n = 0; n < g.mentions.length; n++) {
      const m = g.mentions[n]!;
      if (m.container) {
        g.containers.push(...m.container.matches);
        const holder = byMention.get(m.container);
        holder?.contained.push(...m.matches);
        if (holder) consulted.add(holder);
      }
      const listed = m.listedWith && byMention.get(m.listedWith);
      if (!listed || listed === g) continue;
      if (!g.listed.includes(listed)) g.listed.push(listed);
      consulted.add(listed);
    }
  }
  return consulted;
}

/** Ranks each group's candidates by priors, then twice more by what the other groups' choices say; the last context. */
function rankGroups(groups: Group[], consulted: Set<Group>, gaz: Gazetteer): Context {
  for (let q = 0; q < groups.length; q++) groups[q]!.ranked = candidates(groups[q]!, gaz);
  // a weak group too ambiguous to stand as a point that no group consults puts nothing in the context: only its
  // last pass's choice counts, so its middle pass ranks by priors alone; so does a group of one candidate, which
  // chooses it whatever its score (its one point pulls fully)
  const priorsSuffice = (g: Group): boolean => g.ranked.length === 1 || (!g.strong && g.ranked.length > WEIGHTS.weakPointCandidates && !consulted.has(g));
  const context = emptyContext();
  for (let pass = 0; pass < 3; pass++) {
    for (let q = 0; q < groups.length; q++) rank(groups[q]!, context, pass === 0 || (pass === 1 && priorsSuffice(groups[q]!)));
    buildContext(context, groups, gaz);
  }
  return context;
}

/**
 * What a group resolves to: the region the text names for it, the article's region, or its choice; null for a weak
 * group the rest of the article does not support.
 */
function groupResolution(
  g: Group,
  context: Context,
  byMention: Map<PlaceMention, Group>,
  around: (g: Group, choice: Scored | null) => ArticleRegion | FeatureNamesake | null,
  gaz: Gazetteer,
): Resolution | null {
  const support = g.strong || !g.choice ? null : supportOf(g, g.choice, context, gaz);
  if (!g.strong && (support === null || g.evidence + support.weight < PLACE_THRESHOLD)) return null;
  // a small place's other spelling ("Tskhinvali") only where the article's other places stand by it
  const doubtful = smallAlternate(g.choice, gaz) && (g.strong ? supportOf(g, g.choice!, context, gaz) : support) === null;
  const choice = doubtful ? null : g.choice;
  const region = choice && g.containers.some((c) => within(choice.place, gaz.place(c.index))) ? null : namedRegion(g, byMention, choice === null, gaz);
  if (region) return { place: region, candidates: [], score: null, support, inRegion: 'named' };
  const article = around(g, choice);
  if (article && 'km' in article) return { place: article.place, candidates: [], score: null, support: { weight: 0, focus: null, near: article.near, km: article.km }, inRegion: 'feature' };
  if (article) return { place: article.place, candidates: [], score: article.score, support: { weight: article.score, focus: article.focus, near: article.near, km: 0 }, inRegion: 'article' };
  return { place: choice?.place ?? null, candidates: choice ? runnersUp(g) : [], score: choice?.score ?? null, support, inRegion: null };
}

/**
 * The article's region for a group (articleRegion, farNamesake), given its choice; the article's resolved places, and
 * the regions they concentrate in, are gathered on the first group that may need them.
 */
function articleReading(
  groups: Group[],
  byMention: Map<PlaceMention, Group>,
  text: MentionWords,
  gaz: Gazetteer,
): (g: Group, choice: Scored | null) => ArticleRegion | FeatureNamesake | null {
  let resolved: ResolvedPlace[] | null = null;
  let regions: CandidateRegion[] | null = null;
  const placeOf = (m: PlaceMention): Place | null => {
    const g = byMention.get(m);
    return g?.strong && g.choice ? g.choice.place : null;
  };
  const sameName = (m: PlaceMention): readonly PlaceMention[] => byMention.get(m)?.mentions ?? [];
  return (g, choice) => {
    const unknown = g.matches.length === 0;
    if (!unknown && (!choice || g.ranked.some((c) => c.place.featureKind !== 'city' || isMajorEntry(gaz, c.place.index)))) return null;
    // a people's word ("English", "Texan") names no place of the story
    resolved ??= resolvedPlaces(groups, gaz);
    if (!unknown) return farNamesake(g, resolved, placeOf, sameName, text, gaz);
    if (!datelineTown(g.mentions) && !g.mentions.some((m) => saysPlace(m, placeOf, text, sameName))) return null;
    const feature = featureNamesake(g.mentions, resolved, gaz);
    if (feature?.natural) return feature;
    regions ??= articleRegions(resolved, gaz);
    return articleRegion(g.mentions, regions, resolved, placeOf, text) ?? feature ?? streetTown(g.mentions, resolved, text);
  };
}

/** The strong groups' choices, with their weights (a packed array, as candidates makes). */
function resolvedPlaces(groups: Group[], gaz: Gazetteer): ResolvedPlace[] {
  const out: ResolvedPlace[] = [];
  for (let q = 0; q < groups.length; q++) {
    const o = groups[q]!;
    if (o.strong && o.choice && !smallAlternate(o.choice, gaz) && o.mentions.some(named)) out.push({ place: o.choice.place, weight: weightOf(o, o.choice.place), mentions: o.mentions });
  }
  return out;
}

/**
 * "Waterville" in a story of villages of one Irish county, whose only readings are small towns an ocean away (or, in
 * a story of one Nebraska county, towns of Massachusetts): the county the article's places concentrate in, when every
 * reading of the name is a small place outside the region, further than NAMESAKE.farKm from every place of the
 * article, the region holds NAMESAKE.places of the article's places or more, and the article's evidence for the region
 * clears the threshold. A far small namesake is what a gazetteer holds of a village under its cut; null when any
 * reading is major, in the region or near the article's places.
 */
function farNamesake(
  g: Group,
  resolved: ResolvedPlace[],
  placeOf: (m: PlaceMention) => Place | null,
  sameName: (m: PlaceMention) => readonly PlaceMention[],
  text: MentionWords,
  gaz: Gazetteer,
): ArticleRegion | null {
  const others = resolved.filter((r) => r.mentions !== g.mentions);
  const far = (p: Place): boolean => others.every((r) => distanceKm(p.lat, p.lon, r.place.lat, r.place.lon) > NAMESAKE.farKm);
  if (!g.ranked.every((c) => far(c.place)) || !g.mentions.some((m) => saysPlace(m, placeOf, text, sameName))) return null;
  const around = articleRegion(g.mentions, articleRegions(others, gaz), others, placeOf, text);
  if (!around || around.places < NAMESAKE.places) return null;
  return g.ranked.every((c) => !within(c.place, around.place)) ? around : null;
}

/**
 * The state or county the text puts a group's place in after a comma, when the gazetteer has no reading of it there:
 * a village it lacks ("Caherbeg, Kerry"), or, when the words say the container is a county or a state, a name it has
 * only elsewhere ("Waterville, Co. Kerry" with only American Watervilles), or a state after a town's name it has only
 * as small towns of other states (state-containers.ts). A reader puts it there; so does the map.
 * `unknown`: the gazetteer has no reading of the name at all.
 */
function namedRegion(g: Group, byMention: Map<PlaceMention, Group>, unknown: boolean, gaz: Gazetteer): Place | null {
  if (g.containers.length === 0) return null;
  for (let n = 0; n < g.mentions.length; n++) {
    const m = g.mentions[n]!;
    if (!m.container) continue;
    const p = byMention.get(m.container)?.choice?.place;
    if (p && (p.featureKind === 'admin1' || p.featureKind === 'admin2') && (unknown || m.container.kindHint === 'region' || (p.featureKind === 'admin1' && onlyTowns(g.ranked, gaz)))) return p;
  }
  return null;
}

function groupMentions(mentions: PlaceMention[], gaz: Gazetteer): Group[] {
  // a demonym and a place name of the same spelling are two groups
  const byKey = { demonym: new Map<string, Group>(), place: new Map<string, Group>() };
  const groups: Group[] = [];
  // the entries of the groups named more than once, as their later mentions add theirs
  const entries = new Map<Group, Set<number>>();
  for (let q = 0; q < mentions.length; q++) {
    const m = mentions[q]!;
    const same = m.role === 'demonym' ? byKey.demonym : byKey.place;
    let g = same.get(m.key);
    if (!g) {
      // a mention names each entry once (as a gazetteer key does): its matches open the group's
      g = { mentions: [m], matches: m.matches.slice(), evidence: -Infinity, strong: false, containers: [], contained: [], choice: null, ranked: [], hint: null, listed: [] };
      same.set(m.key, g);
      groups.push(g);
    } else {
      g.mentions.push(m);
      let seen = entries.get(g);
      if (!seen) entries.set(g, (seen = new Set(g.matches.map((x) => x.index))));
      for (let n = 0; n < m.matches.length; n++) {
        const x = m.matches[n]!;
        if (seen.has(x.index)) continue;
        seen.add(x.index);
        g.matches.push(x);
      }
    }
    // the article's support lifts no person's or organisation's name
    if (!m.personOrOrg) g.evidence = Math.max(g.evidence, m.evidence);
    g.strong ||= isStrong(m);
    g.hint ??= m.kindHint;
  }
  for (let q = 0; q < groups.length; q++) {
    const g = groups[q]!;
    if (g.matches.length > MAX_CANDIDATES) {
      // pushed, as candidates' arrays are
      const byPrior: Array<{ m: NameMatch; prior: number }> = [];
      for (const m of g.matches) byPrior.push({ m, prior: priorOf(gaz, priorsOf(gaz), m) });
      byPrior.sort((a, b) => b.prior - a.prior || a.m.index - b.m.index);
      g.matches = [];
      for (let k = 0; k < MAX_CANDIDATES; k++) g.matches.push(byPrior[k]!.m);
    }
  }
  return groups;
}

/**
 * The group's candidates with the parts of their scores that no pass changes (after containers are known). Its arrays
 * are pushed one by one: an optimised map() makes holey arrays, which deoptimise the code that read packed ones till then.
 */
function candidates(g: Group, gaz: Gazetteer): Scored[] {
  const places = placesOf(g.matches, gaz);
  const containers = placesOf(g.containers, gaz);
  const contained = placesOf(g.contained, gaz);
  const beside: Place[] = [];
  for (let q = 0; q < g.listed.length; q++) {
    const ms = g.listed[q]!.matches;
    for (let n = 0; n < ms.length; n++) beside.push(gaz.place(ms[n]!.index));
  }
  const table = priorsOf(gaz);
  const out: Scored[] = [];
  for (let i = 0; i < g.matches.length; i++) {
    const match = g.matches[i]!;
    const place = places[i]!;
    let base = priorOf(gaz, table, match);
    if (containers.length > 0) base += containers.some((c) => within(place, c)) ? WEIGHTS.inContainer : WEIGHTS.notInContainer;
    if (contained.length > 0 && contained.some((c) => within(c, place))) base += WEIGHTS.containsNamed;
    if (beside.length > 0 && countyListedWith(place, beside)) base += WEIGHTS.countyListed;
    // "Idlib" names the city unless followed by "province"; the governorate named after it yields to it
    const region = place.featureKind === 'admin1' || place.featureKind === 'admin2';
    const sameNamed = region && holdsPrimary(place, places, g.matches) ? (g.hint === 'region' ? WEIGHTS.regionHint : -WEIGHTS.sameNamedCity) : 0;
    const cityHint = g.hint === 'city' && place.featureKind === 'city' ? WEIGHTS.cityHint : 0;
    out.push({ match, place, base, sameNamed, cityHint, score: 0 });
  }
  return out;
}

/** The matches' entries (a packed array). */
function placesOf(matches: NameMatch[], gaz: Gazetteer): Place[] {
  const out: Place[] = [];
  for (let q = 0; q < matches.length; q++) out.push(gaz.place(matches[q]!.index));
  return out;
}

/** Per gazetteer, each entry's prior by its own name (at 2 × index) and by another spelling (2 × index + 1), once asked. */
const priors = new WeakMap<Gazetteer, Float64Array>();

function priorsOf(gaz: Gazetteer): Float64Array {
  let table = priors.get(gaz);
  if (!table) priors.set(gaz, (table = new Float64Array(gaz.size * 2).fill(NaN)));
  return table;
}

/** The match's prior from `table` (priorsOf(gaz)), worked out when first asked. */
function priorOf(gaz: Gazetteer, table: Float64Array, m: NameMatch): number {
  const k = m.index * 2 + (m.primary ? 0 : 1);
  let v = table[k]!;
  if (Number.isNaN(v)) table[k] = v = prior(gaz.kindOf(m.index), gaz.featureCodeOf(m.index), gaz.populationOf(m.index), m);
  return v;
}

/** An entry's score before the article is read, from its kind, feature code and population (no Place built). */
function prior(kind: FeatureKind, code: string, population: number, m: NameMatch): number {
  // a town of the newer GeoNames list has no population there, though it was listed for having a thousand or more
  const people = kind === 'city' && population === 0 ? WEIGHTS.unknownTown : population;
  // a capital's old or foreign name ("Philadelphia" for Amman) earns no capital's bonus
  return (WEIGHTS.kind[kind] ?? 0) + (m.primary ? WEIGHTS.code[code] ?? 0 : WEIGHTS.alternateName) + WEIGHTS.population * Math.log10(people + 1);
}

function rank(g: Group, ctx: Context, priorsOnly: boolean): void {
  const own = ownWeights(g);
  for (let q = 0; q < g.ranked.length; q++) {
    const c = g.ranked[q]!;
    let score = c.base;
    if (!priorsOnly) score += contextScore(c.place, g, own, ctx);
    if (c.sameNamed !== 0) score += c.sameNamed;
    if (c.cityHint !== 0) score += c.cityHint;
    c.score = score;
  }
  sortByScore(g.ranked);
  g.choice = g.ranked[0] ?? null;
}

/**
 * Best score first, then lower entry number: a total order (a group's places are distinct), so sorting last
 * pass's order in place gives what sorting afresh would. Insertion sort: a group has few candidates.
 */
function sortByScore(ranked: Scored[]): void {
  for (let k = 1; k < ranked.length; k++) {
    const c = ranked[k]!;
    let at = k;
    while (at > 0 && before(c, ranked[at - 1]!)) {
      ranked[at] = ranked[at - 1]!;
      at--;
    }
    ranked[at] = c;
  }
}

function before(a: Scored, b: Scored): boolean {
  return (b.score - a.score || a.place.index - b.place.index) < 0;
}

function contextScore(p: Place, g: Group, own: OwnWeights, ctx: Context): number {
  let s = 0;
  if (p.countryCode && ctx.countryTotal - own.total > 0) {
    const share = ((ctx.countries.get(p.countryCode) ?? 0) - (own.country === p.countryCode ? own.total : 0)) / (ctx.countryTotal - own.total);
    s += WEIGHTS.countryShare * Math.max(0, share);
  }
  if (regionNamed(p, own, ctx)) s += p.featureKind === 'admin1' ? WEIGHTS.holdsNamed : WEIGHTS.admin1Named;
  if (p.featureKind === 'city' || p.featureKind === 'admin2') s += closeness(p, g, ctx);
  else if (listedOfKind(g, p)) s += WEIGHTS.listedKind;
  return s;
}

/** "Oregon and Washington", "France, Spain and Italy": a state or a country listed beside another of its kind. */
function listedOfKind(g: Group, p: Place): boolean {
  if (p.featureKind !== 'admin1' && p.featureKind !== 'country') return false;
  for (let q = 0; q < g.listed.length; q++) {
    const o = g.listed[q]!;
    if (o.choice?.place.featureKind === p.featureKind && (p.featureKind === 'country' || o.choice.place.countryCode === p.countryCode)) return true;
  }
  return false;
}

/** Whether another group named the first-order region that holds p (or is p). */
function regionNamed(p: Place, own: OwnWeights, ctx: Context): boolean {
  const region = p.featureKind === 'admin1' ? p.index : p.admin1;
  return region >= 0 && (ctx.admin1.get(region) ?? 0) - (own.admin1 === region ? own.total : 0) > 0;
}

/** A group's own weight in the context, so it does not vote for itself. */
function ownWeights(g: Group): OwnWeights {
  const p = g.choice?.place;
  if (!p || !g.strong) return { total: 0, country: null, admin1: -1 };
  return { total: weightOf(g, p), country: p.countryCode, admin1: p.featureKind === 'admin1' ? p.index : p.admin1 };
}

function weightOf(g: Group, p: Place): number {
  const per = p.featureKind === 'country' || p.featureKind === 'admin1' ? 1 : p.featureKind === 'city' || p.featureKind === 'admin2' ? 0.6 : 0.3;
  let w = 0;
  for (let q = 0; q < g.mentions.length; q++) w += g.mentions[q]!.role === 'dateline' ? WEIGHTS.datelineWeight : per;
  return w;
}

/** Fills `ctx` anew from the groups' current choices. */
function buildContext(ctx: Context, groups: Group[], gaz: Gazetteer): void {
  // an empty map is left as it is: clear() allocates a new table, and most documents fill few of them
  if (ctx.countries.size > 0) ctx.countries.clear();
  ctx.countryTotal = 0;
  if (ctx.admin1.size > 0) ctx.admin1.clear();
  if (ctx.admin2.size > 0) ctx.admin2.clear();
  if (ctx.focus.size > 0) ctx.focus.clear();
  ctx.points.length = 0;
  for (let q = 0; q < groups.length; q++) {
    const g = groups[q]!;
    const p = g.choice?.place;
    // "Sen. Ann Dorsey, D-Vt.": a lawmaker's state says nothing of where the story is
    if (!p || smallAlternate(g.choice, gaz) || g.mentions.every(isHomeState)) continue;
    if (!g.strong) {
      // "Hexham and Corbridge": a small place with one reading, weak on its own, still says where the article is
      if (g.ranked.length <= WEIGHTS.weakPointCandidates && (p.featureKind === 'city' || p.featureKind === 'admin2')) {
        ctx.points.push({ lat: p.lat, lon: p.lon, group: g, run: 0, pull: 1 });
      }
      continue;
    }
    const w = weightOf(g, p);
    if (p.countryCode) {
      ctx.countries.set(p.countryCode, (ctx.countries.get(p.countryCode) ?? 0) + w);
      ctx.countryTotal += w;
      if (p.featureKind === 'country') addFocus(ctx, p.countryCode, g, w);
    }
    const region = p.featureKind === 'admin1' ? p.index : p.admin1;
    if (region >= 0) ctx.admin1.set(region, (ctx.admin1.get(region) ?? 0) + w);
    if (p.featureKind === 'admin1' || p.featureKind === 'admin2') addFocus(ctx, p.index, g, w);
    if (p.featureKind === 'admin2') ctx.admin2.set(p.index, (ctx.admin2.get(p.index) ?? 0) + w);
    // the group's leading candidates all stand as points, so that places named together pull each other to
    // the cluster where their candidates are closest (Huntsville and Walker County, Texas), not the priors'; a
    // runner-up pulls less the further it trails, so that two namesakes' runners-up make no cluster of their own
    // where neither group's choice is
    const top = g.ranked[0]!.score;
    let taken = 0;
    for (let n = 0; n < g.ranked.length; n++) {
      const c = g.ranked[n]!;
      if (taken >= WEIGHTS.pointsPerGroup || ctx.points.length >= MAX_POINTS) break;
      const k = c.place.featureKind;
      if (k !== 'city' && k !== 'admin2' && k !== 'admin1') continue;
      if (c.score < top - WEIGHTS.pointMargin) break;
      ctx.points.push({ lat: c.place.lat, lon: c.place.lon, group: g, run: 0, pull: 1 - (top - c.score) / WEIGHTS.pointMargin });
      taken++;
    }
  }
  indexPoints(ctx);
}

/** Numbers the groups' runs of points and sorts a copy of the points by latitude, for closeness. */
function indexPoints(ctx: Context): void {
  let runs = 0;
  let last: Group | null = null;
  for (let k = 0; k < ctx.points.length; k++) {
    const q = ctx.points[k]!;
    if (q.group !== last) runs++;
    last = q.group;
    q.run = runs - 1;
  }
  ctx.runs = runs;
  if (scratch.length < runs) scratch = new Float64Array(runs);
  ctx.byLatitude = byLatitude(ctx.points);
}

/**
 * The points sorted by latitude, stably: an insertion sort, as a document has few points, where sort() and its
 * comparison function cost more than the sorting.
 */
function byLatitude(points: Point[]): Point[] {
  const out: Point[] = [];
  for (let k = 0; k < points.length; k++) {
    const q = points[k]!;
    let at = out.length;
    out.push(q);
    while (at > 0 && out[at - 1]!.lat > q.lat) {
      out[at] = out[at - 1]!;
      at--;
    }
    out[at] = q;
  }
  return out;
}

/** Another spelling of a small place: it says where the article is only once the article's places stand by it. */
function smallAlternate(c: Scored | null, gaz: Gazetteer): boolean {
  return !!c && !c.match.primary && !isMajorEntry(gaz, c.match.index);
}

function addFocus(ctx: Context, key: string | number, g: Group, w: number): void {
  const was = ctx.focus.get(key);
  if (!was || weightOf(was, was.choice!.place) < w) ctx.focus.set(key, g);
}

function emptyContext(): Context {
  return { countries: new Map(), countryTotal: 0, admin1: new Map(), admin2: new Map(), focus: new Map(), points: [], byLatitude: [], runs: 0 };
}

/**
 * What the rest of the document says of the place a weakly recognised name resolved to: a container that holds
 * it, the share of the article's places in its country, a region named that holds it, and how near the nearest
 * strong place is; null when nothing does.
 */
function supportOf(g: Group, c: Scored, ctx: Context, gaz: Gazetteer): Support | null {
  const p = c.place;
  const container = g.containers.find((x) => within(p, gaz.place(x.index)));
  if (container) return { weight: -HOPELESS, focus: null, near: null, km: 0 };
  const own = ownWeights(g);
  const total = ctx.countryTotal - own.total;
  const share = p.countryCode && total > 0 ? ((ctx.countries.get(p.countryCode) ?? 0) - (own.country === p.countryCode ? own.total : 0)) / total : 0;
  let weight = SUPPORT.countryShare * Math.max(0, share);
  let focus = share > 0 && p.countryCode ? ctx.focus.get(p.countryCode) ?? null : null;
  if (regionNamed(p, own, ctx)) {
    weight += SUPPORT.admin1Named;
    focus = ctx.focus.get(p.featureKind === 'admin1' ? p.index : p.admin1) ?? focus;
  }
  if (p.admin2 >= 0 && (ctx.admin2.get(p.admin2) ?? 0) > 0) {
    weight += SUPPORT.admin2Named;
    focus = ctx.focus.get(p.admin2) ?? focus;
  }
  const { km, group } = nearest(p, g, ctx);
  const step = SUPPORT.near.find(([limit]) => km < limit);
  if (step) weight += step[1];
  if (weight === 0) return null;
  return { weight, focus: focus?.mentions[0] ?? null, near: step && group ? group.mentions[0]! : null, km };
}

/** Up to three candidates after the choice within WEIGHTS.runnerUpMargin of it (a packed array, as candidates makes). */
function runnersUp(g: Group): Place[] {
  const best = g.choice;
  const out: Place[] = [];
  if (!best) return out;
  for (let k = 1; k < g.ranked.length && out.length < 3; k++) {
    const s = g.ranked[k]!;
    if (s.score >= best.score - WEIGHTS.runnerUpMargin) out.push(s.place);
  }
  return out;
}

/**
 * "Idlib" the governorate and "Idlib" its city: a first- or second-order region that holds a place the group's name
 * names by its own name (`places` are the entries of `matches`). A scan, not sets: a group has few candidates.
 */
function holdsPrimary(region: Place, places: Place[], matches: NameMatch[]): boolean {
  const admin1 = region.featureKind === 'admin1';
  for (let k = 0; k < places.length; k++) {
    if (matches[k]!.primary && (admin1 ? places[k]!.admin1 : places[k]!.admin2) === region.index) return true;
  }
  return false;
}


/**
 * closeness's scratch, by run: the most the group's points add so far. One array for every document, grown as
 * needed: an array per document cost more than the sums it serves.
 */
let scratch = new Float64Array(16);

/**
 * Sum over the other groups of how close their points are, each point's step weighted by its pull and a group
 * counting its best point, up to WEIGHTS.nearCap, added in the order of the runs. Only the points less than FAR_KM
 * north or south of p can add anything.
 */
function closeness(p: Place, g: Group, ctx: Context): number {
  const pts = ctx.byLatitude;
  const best = scratch;
  // a loop, not fill(): a call of fill costs more than the few runs it sets
  for (let r = 0; r < ctx.runs; r++) best[r] = 0;
  // from the first point less than FAR_KM south of p
  const first = partitionPoint(0, pts.length, (k) => (p.lat - pts[k]!.lat) * KM_PER_DEGREE >= FAR_KM);
  for (let k = first; k < pts.length; k++) {
    const q = pts[k]!;
    const dLat = Math.abs(p.lat - q.lat) * KM_PER_DEGREE;
    if (q.lat > p.lat && dLat >= FAR_KM) break;
    // no point adds more than its pull times the step of its distance north or south, whatever its longitude
    if (q.group === g || q.pull * nearWeight(dLat) <= best[q.run]!) continue;
    const v = q.pull * nearWeight(distanceKm(p.lat, p.lon, q.lat, q.lon));
    if (v > best[q.run]!) best[q.run] = v;
  }
  let total = 0;
  for (let r = 0; r < ctx.runs; r++) total += best[r]!;
  return Math.min(WEIGHTS.nearCap, total);
}

/** The weight of the first WEIGHTS.near step the distance falls under, 0 past the last. Asked per point: loops by index. */
function nearWeight(km: number): number {
  const near = WEIGHTS.near;
  for (let k = 0; k < near.length; k++) if (km < near[k]![0]) return near[k]![1];
  return 0;
}

/** The nearest point of a strong group other than g, and its distance. */
function nearest(p: Place, g: Group, ctx: Context): { km: number; group: Group | null } {
  let km = Infinity;
  let group: Group | null = null;
  for (let k = 0; k < ctx.points.length; k++) {
    const q = ctx.points[k]!;
    if (q.group === g || !q.group.strong) continue;
    const d = distanceKm(p.lat, p.lon, q.lat, q.lon);
    if (d < km) {
      km = d;
      group = q.group;
    }
  }
  return { km, group };
}
