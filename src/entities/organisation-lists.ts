import type { Doc } from '../doc/document.js';
import { corporateSuffix, isNationalPlaceName } from './evidence.js';
import { retypedMention, type NameMention } from './merge.js';

/** Between two names of a list: ", ", " and ", ", and ", " or ", on one line. */
const BETWEEN_NAMES = /^(?:, (?:and |or )?| (?:and|or) )$/;
/** text[from, to) is BETWEEN_NAMES: read only where it is as short as one (six characters at most). */
const isBetweenNames = (text: string, from: number, to: number): boolean => to > from && to - from <= 6 && BETWEEN_NAMES.test(text.slice(from, to));

/** A list is read from three names on. */
const MIN_LIST = 3;

/**
 * A town in a list of organisations is an organisation: in "Harlow, Tenmoku, Continental and Brisk Corp" or
 * "Shell, Caltex and Mobil" the names the tagger read as places, with no evidence of their own, become ORG when
 * most of the list's names are organisations (two at least; a name typed ORG by its own evidence elsewhere in the
 * text counts as one: "Cargill" beside "Cargill Inc"); a country, a state or a continent stays a place
 * ("Shell, BP and Nigeria"), and so does a name in capitals, a dateline's or one a civic title before it made a
 * place ("Stamford" of "Ashford Mayor Lena Pruitt"). `mentions` are in text order; a
 * retyped mention names the list's first organisation as what fixes its type.
 */
export function typeListsOfOrganisations(doc: Doc, mentions: NameMention[]): NameMention[] {
  const text = doc.text;
  // measured: the lists found apart from their retyping, whose first list of organisations after the warm-up threw
  // away the optimised code of a loop over every mention; it now throws away only this loop over the lists
  const lists = listsOfNames(text, mentions);
  if (lists.length === 0) return mentions;
  let out: NameMention[] | null = null;
  const companies = companiesByEvidence(text, mentions);
  for (let i = 0; i < lists.length; i += 2) out = retypePlaces(text, out ?? mentions, lists[i]!, lists[i + 1]!, companies) ?? out;
  return out ?? mentions;
}

/** The lists of MIN_LIST names or more among the mentions, each as its first mention's index and the one past its last. */
function listsOfNames(text: string, mentions: NameMention[]): number[] {
  const lists: number[] = [];
  let from = 0;
  for (let k = 1; k <= mentions.length; k++) {
    if (k < mentions.length && isBetweenNames(text, mentions[k - 1]!.end, mentions[k]!.start)) continue;
    if (k - from >= MIN_LIST) lists.push(from, k);
    from = k;
  }
  return lists;
}

/** The names typed ORG by their own evidence, and those of them with a corporate suffix without it ("Cargill" of "Cargill Inc"). */
function companiesByEvidence(text: string, mentions: NameMention[]): Set<string> {
  const companies = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'ORG' || !m.typedBy) continue;
    const name = text.slice(m.start, m.end);
    const space = name.lastIndexOf(' ');
    companies.add(name);
    if (space > 0 && corporateSuffix(name.slice(space + 1)) !== null) companies.add(name.slice(0, space));
  }
  return companies;
}

/** The mentions with the list [from, to)'s places made organisations, or null where the list is no organisations'. */
function retypePlaces(text: string, mentions: NameMention[], from: number, to: number, companies: ReadonlySet<string>): NameMention[] | null {
  let organisation = -1;
  let organisations = 0;
  const places: number[] = [];
  for (let k = from; k < to; k++) {
    const m = mentions[k]!;
    const name = text.slice(m.start, m.end);
    if (m.type === 'ORG' || companies.has(name)) {
      organisations++;
      if (organisation < 0) organisation = k;
    } else if ((m.type === 'GPE' || m.type === 'LOC') && !m.typedBy && !m.dateline && m.rule !== 'entities/title-split' && name !== name.toUpperCase() && !isNationalPlaceName(name)) places.push(k);
  }
  if (organisations < 2 || places.length === 0 || organisations * 2 <= to - from) return null;
  const out = mentions.slice();
  const cue = { start: mentions[organisation]!.start, end: mentions[organisation]!.end };
  for (const k of places) out[k] = retypedMention(mentions[k]!, 'ORG', 'entities/list-type', cue);
  return out;
}
