/** What kind of body an organisation noun names: a description refers to an organisation of a fitting kind. */
export type OrganisationKind = 'company' | 'finance' | 'government' | 'civic' | 'sport' | 'media' | 'any';

/** Nouns that name a kind of organisation, lower case ("the bank", "the carmaker", "the ministry"), by kind. */
export const ORGANISATION_KINDS: ReadonlyMap<string, OrganisationKind> = new Map(
  Object.entries({
    company: [
      'company', 'firm', 'corporation', 'conglomerate', 'startup', 'airline', 'carrier', 'retailer', 'carmaker',
      'automaker', 'chipmaker', 'miner', 'producer', 'manufacturer', 'operator', 'developer', 'supplier', 'cartel',
    ],
    finance: ['bank', 'lender', 'insurer', 'fund', 'broker', 'exchange'],
    government: ['agency', 'ministry', 'department', 'regulator', 'watchdog', 'council', 'committee', 'commission', 'board'],
    civic: ['party', 'union', 'university', 'association', 'institute', 'foundation', 'charity'],
    sport: ['club', 'league'],
    media: ['newspaper', 'broadcaster', 'network'],
    any: ['group', 'organisation', 'organization'],
  } satisfies Record<OrganisationKind, string[]>).flatMap(([kind, nouns]) => nouns.map((noun) => [noun, kind as OrganisationKind] as const)),
);

/** Nouns that name a kind of organisation, lower case: "the bank", "the carmaker", "the ministry". */
export const ORGANISATION_NOUNS: ReadonlySet<string> = new Set(ORGANISATION_KINDS.keys());
