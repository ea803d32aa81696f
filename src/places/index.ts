import type { Doc } from '../doc/document.js';
import { span } from '../doc/span.js';
import { slug } from '../entities/merge.js';
import { tokenAtOrAfter } from '../doc/lookup.js';
import { evidence } from '../doc/why.js';
import type { Evidence, Geo, Location, Why } from '../schema.js';
import { gazetteer, gazetteerHash, type Place } from './gazetteer.js';
import { linkContainers } from './containers.js';
import type { PlaceMention } from './mention.js';
import type { PlaceCandidates } from './recognize.js';
import { resolvePlaces, type Resolution } from './resolve.js';

/** Short id of the gazetteer the places are resolved against (for `meta.gazetteer`). */
export function gazetteerId(): string {
  return gazetteerHash().slice(0, 12);
}

/**
 * The places of the document: its place mentions (no two overlapping) linked to their containers, resolved
 * offline to a gazetteer entry and merged per place.
 */
export function extractLocations(doc: Doc, places: PlaceCandidates, explain = false): Location[] {
  const gaz = gazetteer();
  const mentions = places.mentions;
  linkContainers(places.context, mentions);
  const resolved = resolvePlaces(mentions, gaz);
  const byPlace = new Map<string, { mentions: PlaceMention[]; resolution: Resolution }>();
  for (const m of mentions) {
    const r = resolved.get(m);
    if (!r) continue;
    const key = r.place ? `#${r.place.index}` : m.key;
    const bucket = byPlace.get(key);
    if (bucket) bucket.mentions.push(m);
    else byPlace.set(key, { mentions: [m], resolution: r });
  }
  const used = new Map<string, number>();
  const locations: Location[] = [];
  for (const { mentions: ms, resolution } of byPlace.values()) {
    const name = resolution.place?.name ?? canonicalName(doc.text, ms);
    const base = `place:${slug(name)}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    const location: Location = {
      id: n === 1 ? base : `${base}-${n}`,
      name,
      entityId: ms.find((m) => m.entityId)?.entityId ?? null,
      mentions: ms.map((m) => ({ ...span(doc.text, m.start, m.end), role: m.role })),
      geo: resolution.place ? toGeo(resolution.place) : null,
      candidates: resolution.candidates.map(toGeo),
    };
    if (explain) location.why = placeWhy(doc, ms, resolution);
    locations.push(location);
  }
  return locations.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

/** How the first mention was found; every mention's container and locative word; the chosen entry's score. */
function placeWhy(doc: Doc, ms: PlaceMention[], resolution: Resolution): Why {
  const found: Evidence[] = [];
  for (const m of ms) {
    if (m.locative) {
      const before = doc.tokens[tokenAtOrAfter(doc, m.start) - 1]!;
      found.push(evidence(doc.text, 'locative', before.start, before.end));
    }
    if (m.container) found.push(evidence(doc.text, 'container', m.container.start, m.container.end));
  }
  const why: Why = { rule: ms[0]!.rule, evidence: found };
  if (resolution.score !== null) why.score = Math.round(resolution.score * 100) / 100;
  return why;
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
  for (const m of ms) {
    const s = text.slice(m.start, m.end).replace(/\s+/g, ' ');
    const caps = s === s.toUpperCase();
    if (s.length > best.length || (s.length === best.length && best === best.toUpperCase() && !caps)) best = s;
  }
  if (best === best.toUpperCase() && best.length > 4) best = best.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase());
  return best;
}
