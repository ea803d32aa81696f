import type { Doc } from '../doc/document.js';
import { gazetteer } from '../places/gazetteer.js';
import { mentionOver, type NameMention } from './merge.js';
import { GROUPS } from './types.js';
import { remembered } from '../remembered.js';

/**
 * A country's or a state's name before a people's or a faith's name or a holiday's, read with it as one
 * organisation's, only says whose they are: "the U.S. Methodist conference", "the U.S. Thanksgiving weekend",
 * "a Montana Republican" are the country or the state (GPE) and the group (NORP) or the day (MISC), each its
 * own name. The country is the name's first word or two, which the gazetteer knows as a country's or a first-level
 * region's name (not as a people's, "British Jewish" stays one, nor a point of the compass, "North American"), the
 * rest words for a faith or a party or demonyms ("Roman Catholic", "Democrats"; not "West Bromwich", "American
 * Electric") or two words or more ending in "Day". The mention (an organisation's, no evidence of its type: the
 * caller asks) as the two, else null.
 */
export function countryApart(doc: Doc, m: NameMention): [NameMention, NameMention] | null {
  const split = countryEndOf(doc.text, m);
  if (split < 0) return null;
  const rest = doc.text.slice(split + 1, m.end);
  return [mentionOver(m, m.start, split, 'GPE', 'entities/type-evidence', null), mentionOver(m, split + 1, m.end, rest.endsWith(' Day') ? 'MISC' : 'NORP', 'entities/type-evidence', null)];
}

/** Where the country that opens the mention's name ends in the text, -1 when none does (see countryEnd). */
function countryEndOf(text: string, m: NameMention): number {
  const space = text.indexOf(' ', m.start);
  if (space < 0 || space >= m.end) return -1;
  const split = countryEnd(text.slice(m.start, m.end));
  return split < 0 ? -1 : m.start + split;
}

/**
 * Where the country's name that opens the name ends (at a space), -1 when no country opens it as above. It reads the
 * name's words alone, so its answer is remembered across documents: organisations' names recur from story to story.
 */
const countryEnd = remembered((name: string): number => {
  const first = name.indexOf(' ');
  if (first < 0) return -1;
  if (opensWithCountry(name, first)) return first;
  const second = name.indexOf(' ', first + 1);
  return second > 0 && opensWithCountry(name, second) ? second : -1;
});

/** The name's words before the space at `at` name a country or a state, and the words after a group or a day. */
function opensWithCountry(name: string, at: number): boolean {
  return isGroupOrDay(name.slice(at + 1)) && isCountryOrState(name.slice(0, at));
}

function isGroupOrDay(name: string): boolean {
  if (name.endsWith(' Day') && name.length > 4) return true;
  // each word read by its space, not split out: a split is a call into the runtime (measured: it took most of this rule's first pass)
  for (let from = 0; ; ) {
    const space = name.indexOf(' ', from);
    const word = name.slice(from, space < 0 ? name.length : space);
    if (!GROUPS.has(word.toLowerCase()) && !isDemonym(word)) return false;
    if (space < 0) return true;
    from = space + 1;
  }
}

/** Whether the gazetteer knows the word as a people's name, asked once per word: the same few hundred words recur in organisations' names. */
const isDemonym = remembered((word: string): boolean => gazetteer().lookup(word).some((m) => m.demonym));

const NATIONAL_KINDS = new Set(['country', 'admin1']);

/** Words of a point of the compass, which open regions' names and adjectives ("North American"), not a country's alone. */
const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central']);

function isCountryOrState(name: string): boolean {
  if (COMPASS_WORDS.has(name.toLowerCase())) return false;
  const g = gazetteer();
  return g.lookup(name).some((m) => !m.demonym && NATIONAL_KINDS.has(g.kindOf(m.index)));
}
