import type { Doc, Region } from '../doc/document.js';
import type { Entity } from '../schema.js';
import { PlaceContext } from './context.js';
import { markDateline } from './dateline.js';
import { addEntityPlaces } from './entity-places.js';
import type { Gazetteer } from './gazetteer.js';
import { gazetteerNames } from './gazetteer-names.js';
import type { PlaceMention } from './mention.js';
import { streetNames } from './street-names.js';

/** The place mentions every detector found, and the reading of the document they share. */
export interface PlaceCandidates {
  /** they may overlap (dropOverlaps settles that) */
  mentions: PlaceMention[];
  context: PlaceContext;
}

/**
 * Finds the place mentions of a document: gazetteer names over the capitalised words, streets and roads, then
 * the tagger's places (which confirm the names found, or add places the gazetteer lacks), then the dateline's
 * place. The pipeline then keeps one mention where they overlap, and links each place to its container.
 */
export function findPlaces(doc: Doc, entities: Entity[], datelinePlace: Region | null, gaz: Gazetteer): PlaceCandidates {
  const context = new PlaceContext(doc, entities, gaz);
  const mentions = gazetteerNames(context);
  mentions.push(...streetNames(context));
  addEntityPlaces(context, mentions);
  if (datelinePlace) markDateline(context, mentions, datelinePlace);
  return { mentions, context };
}
