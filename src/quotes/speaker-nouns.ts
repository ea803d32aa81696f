import { ORGANISATION_NOUNS } from '../lexicon/organisations.js';
import { isRoleNoun } from './person-words.js';

/**
 * Common nouns that name a body that speaks: "the company said", "the ministry warned", "the city said": the
 * lexicon's kinds of organisation and the other bodies that speak (governments, courts, places for their
 * authorities, outlets). Role nouns for people ("mayor", "spokesperson") come from the lexicon (isRoleNoun).
 */
export const ORG_NOUNS: ReadonlySet<string> = new Set([
  ...ORGANISATION_NOUNS,
  'city', 'government', 'school', 'coalition', 'court', 'police', 'service', 'authority', 'office', 'maker',
  'drugmaker', 'publisher', 'magazine', 'embassy', 'consulate', 'army', 'military', 'navy', 'parliament', 'congress',
  'senate', 'assembly', 'legislature', 'cabinet', 'administration', 'campaign', 'team', 'federation', 'body',
  'panel', 'tribunal', 'jury', 'prosecution', 'defence', 'defense', 'hospital', 'clinic', 'nonprofit', 'trust',
  'utility', 'subsidiary', 'outlet', 'studio', 'chain', 'provider', 'employer', 'municipality', 'county', 'state',
  'province', 'country', 'nation', 'town', 'village', 'district', 'secretariat', 'bureau', 'directorate',
  'inspectorate', 'centre', 'center', 'consortium', 'alliance', 'bloc', 'movement', 'militia', 'regime', 'junta',
  'opposition', 'estate', 'squad', 'side', 'giant', 'church', 'diocese', 'mission', 'delegation', 'presidency',
  'monarchy', 'palace', 'kremlin', 'pentagon', 'politburo', 'household', 'coastguard', 'radio', 'television', 'tv',
  'tabloid', 'daily', 'website', 'channel', 'station',
]);

/** Nouns for a person the lexicon's role nouns lack; their plurals are read through singular(). */
const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'master', 'investor', 'shareholder', 'buyer', 'seller', 'homeowner', 'neighbour', 'neighbor', 'villager', 'local',
  'cousin', 'widow', 'widower', 'fiancee', 'fiance', 'teammate', 'opponent', 'rival', 'fan', 'supporter', 'protester',
  'protestor', 'demonstrator', 'donor', 'patient', 'detainee', 'inmate', 'captive', 'hostage', 'prisoner', 'migrant',
  'traveller', 'traveler', 'passenger', 'cyclist', 'pedestrian', 'motorist', 'rider', 'climber', 'runner', 'swimmer',
  'boxer', 'batsman', 'bowler', 'skipper', 'referee', 'umpire', 'forward', 'keeper', 'winger', 'rookie', 'newcomer',
  'finalist', 'contestant', 'incumbent', 'challenger', 'delegate', 'consul', 'king', 'pope', 'imam', 'paramedic',
  'dentist', 'lecturer', 'headteacher', 'principal', 'presenter', 'anchor', 'baker', 'fisherman', 'miner', 'general',
  'marine', 'guard', 'ranger', 'bureaucrat', 'solicitor', 'barrister', 'juror', 'lobbyist', 'intern', 'proprietor',
  'billionaire', 'millionaire', 'heiress', 'heir', 'kid', 'teen', 'youngster', 'adult', 'pensioner', 'retiree',
  'individual', 'voter', 'taxpayer', 'consumer', 'client', 'subscriber', 'viewer', 'listener', 'reader', 'onlooker',
  'bystander', 'passerby', 'relative', 'friend', 'source', 'insider', 'observer', 'medic', 'rescuer', 'firefighter',
  'militant', 'rebel', 'insurgent', 'fighter', 'investigator', 'politician', 'diplomat', 'mediator', 'staffer', 'pupil',
  'victim', 'tourist', 'visitor', 'customer', 'user', 'citizen', 'refugee', 'immigrant', 'settler', 'ally',
  'colleague', 'participant', 'respondent', 'defendant', 'plaintiff', 'petitioner', 'applicant', 'suspect', 'accused',
  'claimant', 'complainant', 'employee', 'trainee', 'appointee', 'nominee', 'someone', 'somebody', 'everyone',
  'everybody', 'anyone', 'nobody', 'troop', 'guy', 'juvenile', 'youth', 'teenager', 'defenceman', 'defenseman',
  'goaltender', 'netminder', 'goalie', 'wing', 'centreman', 'quarterback', 'pitcher', 'shortstop', 'linebacker', 'professional',
]);

/** Collective nouns and quantifiers that stand for people: "police said", "many told", "the couple said". */
const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'police', 'authorities', 'people', 'public', 'crowd', 'audience', 'forces', 'staff', 'crew', 'couple', 'pair', 'duo',
  'trio', 'none', 'few', 'many', 'most', 'some', 'others', 'several', 'all', 'both', 'each', 'either', 'neither', 'family',
  'families', 'children', 'spokespeople', 'management', 'leadership', 'media', 'press', 'percent', 'cent', '%', 'chorus',
]);

/**
 * Nouns for a person by what they do, read by their ending: "economist", "technician", "exporter", "dispatcher" (not
 * "checklist", "median", or the -er and -or nouns for things below).
 */
const AGENT_ENDING = /^[a-z-]{3,}(?:[^l]ist|[ct]ian|[^aeiou]er|[^aeiou]or)s?$/;
const NOT_AGENTS = new Set([
  'number', 'order', 'water', 'matter', 'weather', 'winter', 'summer', 'quarter', 'border', 'corner', 'power', 'error',
  'factor', 'sector', 'floor', 'door', 'river', 'tower', 'center', 'letter', 'paper', 'chapter', 'shelter', 'monitor',
  'computer', 'cancer', 'meter', 'centre', 'member', 'manner', 'fever', 'thunder', 'after', 'either', 'neither', 'other',
  'another', 'under', 'over', 'never', 'ever', 'however', 'rather', 'together', 'whether', 'later', 'former', 'latter',
  'color', 'colour', 'honor', 'honour', 'labor', 'labour', 'favor', 'favour', 'mirror', 'motor', 'indicator', 'vector',
  'register', 'filter', 'cluster', 'disaster', 'theater', 'theatre', 'minister', 'ladder', 'timber', 'silver', 'copper',
  'butter', 'rubber', 'powder', 'finger', 'shoulder', 'liver', 'bladder', 'murder', 'danger', 'anger', 'hunger', 'answer',
  'offer', 'trigger', 'tractor', 'reactor', 'doctor', 'tumor', 'tumour', 'terror', 'horror', 'rumor', 'rumour', 'vapor',
]);

/**
 * Heads through which a body named beside them speaks ("the Northgate Housing study", "a statement from the ministry"):
 * a record or a message, which is no speaker without the name.
 */
export const RECORD_NOUNS: ReadonlySet<string> = new Set([
  'study', 'report', 'survey', 'poll', 'statement', 'release', 'memo', 'website', 'letter', 'post', 'filing', 'blog',
  'data', 'numbers', 'figures', 'analysis', 'research', 'lawsuit', 'complaint', 'document', 'documents', 'notice',
  'announcement', 'update', 'records', 'record', 'review', 'findings', 'statistics', 'estimates', 'projections',
  'evidence', 'results', 'studies', 'reports', 'surveys', 'polls', 'tweet', 'message', 'email', 'e-mail', 'video',
  'footage', 'transcript', 'ruling', 'judgment', 'verdict', 'order', 'indictment', 'affidavit', 'bulletin', 'forecast',
  'database', 'article', 'story', 'editorial', 'paper', 'book', 'documentary', 'column', 'headline', 'motion', 'suit',
  'petition', 'audit', 'appeal', 'testimony', 'deposition', 'communique', 'manifesto', 'brief', 'obituary',
  // campaign material speaks for the campaign: "the ad says", "one slide says"
  'ad', 'ads', 'advert', 'advertisement', 'commercial', 'clip', 'slide', 'flyer', 'leaflet', 'pamphlet', 'brochure',
  'billboard', 'mailer',
]);

/** The singular a plural noun may have: "residents" → "resident", "policies" → "policy", "spokesmen" → "spokesman". */
function singular(word: string): string | null {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('men')) return `${word.slice(0, -3)}man`;
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return null;
}

/** Whether a lower-cased common noun names a person, a group of people or a body that speaks. */
export function namesSpeaker(lower: string): boolean {
  if (GROUP_NOUNS.has(lower) || isPersonOrBody(lower)) return true;
  if (AGENT_ENDING.test(lower) && !NOT_AGENTS.has(lower.replace(/s$/, ''))) return true;
  const one = singular(lower);
  return one !== null && (isPersonOrBody(one) || GROUP_NOUNS.has(one));
}

const isPersonOrBody = (word: string): boolean => PERSON_NOUNS.has(word) || ORG_NOUNS.has(word) || isRoleNoun(word);

/** Whether a lower-cased singular common noun names one person: "the minister", "the veteran winger", "the economist". */
export function namesPerson(lower: string): boolean {
  return PERSON_NOUNS.has(lower) || isRoleNoun(lower) || (AGENT_ENDING.test(lower) && !lower.endsWith('s') && !NOT_AGENTS.has(lower));
}
