/** Nouns that name a kind of organisation, lower case: "the bank", "the carmaker", "the ministry". */
export const ORGANISATION_NOUNS: ReadonlySet<string> = new Set([
  'company', 'firm', 'group', 'bank', 'lender', 'insurer', 'fund', 'agency', 'ministry', 'department', 'regulator',
  'watchdog', 'party', 'union', 'council', 'committee', 'commission', 'board', 'club', 'league', 'airline', 'carrier',
  'retailer', 'carmaker', 'automaker', 'chipmaker', 'miner', 'producer', 'manufacturer', 'operator', 'broker',
  'newspaper', 'broadcaster', 'network', 'university', 'association', 'organisation', 'organization', 'corporation',
  'institute', 'foundation', 'charity', 'cartel', 'conglomerate', 'startup', 'developer', 'supplier', 'exchange',
]);
