import { PLAIN_CURRENCY_NAMES } from '../lexicon/currencies.js';
import { COURTESY_TITLES, RANK_TITLES, ROLE_NOUNS } from '../lexicon/roles.js';

/** Lower-case words that may sit inside a place name: "Bosnia and Herzegovina", "Dar es Salaam", "Isle of Man". */
export const NAME_CONNECTORS = new Set([
  'of', 'the', 'and', 'de', 'del', 'della', 'la', 'le', 'les', 'du', 'des', 'da', 'do', 'dos', 'das', 'di', 'upon', 'on',
  'in', 'al', 'el', 'es', 'en', 'sur', 'am', 'an', 'der', 'den', 'van', 'von', 'y', 'bin', 'ibn', 'im', 'aan', 'op',
]);

/**
 * Capitalised words that may follow a place without making it part of a longer name: "Texas Governor Greg
 * Abbott", "Russian Defence Minister", "Syrian Army", "London Mayor", "Turkish Lira".
 */
export const TITLE_WORDS = new Set([
  ...RANK_TITLES, ...ROLE_NOUNS, ...PLAIN_CURRENCY_NAMES, 'vice', 'prime', 'ministers', 'ministry', 'congressman',
  'congresswoman', 'foreign', 'defence', 'defense', 'interior', 'finance', 'trade', 'health', 'consul', 'prince',
  'princess', 'crown', 'emir', 'sheikh', 'sultan', 'commander', 'army', 'navy', 'air', 'military', 'forces', 'troops',
  'police', 'government', 'officials', 'authorities', 'leaders', 'opposition', 'parliament', 'lawmakers', 'legislature',
  'border', 'state', 'media', 'capital', 'coast', 'guard', 'national', 'embassy', 'consulate', 'delegation', 'team',
  'side', 'economy', 'market', 'markets', 'stocks', 'pm', 'fm', 'dr', 'commissioners', 'commission', 'council',
  'councilman', 'councilwoman', 'clerk', 'court', 'coroner', 'assessor', 'auditor', 'deputies', 'residents', 'voters',
  'schools', 'board', 'administrator', 'delegate', 'native', 'natives', 'fire', 'ems', 'county', 'city', 'township',
  'department', 'agency', 'office', 'committee', 'party',
]);

/** Capitalised words that may precede a place without making it part of a longer name: "Northern Syria". */
export const PLACE_PREFIXES = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast', 'northwest',
  'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'upper', 'lower', 'greater',
  'downtown', 'metro', 'suburban', 'rural', 'inner', 'outer', 'mainland', 'coastal', 'occupied', 'war-torn', 'rebel-held',
  'co',
]);

/** Capitalised words that open a sentence and are no part of a name ("In Paris", "The Hague" aside). */
export const OPENERS = new Set([
  'in', 'at', 'from', 'to', 'on', 'for', 'by', 'with', 'of', 'as', 'and', 'but', 'or', 'the', 'a', 'an', 'after',
  'before', 'when', 'while', 'if', 'since', 'until', 'during', 'across', 'near', 'outside', 'inside', 'throughout',
  'like', 'unlike', 'both', 'neither', 'than', 'into', 'onto', 'over', 'under', 'via', 'per', 'about', 'around',
  'between', 'among', 'against', 'toward', 'towards', 'within', 'without', 'beyond', 'including', 'says', 'said',
  'dear', 'welcome', 'visit', 'meanwhile', 'today', 'yesterday', 'tomorrow', 'here', 'there', 'where', 'why', 'how',
  'what', 'who', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'our', 'its', 'my', 'your', 'all', 'every',
  'many', 'some', 'most', 'more', 'each', 'other',
]);

/** Words before a name that say a person is meant: "Mr. Jackson", "President Lincoln", "Miss Marple", "St. Paul". */
export const PERSON_TITLES = new Set([...COURTESY_TITLES, ...RANK_TITLES, 'miss', 'st', 'saint']);

/** Prepositions after which a capitalised name is most likely a place: "in Paris", "near Chiefland". */
export const LOCATIVES = new Set([
  'in', 'at', 'near', 'from', 'to', 'outside', 'inside', 'across', 'throughout', 'around', 'toward', 'towards', 'into',
  'through', 'via', 'between', 'of', 'visited', 'visiting', 'downtown', 'north', 'south', 'east', 'west', 'northern',
  'southern', 'eastern', 'western', 'central', 'nearby', 'neighbouring', 'neighboring',
]);

/** The locatives that put a place's name in a position, which a firm's or a team's rarely follows ("in", "near"). */
export const POSITION_WORDS = new Set([
  'in', 'near', 'between', 'outside', 'inside', 'across', 'throughout', 'around', 'downtown', 'north', 'south', 'east', 'west',
  'northern', 'southern', 'eastern', 'western', 'central', 'nearby', 'neighbouring', 'neighboring',
]);

/** Words that make "<word> of <place>" an organisation's or a title's name ("Bank of America", "Duke of York"). */
export const ORG_HEADS = new Set([
  'bank', 'university', 'college', 'institute', 'museum', 'school', 'church', 'hospital', 'association', 'society',
  'company', 'corporation', 'foundation', 'academy', 'library', 'club', 'league', 'federation', 'bureau', 'agency',
  'fund', 'trust', 'center', 'centre', 'times', 'post', 'news', 'press', 'journal', 'tribune', 'herald', 'gazette',
  'review', 'bishop', 'archbishop', 'archdiocese', 'diocese', 'duke', 'duchess', 'earl', 'baron', 'marquess',
  'order', 'knights', 'sisters', 'brothers', 'daughters', 'sons', 'friends', 'bancorp', 'conservatory', 'seminary',
]);

/** Words of a business's name: a brand, not named for a place it serves ("Bank of America", "Marlow Re Ltd"). */
export const BUSINESS_WORDS = new Set([
  'bank', 'bancorp', 'company', 'corporation', 'corp', 'inc', 'incorporated', 'ltd', 'limited', 'plc', 'llc', 'holdings',
  'group', 'airline', 'airlines', 'airways', 'insurance', 're', 'partners', 'capital', 'brands', 'motors', 'petroleum',
]);

/** Words between an organisation's head and a place in its name: "Bank of America", "Banco de Chile". */
export const OF_WORDS = new Set(['of', 'de', 'du', 'des', 'del', 'for']);

/** Nouns after a place that leave it a place of its own ("Idlib Province", "Aleppo City"). */
export const PLACE_NOUNS = new Set(['city', 'town', 'village', 'province', 'state', 'county', 'region', 'district', 'capital', 'republic', 'kingdom', 'island', 'islands', 'port', 'area', 'metro']);

/** Nouns for a place's people before "of" ("residents of Glenbrack"). */
export const RESIDENT_NOUNS: ReadonlySet<string> = new Set(['residents', 'villagers', 'inhabitants']);
/** Nouns for a place's people after its name, in lower case too ("Fresno residents", "a Leeds native"): no firm's. */
export const INHABITANT_NOUNS: ReadonlySet<string> = new Set([...RESIDENT_NOUNS, 'native', 'natives', 'voters', 'homeowners', 'taxpayers']);

/** Words that end a street's name ("Royal Street", "Albert St."). */
export const STREET_WORDS = new Set(['street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'drive', 'parkway', 'pkwy', 'square', 'plaza', 'terrace', 'highway', 'bridge']);
/** Words that begin place names but are none alone ("Mount", "Lake"). */
export const GEO_WORDS = new Set(['mount', 'lake', 'river', 'fort', 'port', 'saint', 'north', 'south', 'east', 'west', 'bay', 'island', 'cape', 'new', 'old', 'upper', 'lower', 'little', 'great', 'big', 'san', 'santa', 'los', 'las', 'city', 'county', 'state', 'valley', 'park', 'beach', 'point', 'glen', 'mountain']);
/** Words that say a name is a place's whatever the gazetteer lacks ("Sangamon River", "Pike County"). */
export const PLACE_KIND_WORDS = new Set([
  'river', 'lake', 'creek', 'bay', 'sea', 'gulf', 'strait', 'canal', 'mountains', 'mountain', 'mount', 'mt', 'hills',
  'valley', 'canyon', 'island', 'islands', 'peninsula', 'forest', 'desert', 'county', 'province', 'district', 'township',
  'village', 'parish', 'harbour', 'harbor', 'coast', 'beach', 'falls',
]);
/** Words that end the name of a site, a place whatever the gazetteer lacks ("Ashby Park", "Glenbrack Airport"). */
export const SITE_WORDS = new Set(['park', 'field', 'airport', 'hospital', 'stadium', 'station', 'harbour', 'harbor', 'green', 'common']);
/** The ordinal words, lower case: no place's name, nor a named street's ("the Fourth", "Third and Ninth streets"). */
export const ORDINAL = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)$/;
/** Words before a road's number ("Highway 61", "Interstate 35"). */
export const ROAD_WORDS = new Set(['highway', 'interstate', 'route', 'hwy']);
/** Words after a name that say a region is meant ("Idlib province"). */
export const REGION_WORDS = new Set(['province', 'provinces', 'state', 'region', 'governorate', 'oblast', 'county', 'district', 'prefecture', 'department', 'territory', 'parish']);
