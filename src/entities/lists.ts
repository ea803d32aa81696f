import { retypedMention, type NameMention } from './merge.js';
import { isWhiteSpace } from '../doc/clean.js';

/** What may stand between the names of a list: ", ", " and ", ", and ", " or ". */
const SEPARATOR = /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;
const edge = (c: number): boolean => c === 44 || isWhiteSpace(c);
/** text[from, to) is a SEPARATOR: read only where it opens and ends as one does, with a comma or a space. */
export function isSeparator(text: string, from: number, to: number): boolean {
  return to > from && edge(text.charCodeAt(from)) && edge(text.charCodeAt(to - 1)) && SEPARATOR.test(text.slice(from, to));
}

/** A list is read from three names on. */
const MIN_LIST = 3;
/** The types a list of places overrides: an organisation's, another name's (not a person's: "Peru, Lopez and Brandt"). */
const RETYPED = new Set(['ORG', 'MISC']);

/**
 * A name in a list of places is a place: in "Brandon, Thetford and Eye" or "Leeds, Hull, Tadcaster and York",
 * the names the tagger read as organisations or other names (MISC), with no title or suffix fixing
 * their type, become places (GPE) when the list holds a place and the gazetteer knows each of them as a place's
 * name (`isPlaceName`) and it is not in capitals ("Britain, France and NATO" keep NATO an organisation). `mentions` are in text order; a retyped
 * mention names a place of its list as what fixes its type.
 */
export function typeListsOfPlaces(text: string, mentions: NameMention[], isPlaceName: (name: string) => boolean): NameMention[] {
  let from = 0;
  for (let k = 1; k <= mentions.length; k++) {
    if (k < mentions.length && isSeparator(text, mentions[k - 1]!.end, mentions[k]!.start)) continue;
    if (k - from >= MIN_LIST) retypeList(text, mentions, from, k, isPlaceName);
    from = k;
  }
  return mentions;
}

/** An acronym is an organisation's, even where a village shares its letters ("NATO"). */
function isCapitals(name: string): boolean {
  return name === name.toUpperCase();
}

function retypeList(text: string, mentions: NameMention[], from: number, to: number, isPlaceName: (name: string) => boolean): void {
  const odd: number[] = [];
  let place = -1;
  for (let k = from; k < to; k++) {
    const m = mentions[k]!;
    if (m.type === 'GPE') place = k;
    else if (m.typedBy || m.dateline || !RETYPED.has(m.type) || isCapitals(text.slice(m.start, m.end)) || !isPlaceName(text.slice(m.start, m.end))) return;
    else odd.push(k);
  }
  if (place < 0) return;
  for (const k of odd) mentions[k] = retypedMention(mentions[k]!, 'GPE', 'entities/list-type', { start: mentions[place]!.start, end: mentions[place]!.end });
}
