/** Nouns that name a kind of organisation, lower case: "the bank", "the carmaker", "the ministry". */
export const ORGANISATION_NOUNS: ReadonlySet<string> = new Set([
  'company', 'firm', 'group', 'bank', 'lender', 'insurer', 'fund', 'agency', 'ministry', 'department', 'regulator',
  'watchdog', 'party', 'union', 'council', 'committee', 'commission', 'board', 'club', 'league', 'airline', 'carrier',
  'retailer', 'carmaker', 'automaker', 'chipmaker', 'miner', 'producer', 'manufacturer', 'operator', 'broker',
  'newspaper', 'broadcaster', 'network', 'university', 'association', 'organisation', 'organization', 'corporation',
  'institute', 'foundation', 'charity', 'cartel', 'conglomerate', 'startup', 'developer', 'supplier', 'exchange',
]);

/**
 * Words that head or close an organisation's name, lower case: its head noun ("Saxo Bank", "Ministry of Defence",
 * "Suffolk Fire and Rescue Service") or a company's suffix and plural trade words ("Lear Corp", "Delta Air Lines",
 * "Tata Motors"). The tagger's word classes mark them as words of organisations' names.
 */
export const ORGANISATION_NAME_WORDS: ReadonlySet<string> = new Set([
  ...ORGANISATION_NOUNS, 'academy', 'administration', 'alliance', 'army', 'assembly', 'authority', 'brigade',
  'bureau', 'cabinet', 'chamber', 'coalition', 'college', 'command', 'confederation', 'congress', 'corps', 'court',
  'directorate', 'federation', 'forces', 'front', 'guild', 'institution', 'movement', 'parliament', 'police',
  'secretariat', 'senate', 'service', 'services', 'society', 'tribunal', 'trust', 'corp', 'inc', 'incorporated',
  'ltd', 'limited', 'plc', 'llc', 'llp', 'co', 'ag', 'gmbh', 'holdings', 'airlines', 'airways', 'motors',
  'industries', 'systems', 'technologies', 'communications', 'pharmaceuticals', 'partners', 'associates',
  'enterprises', 'brothers', 'bros', 'ventures', 'capital', 'securities', 'investments', 'energy', 'media',
]);
