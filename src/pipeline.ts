import { findLayout } from './doc/layout.js';
import { findNames } from './entities/index.js';
import { dropOverlaps as dropNameOverlaps } from './entities/drop-overlaps.js';
import { mergeMentions } from './entities/merge.js';
import { extractNumbers } from './numbers/index.js';
import { gazetteer } from './places/gazetteer.js';
import { extractLocations } from './places/index.js';
import { dropOverlaps as dropPlaceOverlaps } from './places/drop-overlaps.js';
import { findPlaces } from './places/recognize.js';
import { dropDuplicates } from './quotes/drop-duplicates.js';
import { extractQuotes } from './quotes/index.js';
import { createPipeline, defineStage } from './stage.js';

/**
 * The default pipeline, in order. Detectors favour recall; the refining stages after them (which require the
 * layer they produce) settle overlaps and repeats.
 */
export const pipeline = createPipeline([
  // The headline and the dateline first: the dateline names a place.
  defineStage({ name: 'layout', requires: [], produces: 'layout', run: (doc) => findLayout(doc) }),
  // Names before everything else: a speaker is an entity, a claimant too, and a place may be one.
  defineStage({ name: 'names', requires: ['layout'], produces: 'names', run: (doc, { layout }) => findNames(doc, layout.datelines) }),
  defineStage({ name: 'name-overlaps', requires: ['names'], produces: 'names', run: (_, { names }) => dropNameOverlaps(names) }),
  defineStage({ name: 'entities', requires: ['names'], produces: 'entities', run: (doc, { names }, ctx) => mergeMentions(doc, names, ctx.explain) }),
  // Quotes after entities: a quote's speaker resolves to an entity.
  defineStage({
    name: 'quotes',
    requires: ['entities', 'layout'],
    produces: 'quotes',
    run: (doc, { entities, layout }, ctx) => extractQuotes(doc, entities, layout.datelines, ctx),
  }),
  defineStage({ name: 'quote-duplicates', requires: ['quotes'], produces: 'quotes', run: (_, { quotes }) => dropDuplicates(quotes) }),
  // Numbers after quotes: a figure inside a quote is claimed by its speaker.
  defineStage({
    name: 'numbers',
    requires: ['quotes', 'entities'],
    produces: 'numbers',
    run: (doc, { quotes, entities }, ctx) => extractNumbers(doc, quotes, entities, ctx),
  }),
  // Places after entities and the layout: an entity's type decides what may be placed ("Paris Hilton" is not
  // Paris), and the dateline's place is a mention.
  defineStage({
    name: 'places',
    requires: ['entities', 'layout'],
    produces: 'places',
    run: (doc, { entities, layout }) => findPlaces(doc, entities, layout.datelinePlace, gazetteer()),
  }),
  defineStage({ name: 'place-overlaps', requires: ['places'], produces: 'places', run: (_, { places }) => ({ ...places, mentions: dropPlaceOverlaps(places.mentions) }) }),
  // Containers, resolution and merging once the mentions are settled: a container is a mention that stayed.
  defineStage({ name: 'locations', requires: ['places'], produces: 'locations', run: (doc, { places }, ctx) => extractLocations(doc, places, ctx.explain) }),
]);
