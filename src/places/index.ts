import type { Doc, Region } from '../doc/document.js';
import { span } from '../doc/span.js';
import { slug } from '../entities/merge.js';
import type { Entity, Geo, Location } from '../schema.js';
import { gazetteer, type Place } from './gazetteer.js';
import type { PlaceMention } from './mention.js';
import { recognizePlaces } from './recognize.js';
import { resolvePlaces, type Resolution } from './resolve.js';

/** Short id of the gazetteer the places are resolved against (for `meta.gazetteer`). */
export function gazetteerId(): string {
  return gazetteer().hash.slice(0, 12);
}

/**
 * Every place mention of the document, resolved offline to a gazetteer entry and merged per place: the
 * tagger's GPE/LOC/FAC names, gazetteer names it missed, demonyms (role "demonym", linked to their country),
 * and the dateline's place.
 */
export function extractLocations(doc: Doc, entities: Entity[], datelinePlace: Region | null): Location[] {
  const gaz = gazetteer();
  const mentions = recognizePlaces(doc, entities, datelinePlace, gaz);
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
    locations.push({
      id: n === 1 ? base : `${base}-${n}`,
      name,
      entityId: ms.find((m) => m.entityId)?.entityId ?? null,
      mentions: ms.map((m) => ({ ...span(doc.text, m.start, m.end), role: m.role })),
      geo: resolution.place ? toGeo(resolution.place) : null,
      candidates: resolution.candidates.map(toGeo),
    });
  }
  return locations.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
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
