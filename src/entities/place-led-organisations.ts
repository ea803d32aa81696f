import { COMPANY_HEADS, ORGANISATION_HEADS } from '../lexicon/organisations.js';
import { corporateSuffix } from './evidence.js';
import { mentionOver, type NameMention } from './merge.js';

/** The last word of an organisation's name says it is one: a corporate suffix, an organisation's or a business's head. */
function endsAsOrganisation(name: string): boolean {
  const word = name.slice(name.lastIndexOf(' ') + 1);
  const lower = word.toLowerCase();
  return corporateSuffix(word, lower) !== null || ORGANISATION_HEADS.has(lower) || COMPANY_HEADS.has(lower);
}

/**
 * A place's name right before an organisation's, one space or a hyphen between, where the organisation's name ends
 * in a corporate suffix or an organisation's head, is the organisation's first words: "Northern States Power Co",
 * "U.S. Defense Logistics Agency", "Tokyo-Mitsubishi Bank" (one ORG; not a dateline's place, nor on a line in
 * capitals, nor before an organisation named otherwise: "France ONIC"). The two as one mention, where
 * leadsOrganisation says the place leads the organisation.
 */
export function placeLedOrganisation(place: NameMention, organisation: NameMention): NameMention {
  return mentionOver(organisation, place.start, organisation.end, organisation.type, 'entities/connector');
}

/** The place's name leads the organisation's, as above. */
export function leadsOrganisation(text: string, place: NameMention, organisation: NameMention): boolean {
  return mayLeadOrganisation(place, organisation) && (text[place.end] === ' ' || text[place.end] === '-') && endsAsOrganisation(text.slice(organisation.start, organisation.end));
}

/** What leadsOrganisation asks first: a place's name and an organisation's, neither in capitals nor the place a dateline's, one character apart. */
export function mayLeadOrganisation(place: NameMention, organisation: NameMention): boolean {
  if (organisation.type !== 'ORG' || (place.type !== 'GPE' && place.type !== 'LOC') || place.dateline || place.caps || organisation.caps) return false;
  return organisation.start - place.end === 1;
}
