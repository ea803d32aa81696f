import type { Doc, Region } from '../doc/document.js';
import { span } from '../doc/span.js';
import { slug } from '../entities/merge.js';
import type { Entity, Location } from '../schema.js';

const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC']);

/** Every place entity becomes a location with all its mentions; the dateline's place is one too. */
export function extractLocations(doc: Doc, entities: Entity[], datelinePlace: Region | null): Location[] {
  const locations: Location[] = [];
  let datelineTaken = datelinePlace === null;
  for (const e of entities) {
    if (!PLACE_TYPES.has(e.type)) continue;
    const mentions = e.mentions.map((m) => ({ ...span(doc.text, m.start, m.end), role: 'mention' as 'mention' | 'dateline' }));
    if (datelinePlace) {
      const hit = mentions.find((m) => m.start === datelinePlace.start && m.end === datelinePlace.end);
      if (hit) {
        hit.role = 'dateline';
        datelineTaken = true;
      }
    }
    locations.push({ id: `place:${e.id.slice(e.id.indexOf(':') + 1)}`, name: e.name, entityId: e.id, mentions, geo: null, candidates: [] });
  }
  if (!datelineTaken && datelinePlace) {
    const text = doc.text.slice(datelinePlace.start, datelinePlace.end);
    const name = text.charAt(0) + text.slice(1).toLowerCase();
    locations.push({
      id: `place:${slug(name)}`,
      name,
      entityId: null,
      mentions: [{ ...span(doc.text, datelinePlace.start, datelinePlace.end), role: 'dateline' }],
      geo: null,
      candidates: [],
    });
  }
  return locations.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}
