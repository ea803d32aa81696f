/** What kind of body an organisation noun names: a description refers to an organisation of a fitting kind. */
export type OrganisationKind = 'company' | 'finance' | 'government' | 'civic' | 'sport' | 'media' | 'any';

/**
 * Nouns for a kind of company, bank, regulator, club or newspaper that its name follows ("grocer Ocado", "lender
 * Barclays", "watchdog Ofcom", "Serie A club Torino", "the newspaper Vedomosti"), by kind; each also names an organisation of its kind on its own ("the grocer").
 */
const KINDS_BEFORE_NAMES = {
  company: [
    'airline', 'automaker', 'brewer', 'carmaker', 'chipmaker', 'conglomerate', 'drugmaker', 'firm', 'grocer',
    'housebuilder', 'refiner', 'retailer', 'startup', 'start-up', 'steelmaker', 'supermarket', 'supplier', 'utility',
  ],
  finance: ['bank', 'insurer', 'lender'],
  government: ['regulator', 'watchdog'],
  sport: ['club'],
  media: ['newspaper'],
};

/** Nouns that name a kind of organisation, lower case ("the bank", "the carmaker", "the ministry"), by kind. */
export const ORGANISATION_KINDS: ReadonlyMap<string, OrganisationKind> = new Map(
  Object.entries({
    company: [...KINDS_BEFORE_NAMES.company, 'company', 'corporation', 'carrier', 'miner', 'producer', 'manufacturer', 'operator', 'developer', 'cartel'],
    finance: [...KINDS_BEFORE_NAMES.finance, 'fund', 'broker', 'exchange'],
    government: [...KINDS_BEFORE_NAMES.government, 'agency', 'ministry', 'department', 'council', 'committee', 'commission', 'board'],
    civic: ['party', 'union', 'university', 'association', 'institute', 'foundation', 'charity'],
    sport: [...KINDS_BEFORE_NAMES.sport, 'league'],
    media: [...KINDS_BEFORE_NAMES.media, 'broadcaster', 'network'],
    any: ['group', 'organisation', 'organization'],
  } satisfies Record<OrganisationKind, string[]>).flatMap(([kind, nouns]) => nouns.map((noun) => [noun, kind as OrganisationKind] as const)),
);

/** Nouns for a kind of company, bank or regulator that its name follows: "grocer Ocado", "lender Barclays", "watchdog Ofcom". */
export const COMPANY_KINDS: ReadonlySet<string> = new Set(Object.values(KINDS_BEFORE_NAMES).flat());

/** Nouns that name a kind of organisation, lower case: "the bank", "the carmaker", "the ministry". */
export const ORGANISATION_NOUNS: ReadonlySet<string> = new Set(ORGANISATION_KINDS.keys());

/** Head nouns of an organisation's name that no place's name ends in: "Nordhavn Bank", "Idaho State Police". */
export const ORGANISATION_HEADS: ReadonlySet<string> = new Set([
  'academy', 'administration', 'agency', 'alliance', 'association', 'authority', 'bank', 'board', 'bureau', 'coalition',
  'college', 'commission', 'committee', 'company', 'corporation', 'council', 'department',
  'directorate', 'foundation', 'fund', 'group', 'institute', 'league', 'ministry', 'organisation', 'organization',
  'party', 'police', 'secretariat', 'society', 'trust', 'university',
]);

/**
 * Words for a line of business that end a company's name and no place's: "Halden Motors", "Pelham Systems",
 * "Norvik Airlines", "Ostrava Holdings".
 */
export const COMPANY_HEADS: ReadonlySet<string> = new Set([
  'aerospace', 'airlines', 'airways', 'bancorp', 'brands', 'communications', 'electronics', 'entertainment', 'holdings',
  'industries', 'insurance', 'investments', 'laboratories', 'labs', 'logistics', 'motors', 'networks', 'partners',
  'petroleum', 'pharmaceuticals', 'securities', 'semiconductor', 'semiconductors', 'software', 'systems',
  'technologies', 'telecom', 'therapeutics', 'ventures',
]);

/**
 * Nouns that head an institution's name and take a complement: "International Committee" of "the Red Cross",
 * "Ministry" of "Defence", "Fire and Rescue Service", "Federal Bureau" of "Investigation". The organisation heads,
 * and heads a place, a building or a group's name may end in too ("Army", "Court", "House", "Union").
 */
export const INSTITUTION_HEADS: ReadonlySet<string> = new Set([
  ...ORGANISATION_HEADS,
  'army', 'assembly', 'brigade', 'cabinet', 'centre', 'center', 'chamber', 'church', 'clinic', 'command', 'confederation',
  'conference', 'congress', 'corps', 'court', 'division', 'executive', 'federation', 'force', 'forces', 'front', 'guard',
  'group', 'guild', 'hospital', 'house', 'institution', 'library', 'movement', 'museum', 'office', 'order', 'parliament',
  'programme', 'program', 'regiment', 'school', 'senate', 'service', 'services', 'squadron', 'tribunal', 'union', 'unit',
]);

/** Words that end a company's name and say it is one: "Nvidia Corp.", "Tarvin Corp", "Unilever plc", "Kesko Oyj". */
export const CORPORATE_SUFFIXES: ReadonlySet<string> = new Set([
  'corp', 'corporation', 'inc', 'incorporated', 'ltd', 'limited', 'plc', 'llc', 'llp', 'co', 'ag', 'gmbh', 'nv', 'sa',
  'spa', 'bv', 'holdings', 'oy', 'oyj', 'asa', 'bhd', 'tbk', 'ab', 'bros',
]);
