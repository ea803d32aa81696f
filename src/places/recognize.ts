import type { Doc, Region } from '../doc/document.js';
import type { Entity } from '../schema.js';
import { linkContainers } from './containers.js';
import { PlaceContext } from './context.js';
import { markDateline } from './dateline.js';
import { dropOverlaps } from './drop-overlaps.js';
import { addEntityPlaces } from './entity-places.js';
import type { Gazetteer } from './gazetteer.js';
import { gazetteerNames } from './gazetteer-names.js';
import type { PlaceMention } from './mention.js';
import { streetNames } from './street-names.js';

/**
 * Finds the place mentions of a document, by start: gazetteer names over the capitalised words, streets and
 * roads, then the tagger's places (which confirm the names found, or add places the gazetteer lacks), then the
 * dateline's place; one mention where they overlap; then each place's container ("Gary, Ind.").
 */
export function recognizePlaces(doc: Doc, entities: Entity[], datelinePlace: Region | null, gaz: Gazetteer): PlaceMention[] {
  const cx = new PlaceContext(doc, entities, gaz);
  const mentions = gazetteerNames(cx);
  mentions.push(...streetNames(cx));
  addEntityPlaces(cx, mentions);
  if (datelinePlace) markDateline(cx, mentions, datelinePlace);
  const kept = dropOverlaps(mentions);
  linkContainers(cx, kept);
  return kept;
}
