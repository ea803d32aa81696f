import type { Doc } from '../doc/document.js';
import type { NameMention } from './merge.js';
import { withCompanyNameEnd } from './company-name-ends.js';
import { leadsOrganisation, mayLeadOrganisation, placeLedOrganisation } from './place-led-organisations.js';
import { companyByResults } from './company-results.js';
import { makerCompany } from './makers.js';
import { withDepartment } from './ministries.js';
import { CelestialBodies } from './celestial.js';
import { CommonNames } from './common-names.js';
import { shipMention, shipsNamed } from './ships.js';
import { countryApart } from './country-modifiers.js';

// Rules of findNames' chain that each read one mention and the words beside it, run where they stand in the chain
// as one walk over the mentions per group: the walk asks what the rules' bodies would ask first (the mention's type,
// its evidence) and calls a body only where it may act. Each returns `mentions` itself where no rule acted.

/**
 * A name read on past a corporate suffix cut at it (company-name-ends.ts), and then a place's name joined to the
 * organisation's right after it (place-led-organisations.ts).
 */
export function withCompanyNameEndsAndPlaceLeds(doc: Doc, mentions: NameMention[]): NameMention[] {
  // measured: the joins in a walk of their own, from the first pair that may join; in the walk over every mention,
  // the first place's name joined after the warm-up threw its optimised code away for the rest of the pass
  const ended = withCompanyNameEnds(doc, mentions);
  const first = firstMayLead(ended);
  return first < 0 ? ended : withPlaceLeds(doc.text, ended, first);
}

function withCompanyNameEnds(doc: Doc, mentions: NameMention[]): NameMention[] {
  let out: NameMention[] | null = null;
  for (let k = 0; k < mentions.length; k++) {
    const m = withCompanyNameEnd(doc, mentions[k]!);
    if (m !== mentions[k]) out ??= mentions.slice(0, k);
    out?.push(m);
  }
  return out ?? mentions;
}

/** The index of the first mention that may lead the next one's organisation, or -1. */
function firstMayLead(mentions: NameMention[]): number {
  for (let k = 0; k + 1 < mentions.length; k++) if (mayLeadOrganisation(mentions[k]!, mentions[k + 1]!)) return k;
  return -1;
}

/** Each place's name joined to the organisation's it leads, left to right from mention `from`. */
function withPlaceLeds(text: string, mentions: NameMention[], from: number): NameMention[] {
  let out: NameMention[] | null = null;
  for (let k = from; k < mentions.length; k++) {
    if (k + 1 < mentions.length && leadsOrganisation(text, mentions[k]!, mentions[k + 1]!)) {
      out ??= mentions.slice(0, k);
      out.push(placeLedOrganisation(mentions[k]!, mentions[k + 1]!));
      k++;
    } else out?.push(mentions[k]!);
  }
  return out ?? mentions;
}

/**
 * A name read as a person's, with no title or evidence, typed a company's by its results or its part after it
 * (company-results.ts), else by a product's "maker" before it (makers.ts); an organisation's name with no evidence
 * that is a department's, before a minister's title or "ministry" (ministries.ts).
 */
export function withCompanyAndDepartmentCues(doc: Doc, mentions: NameMention[]): NameMention[] {
  let out: NameMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    let next: NameMention | null = m;
    if (m.type === 'PERSON' && !m.typedBy && !m.title) next = companyByResults(doc, m) ?? makerCompany(doc, m) ?? m;
    else if (m.type === 'ORG' && !m.typedBy && !m.dateline) next = withDepartment(doc, m);
    if (next !== m) out ??= mentions.slice(0, i);
    if (out && next) out.push(next);
  }
  return out ?? mentions;
}

/** A name with no evidence of its type that is a celestial body's (celestial.ts), else a word of common use's (common-names.ts). */
export function withCelestialAndCommonNames(doc: Doc, mentions: NameMention[]): NameMention[] {
  let bodies: CelestialBodies | null = null;
  let common: CommonNames | null = null;
  let out: NameMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    let next = m;
    if (!m.typedBy) next = (m.type === 'MISC' ? null : (bodies ??= new CelestialBodies(doc)).of(m)) ?? (common ??= new CommonNames(doc)).of(m) ?? m;
    if (next !== m) out ??= mentions.slice(0, i);
    out?.push(next);
  }
  return out ?? mentions;
}

/** A ship's name written without its prefix (ships.ts), else an organisation's name with no evidence that opens with a country's (country-modifiers.ts). */
export function withShipsAndCountries(doc: Doc, mentions: NameMention[]): NameMention[] {
  const ships = shipsNamed(doc, mentions);
  let out: NameMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const ship = ships && m.type !== 'MISC' ? shipMention(doc, m, ships) : null;
    const parts = ship || m.type !== 'ORG' || m.typedBy ? null : countryApart(doc, m);
    if (!ship && !parts) {
      out?.push(m);
      continue;
    }
    out ??= mentions.slice(0, i);
    if (ship) out.push(ship);
    else out.push(parts![0], parts![1]);
  }
  return out ?? mentions;
}
