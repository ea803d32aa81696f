import type { EntityType } from '../schema.js';

/**
 * What a careful reader weighs before putting a name on the map, as weights added into one score per mention: a
 * mention whose score reaches PLACE_THRESHOLD is a place whatever the rest of the article says; one below it is
 * placed only when what the article says of the place it resolves to (`SUPPORT` in resolve.ts: its focus country,
 * a region it names, a place nearby) makes up the difference. Tuned on half A of the geo dev sets.
 */
export const EVIDENCE = {
  /** the name tagger's type of the very span: its reading of the sentence */
  type: { GPE: 3, LOC: 3, FAC: 3, NORP: -1, ORG: -3, PERSON: -3, EVENT: -2, MISC: -2 } as Partial<Record<EntityType, number>>,
  /** no name the tagger found there: the gazetteer alone proposes it */
  gazetteerOnly: -1,
  /** a country, state, continent, region, sea or range: names rarely borrowed */
  majorKind: 3,
  /** a city of MAJOR_CITY people or more, a well-known site, a county named in full */
  majorPlace: 2,
  /** the gazetteer has no entry for the tagger's name ("Liszt"): only its context can make it a place */
  unknown: -4,
  /** a word of the name says what kind of place it is ("Sangamon River", "Pike County") */
  placeKindWord: 4,
  /** only another language's or an old spelling matches ("Hamas" for Hamm) */
  alternateOnly: -3,
  /** one word that is also an ordinary English word ("Strong", "Eye") */
  commonWord: -4,
  /** one word that is also a first name or surname ("Tyler") */
  personWord: -3,
  /** a word of a person named in full in this article ("Lincoln" after "Dana Lincoln") */
  storyPerson: -4,
  /** it opens a sentence or sits in a headline, where a capital says nothing */
  ambiguousCase: -0.5,
  /** a preposition or direction of place before it ("in", "near", "outside", "eastern") */
  locative: 2.5,
  /** "of" before it: as often "the mayor of" as "a man of" a place */
  weakLocative: 1,
  /** a containing region or country after a comma ("Brandon, Suffolk", "Gary, Ind.") */
  container: 5,
  /** a party's letter and a hyphen before it, a lawmaker's home ("D-Pleasanton") */
  designator: 4,
  /** a hyphen and a participle of place joined to it ("Tulsa-based", "Bristol-born", "Kyiv-bound") */
  compound: 4,
  /** an apposition that calls it a settlement ("Foxholme, a hamlet north of Beverley") */
  apposition: 4,
  /** among other places of a list ("Ely, Eye and Diss") */
  list: 1.5,
  /** it opens or closes an organisation's name, as the place it serves ("Tulsa Arts Council", "University of Georgia"): as often a brand */
  organisationSeat: -2,
  /** a title or group after it that a place qualifies ("Tver Governor", "Fresno residents") */
  titled: 1,
};

/** The score from which a mention is a place on its own evidence. */
export const PLACE_THRESHOLD = 0;

/** Below this no support from the rest of the article can lift a mention (resolve.ts's SUPPORT at most). */
export const HOPELESS = -8;

/** The type's weight, or the gazetteer-only weight where no name of the tagger lies exactly there. */
export function typeEvidence(type: EntityType | null): number {
  return type === null ? EVIDENCE.gazetteerOnly : (EVIDENCE.type[type] ?? 0);
}
