import type { Doc, Region } from '../doc/document.js';
import type { Entity } from '../schema.js';
import { PlaceContext } from './context.js';
import { markDateline } from './dateline.js';
import { datelineRepeats } from './dateline-repeats.js';
import { addEntityPlaces } from './entity-places.js';
import type { Gazetteer } from './gazetteer.js';
import { gazetteerNames } from './gazetteer-names.js';
import type { PlaceMention } from './mention.js';
import { EVIDENCE, HOPELESS, PLACE_THRESHOLD } from './evidence.js';

/** What stands between two names of a list: a comma, "and", "or", "&" or a slash (with spaces, at most 8 characters). */
import { streetNames } from './street-names.js';
import { companyMentions } from './companies.js';
import { untaggedPlaces } from './untagged-names.js';
import { landmarks } from './landmarks.js';
import { appositionPlaces } from './apposition.js';
import { seatMention, unseated } from './seats.js';
import { roadNumbers } from './road-numbers.js';
import { countyLists } from './county-lists.js';
import { streetLists } from './street-lists.js';
import { designatedStates } from './party-designators.js';
import { designatedCounties } from './designated-counties.js';
import { eraMark } from './eras.js';
import { listed } from './list-items.js';
import { callsPlace } from './article-region.js';
import { mentionWords } from './mention-words.js';

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
  mentions.push(...roadNumbers(context));
  mentions.push(...landmarks(context, mentions));
  addEntityPlaces(context, mentions);
  mentions.push(...untaggedPlaces(context, mentions));
  mentions.push(...appositionPlaces(context, mentions));
  const all = designatedStates(context, streetLists(context, countyLists(context, mentions)));
  designatedCounties(context, all);
  all.sort((a, b) => a.start - b.start);
  const company = companyMentions(context, all, (a, b) => listed(context.text, a, b));
  const weighed: PlaceMention[] = [];
  // by index, not filter(): its callback is a call per mention in the code that runs before this is compiled
  for (let q = 0; q < all.length; q++) {
    const m = all[q]!;
    if (m.evidence >= HOPELESS && !company(m) && !seatMention(context, m) && !unseated(context, m) && !eraMark(context.text, m)) weighed.push(m);
  }
  addListEvidence(context, weighed);
  if (datelinePlace) {
    markDateline(context, weighed, datelinePlace);
    const repeats = datelineRepeats(context, weighed);
    if (repeats.length > 0) {
      weighed.push(...repeats);
      weighed.sort((a, b) => a.start - b.start);
    }
  }
  return { mentions: weighed, context };
}

/**
 * "Ely, Eye and Diss": a name beside another place, a comma, "and", "or" or a slash between them, is one of a list
 * of places. Each name of a list gains its weight once. `mentions` by start.
 */
function addListEvidence(cx: PlaceContext, mentions: PlaceMention[]): void {
  // the keys of the names the words call places somewhere (callsPlace), read once a pair of unknown names asks
  let saidPlaces: Set<string> | null = null;
  const calledPlace = (key: string): boolean => {
    if (!saidPlaces) {
      const words = mentionWords(cx.doc);
      saidPlaces = new Set();
      for (let k = 0; k < mentions.length; k++) if (callsPlace(mentions[k]!, words)) saidPlaces.add(mentions[k]!.key);
    }
    return saidPlaces.has(key);
  };
  let prev: PlaceMention | null = null;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.role === 'demonym') continue;
    if (prev && listed(cx.text, prev, m)) {
      lendListWeight(prev, m, calledPlace);
      lendListWeight(m, prev, calledPlace);
    }
    prev = m;
  }
}

/** `x`, listed beside `other`, gains a list's weight, once. `calledPlace`: whether the words call a name (its key) a place somewhere. */
function lendListWeight(x: PlaceMention, other: PlaceMention, calledPlace: (key: string) => boolean): void {
  // a name only a list proposes (untagged-names.ts) lends the list no weight
  if (x.listedWith || (other.rule === 'places/article-region' && x.rule !== 'places/article-region') || unknownPair(x, other, calledPlace)) return;
  x.listedWith = other;
  x.evidence += EVIDENCE.list;
}

/**
 * "works by Brahms, Ravel and Dvorak": a name the gazetteer lacks makes no list of places with another it lacks, unless
 * the words before that one (or before the name it is listed with: "in Glenbrack, Ardmore and Kilcooley") call it a
 * place, or call it one where the article names it again ("in Cloonbrack" before "Cloonbrack, Rossdarragh and
 * Coolnagarry"), or it is one on its own evidence, the list's aside ("the villages of Dzveli and Kareli", "at Pruitt
 * Road and West Elm Parkway").
 */
function unknownPair(x: PlaceMention, other: PlaceMention, calledPlace: (key: string) => boolean): boolean {
  // the names untagged-names.ts proposes from such a list have passed its own tests
  if (x.rule === 'places/article-region' || x.matches.length > 0 || other.matches.length > 0 || saidPlace(other) || (other.listedWith !== null && saidPlace(other.listedWith))) return false;
  if (calledPlace(other.key) || (other.listedWith !== null && calledPlace(other.listedWith.key))) return false;
  return other.evidence - (other.listedWith ? EVIDENCE.list : 0) < PLACE_THRESHOLD;
}

/** A word of position or of place before or in the name says it is a place. */
function saidPlace(m: PlaceMention): boolean {
  return m.locative || m.placeWords !== null;
}
