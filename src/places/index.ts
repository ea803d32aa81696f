import type { Doc } from '../doc/document.js';
import { span } from '../doc/span.js';
import { slug } from '../entities/merge.js';
import { tokenAtOrAfter } from '../doc/lookup.js';
import { evidence } from '../doc/why.js';
import type { Evidence, Geo, Location, Why } from '../schema.js';
import { gazetteer, gazetteerHash, type Place } from './gazetteer.js';
import { linkContainers } from './containers.js';
import { linkListContainers } from './list-containers.js';
import type { PlaceContext } from './context.js';
import type { PlaceMention } from './mention.js';
import type { PlaceCandidates } from './recognize.js';
import { resolvePlaces, type Resolution } from './resolve.js';
import { mentionWords } from './mention-words.js';

/** Short id of the gazetteer the places are resolved against (for `meta.gazetteer`). */
export function gazetteerId(): string {
  return gazetteerHash().slice(0, 12);
}

/**
 * The places of the document: its place mentions (no two overlapping) linked to their containers, resolved
 * offline to a gazetteer entry and merged per place.
 */
export function extractLocations(doc: Doc, places: PlaceCandidates, explain = false): Location[] {
  const mentions = places.mentions;
  linkContainers(places.context, mentions);
  linkListContainers(places.context, mentions);
  const byPlace = mentionsByPlace(mentions, resolvePlaces(mentions, gazetteer(), mentionWords(doc)));
  const used = new Map<string, number>();
  const locations: Location[] = [];
  for (let q = 0; q < byPlace.length; q++) locations.push(location(doc, places.context, byPlace[q]!, used, explain));
  return locations.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

/** The mentions of one place, and what it resolved to. */
interface PlaceMentions {
  mentions: PlaceMention[];
  resolution: Resolution;
}

/** The resolved mentions merged per place, in the order of their first mentions. */
function mentionsByPlace(mentions: PlaceMention[], resolved: Map<PlaceMention, Resolution | null>): PlaceMentions[] {
  // a resolved place by its entry number, any other by its folded name: no key string to build per mention
  const byKey = new Map<number | string, PlaceMentions>();
  const out: PlaceMentions[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    const r = resolved.get(m);
    if (!r) continue;
    const key = r.place && !r.inRegion ? r.place.index : m.key;
    const bucket = byKey.get(key);
    if (bucket) bucket.mentions.push(m);
    else {
      const fresh = { mentions: [m], resolution: r };
      byKey.set(key, fresh);
      out.push(fresh);
    }
  }
  return out;
}

/** A place's location; `used` counts the ids given so far, which a second place of the same name numbers after. */
function location(doc: Doc, cx: PlaceContext, { mentions: ms, resolution }: PlaceMentions, used: Map<string, number>, explain: boolean): Location {
  const name = resolution.place && !resolution.inRegion ? resolution.place.name : canonicalName(doc.text, ms);
  const base = `place:${slug(name)}`;
  const n = (used.get(base) ?? 0) + 1;
  used.set(base, n);
  const location: Location = {
    id: n === 1 ? base : `${base}-${n}`,
    name,
    entityId: mainEntity(cx, ms),
    mentions: ms.map((m) => mentionSpan(doc.text, m)),
    geo: resolution.place ? toGeo(resolution.place) : null,
    candidates: resolution.candidates.map(toGeo),
  };
  if (explain) location.why = placeWhy(doc, ms, resolution);
  return location;
}

/** A mention's span and role, copied field by field: spreading the span made this a tenth of the stage's time. */
function mentionSpan(text: string, m: PlaceMention): Location['mentions'][number] {
  const s = span(text, m.start, m.end);
  return { start: s.start, end: s.end, text: s.text, role: m.role };
}

/**
 * How the first mention was found (or, for a name weak on its own, that the article's places put it on the map);
 * every mention's container, locative word and list neighbour; the places that supported it; the entry's score.
 */
function placeWhy(doc: Doc, ms: PlaceMention[], resolution: Resolution): Why {
  const found: Evidence[] = [];
  const cite = (role: Evidence['role'], m: { start: number; end: number }): void => {
    found.push(evidence(doc.text, role, m.start, m.end));
  };
  for (const m of ms) {
    if (m.locative) {
      const at = tokenAtOrAfter(doc, m.start);
      const before = doc.tokens[at - 1]!;
      // "D-Pleasanton": the party's letter and the hyphen
      cite('locative', before.norm === '-' ? { start: doc.tokens[at - 2]!.start, end: before.end } : before);
    }
    if (m.placeWords) cite('locative', m.placeWords);
    if (m.container) cite('container', m.container);
    if (m.listedWith) cite('list', m.listedWith);
    if (m.heldBy) cite('name', m.heldBy);
  }
  const support = resolution.support;
  if (support?.focus) cite('focus', support.focus);
  if (support?.near) cite('near', support.near);
  const why: Why = { rule: resolution.inRegion === 'article' ? 'places/article-region' : resolution.inRegion === 'feature' ? 'places/feature-namesake' : support ? 'places/context' : ms[0]!.rule, evidence: found };
  if (resolution.score !== null) why.score = Math.round(resolution.score * 100) / 100;
  return why;
}

/**
 * The entity that most of the place's names belong to: names before a people's word ("Canada" over "Canadians"),
 * then names the tagger found exactly so ("Alabama" over the "Ala" of "Ala."), the first of them on a tie. "U.S."
 * inside the headline's "U.S. Court" does not make the place that court.
 */
function mainEntity(cx: PlaceContext, ms: PlaceMention[]): string | null {
  const votes = new Map<string, [number, number, number]>();
  let best: [string, [number, number, number]] | null = null;
  for (let q = 0; q < ms.length; q++) {
    const m = ms[q]!;
    if (!m.entityId) continue;
    const v = votes.get(m.entityId) ?? [0, 0, 0];
    votes.set(m.entityId, v);
    if (m.role === 'demonym') v[2]++;
    else if (cx.typeAt(m.start, m.end) !== null) v[0]++;
    else v[1]++;
    if (!best || moreVotes(v, best[1])) best = [m.entityId, v];
  }
  return best ? best[0] : null;
}

/** More names, then more exact names, then more people's words. */
function moreVotes(a: [number, number, number], b: [number, number, number]): boolean {
  const names = a[0] + a[1] - (b[0] + b[1]);
  if (names !== 0) return names > 0;
  return a[0] !== b[0] ? a[0] > b[0] : a[2] > b[2];
}

function toGeo(p: Place): Geo {
  return {
    geonameId: p.geonameId,
    name: p.name,
    lat: p.lat,
    lon: p.lon,
    countryCode: p.countryCode,
    featureKind: p.featureKind,
    population: p.population > 0 ? p.population : null,
  };
}

/** The fullest surface of a place the gazetteer lacks, in its own capitals unless it was all capitals. */
function canonicalName(text: string, ms: PlaceMention[]): string {
  let best = '';
  for (let q = 0; q < ms.length; q++) {
    const m = ms[q]!;
    const s = text.slice(m.start, m.end).replace(/\s+/g, ' ');
    const caps = s === s.toUpperCase();
    if (s.length > best.length || (s.length === best.length && best === best.toUpperCase() && !caps)) best = s;
  }
  if (best === best.toUpperCase() && best.length > 4) best = best.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase());
  return best;
}
