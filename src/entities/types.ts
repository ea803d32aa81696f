import type { EntityType } from '../schema.js';
import type { CoarseType } from './tagger/tags.js';
import { COMPANY_HEADS, INSTITUTION_HEADS, ORGANISATION_HEADS } from '../lexicon/organisations.js';
import { isWhiteSpace, splitAtWhiteSpace } from '../doc/clean.js';

/**
 * The tagger learns CoNLL's four types; finer types come from the words of the name. A place (LOC) is a
 * facility when its last word names a built thing ("Incirlik Air Base", "the M5 highway" gives "M5"), a natural
 * or regional place when a word names a landform or water ("Euphrates River", "Gulf of Aden") or it is a
 * continent or world region, and otherwise a geopolitical entity (country, city, state). A MISC name is an event
 * when a word says so ("World Cup", "Gulf War"), a nationality, religious or political group (NORP) when it is a
 * demonym or group name ("Turkish", "Kurds", "Shiite"), and MISC otherwise. A place or other name of two or more
 * words that ends in an organisation's head noun is an organisation ("Nordhavn Bank", "Texas A&M University",
 * "Financial Conduct Authority"; a league is a competition as much as a body: "Premier League" stays MISC), and so
 * is any name (a person's too) that ends in a word for a line of business ("Halden Motors", "Pelham Systems").
 */
const FACILITY_WORDS = new Set([
  'airport', 'airbase', 'base', 'bridge', 'highway', 'motorway', 'freeway', 'expressway', 'street', 'road', 'avenue',
  'boulevard', 'square', 'lane', 'tunnel', 'station', 'port', 'harbour', 'harbor', 'dam', 'canal', 'stadium',
  'arena', 'palace', 'tower', 'towers', 'building', 'hall', 'prison', 'jail', 'mosque', 'church', 'cathedral',
  'temple', 'synagogue', 'shrine', 'museum', 'hospital', 'bridge', 'pipeline', 'crossing', 'checkpoint',
  'terminal', 'centre', 'center', 'plaza', 'park', 'gate', 'wall', 'memorial', 'monument', 'mall', 'hotel',
]);
const NATURAL_WORDS = new Set([
  'river', 'sea', 'ocean', 'lake', 'mountain', 'mountains', 'mount', 'mt', 'mt.', 'hill', 'hills', 'valley', 'gulf',
  'bay', 'strait', 'straits', 'desert', 'island', 'islands', 'isles', 'peninsula', 'basin', 'coast', 'plain',
  'plains', 'plateau', 'forest', 'canyon', 'delta', 'range', 'glacier', 'channel', 'cape', 'reef', 'volcano',
  'falls', 'lagoon', 'steppe', 'highlands', 'lowlands', 'region', 'corridor', 'belt', 'horn',
]);
/**
 * Natural features' words that end a place's name and no organisation's ("Sullivan's Island", "the U.S. Gulf"): a
 * name read as an organisation's that ends in one is the place, unless an institution heads it ("University of the
 * Fraser Valley").
 */
const NATURAL_HEADS = new Set([
  'island', 'islands', 'isles', 'river', 'lake', 'mountain', 'mountains', 'gulf', 'peninsula', 'strait', 'straits', 'sea',
  'ocean', 'desert', 'canyon', 'glacier', 'volcano', 'lagoon', 'reef', 'coast', 'valley', 'plateau', 'basin',
]);
const REGIONS = new Set([
  'africa', 'asia', 'europe', 'antarctica', 'oceania', 'australasia', 'arctic', 'antarctic', 'middle east',
  'near east', 'far east', 'latin america', 'south america', 'north america', 'central america', 'central asia',
  'southeast asia', 'south asia', 'east asia', 'west africa', 'east africa', 'north africa', 'sub-saharan africa',
  'balkans', 'caribbean', 'sahel', 'sahara', 'caucasus', 'scandinavia', 'mediterranean', 'levant', 'gulf',
  'persian gulf', 'baltic', 'baltics', 'himalayas', 'alps', 'andes', 'amazon', 'pacific', 'atlantic',
  'eastern europe', 'western europe', 'northern europe', 'southern europe', 'central europe', 'horn of africa',
]);
const EVENT_WORDS = new Set([
  'cup', 'war', 'olympics', 'olympiad', 'games', 'championship', 'championships', 'open', 'prix', 'tour', 'summit',
  'festival', 'election', 'elections', 'revolution', 'uprising', 'series', 'bowl', 'marathon', 'derby', 'rally',
  'tournament', 'masters', 'trophy', 'expo', 'conference', 'congress', 'massacre', 'crisis', 'hurricane',
  'typhoon', 'cyclone', 'storm', 'earthquake', 'spring', 'awards', 'oscars', 'grammys', 'jubilee', 'referendum',
  'world cup', 'invasion', 'offensive', 'intifada', 'holocaust', 'genocide', 'pride', 'carnival',
]);
export const GROUPS: ReadonlySet<string> = new Set([
  'muslim', 'muslims', 'christian', 'christians', 'jew', 'jews', 'jewish', 'roman', 'catholic', 'catholics', 'protestant',
  'protestants', 'orthodox', 'hindu', 'hindus', 'buddhist', 'buddhists', 'sikh', 'sikhs', 'sunni', 'sunnis',
  'shia', 'shiite', 'shiites', "shi'ite", 'alawite', 'alawites', 'druze', 'evangelical', 'evangelicals',
  'republican', 'republicans', 'democrat', 'democrats', 'democratic', 'conservative', 'conservatives', 'tory',
  'tories', 'labourite', 'liberal', 'liberals', 'communist', 'communists', 'socialist', 'socialists', 'islamist',
  'islamists', 'jihadist', 'jihadists', 'kurd', 'kurds', 'arab', 'arabs', 'greek', 'greeks', 'swiss', 'thai',
  'dutch', 'french', 'welsh', 'irish', 'scots', 'basque', 'basques', 'catalan', 'catalans', 'maori', 'inuit',
  'roma', 'sami', 'yazidi', 'yazidis', 'uighur', 'uighurs', 'uyghur', 'uyghurs', 'rohingya', 'pashtun', 'tamil',
  'tamils', 'zulu', 'hutu', 'hutus', 'tutsi', 'tutsis', 'latino', 'latinos', 'hispanic', 'hispanics', 'nazi',
  'nazis', 'maoist', 'maoists', 'taliban', 'marxist', 'marxists', 'zionist', 'zionists', 'loyalist', 'loyalists',
  'unionist', 'unionists', 'nationalist', 'nationalists', 'separatist', 'separatists', 'mormon', 'mormons',
]);
/** Endings of demonyms and nationality adjectives: American, Afghans, Chinese, Turkish, Iraqi, Israelis. */
const DEMONYM = /^\p{Lu}[\p{L}'’-]*(?:an|ans|ian|ians|ese|ish|i|is|ic|ch)$/u;
const FACILITY_CODE = /^[A-Z]{1,2}-?\d{1,3}$/;
/** "West Bank", "Left Bank": a bank of a river. */
const COMPASS = new Set(['west', 'east', 'north', 'south', 'left', 'right']);

/**
 * German definite articles, which open the names of newspapers, parties and broadcasters ("Der Spiegel", "Die
 * Linke", "Das Erste") and no person's or place's (a film's or a work's may: "Das Boot" stays MISC).
 */
const GERMAN_ARTICLES = new Set(['der', 'die', 'das']);

/** Words that open or close a broadcaster's name of two words or more: "Radio Shabelle", "Vatican Radio", "Israeli Television". */
const BROADCASTERS = new Set(['radio', 'television']);

/** Most names of people and organisations are one word, kept as the tagger read it (refineType's first answer). */
export function keepsCoarseType(name: string, coarse: CoarseType): boolean {
  return (coarse === 'PERSON' || coarse === 'ORG') && lastSpace(name) < 0;
}

export function refineType(name: string, coarse: CoarseType, storm = true): EntityType {
  if (keepsCoarseType(name, coarse)) return coarse;
  // the words lower-cased (no lower-case form is or swallows white space), and the sets below each is in
  const lower = splitAtWhiteSpace(name.toLowerCase());
  const bits: number[] = [];
  let any = 0;
  for (const w of lower) {
    const b = WORD_BITS.get(w) ?? 0;
    bits.push(b);
    any |= b;
  }
  const n = lower.length;
  const last = lower[n - 1]!;
  const lastBits = bits[n - 1]!;
  if (n > 1 && ((lastBits & (COMPANY_HEAD | BROADCASTER)) !== 0 || (bits[0]! & BROADCASTER) !== 0)) return 'ORG';
  if ((coarse === 'PERSON' || coarse === 'LOC') && n > 1 && (bits[0]! & GERMAN_ARTICLE) !== 0) return 'ORG';
  const thing = kindOfThing(lower, bits, any, storm);
  if (thing) return thing;
  if (coarse === 'ORG' && (lastBits & NATURAL_HEAD) !== 0 && (any & INSTITUTION_HEAD) === 0) return 'LOC';
  if (coarse === 'PERSON' || coarse === 'ORG') return coarse;
  if ((coarse === 'LOC' || (coarse === 'MISC' && last !== 'league')) && n > 1 && (lastBits & ORGANISATION_HEAD) !== 0 && (bits[n - 2]! & COMPASS_WORD) === 0) return 'ORG';
  if (coarse === 'LOC' && headBeforePlace(bits)) return 'ORG';
  if (coarse === 'LOC') {
    if ((lastBits & FACILITY) !== 0 || (n === 1 && FACILITY_CODE.test(name))) return 'FAC';
    if (REGIONS.has(lower.join(' ')) || (any & NATURAL) !== 0) return 'LOC';
    return 'GPE';
  }
  if ((any & EVENT) !== 0 || YEAR.test(name)) return 'EVENT';
  return n <= 2 && isGroup(name, lower) ? 'NORP' : 'MISC';
}

/** Where the name's last white space (as `\s` has it) is, -1 when it has none. */
function lastSpace(name: string): number {
  for (let i = name.length - 1; i >= 0; i--) if (isWhiteSpace(name.charCodeAt(i))) return i;
  return -1;
}

const YEAR = /\b(?:19|20)\d\d\b/;

/** Words that open a named storm's name: "Storm Ciaran", "Hurricane Milton", "Tropical Storm Alberto". */
export const STORM_WORDS: ReadonlySet<string> = new Set(['storm', 'hurricane', 'typhoon', 'cyclone']);
/**
 * Heads of a law's, a treaty's or another legal instrument's name, last in it: "Inflation Reduction Act", "Maastricht
 * Treaty", "Abraham Accords", "U.N. Charter", "Geneva Conventions", "Kyoto Protocol", "Balfour Declaration".
 */
export const LAW_HEADS: ReadonlySet<string> = new Set([
  'act', 'acts', 'treaty', 'accord', 'accords', 'amendment', 'directive', 'charter', 'convention', 'conventions', 'protocol',
  'declaration',
]);
/** Heads of an instrument's name that open it before "of": "Treaty of Rome", "Declaration of Independence". */
const INSTRUMENT_OPENERS = new Set(['treaty', 'charter', 'convention', 'protocol', 'declaration']);
/** Heads of a spacecraft's or a telescope's name: "Perseverance Rover", "James Webb Space Telescope". */
const CRAFT_HEADS = new Set(['orbiter', 'rover', 'lander', 'telescope', 'probe', 'spacecraft', 'satellite', 'capsule']);
/** Heads of a space programme's name, with the words that make it one: "Artemis Lunar Program", "Artemis Mission". */
const PROGRAMME_HEADS = new Set(['program', 'programme', 'mission']);
const SPACE_WORDS = new Set([
  'space', 'mars', 'moon', 'lunar', 'solar', 'venus', 'jupiter', 'saturn', 'mercury', 'asteroid', 'exploration',
  'apollo', 'artemis', 'gemini', 'orbital', 'planetary', 'interplanetary',
]);
/** Prefixes of a ship's name, before the name its owners gave it: "HMS Belfast", "USS Cole", "RMS Titanic", "MV Sewol". */
export const SHIP_PREFIXES: ReadonlySet<string> = new Set(['rms', 'hms', 'uss', 'usns', 'hmas', 'hmcs', 'hmnzs', 'mv']);
/** A word of a pathogen's name, a strain code often after it: "Enterovirus A71", "Influenza H5N1", "Coxsackievirus A16". */
const isPathogen = (word: string): boolean => word.endsWith('virus') || word === 'influenza';

/**
 * Names of things that are no person, organisation or place, whatever the tagger read: a named storm (an event), a
 * law, a treaty or another legal instrument (its head last, or first before "of"), a spacecraft or a space
 * programme, a ship (its prefix first: "HMS Belfast"), a pathogen (other names); an organisation named after one
 * ends in an institution's head ("Influenza Research Institute", "Coronavirus Task Force"), which the caller read
 * first, unless the head is a programme's.
 */
function kindOfThing(lower: readonly string[], bits: readonly number[], any: number, storm: boolean): EntityType | null {
  const n = lower.length;
  const lastBits = bits[n - 1]!;
  if (n < 2 || ((lastBits & INSTITUTION_HEAD) !== 0 && (lastBits & PROGRAMME_HEAD) === 0)) return null;
  const tropical = lower[0] === 'tropical';
  const opener = tropical ? lower[1]! : lower[0]!;
  if (storm && (bits[tropical ? 1 : 0]! & STORM) !== 0 && n > (opener === lower[0] ? 1 : 2)) return 'EVENT';
  if ((lastBits & (LAW_HEAD | CRAFT_HEAD)) !== 0 || (bits[0]! & SHIP_PREFIX) !== 0 || lower.some(isPathogen)) return 'MISC';
  if ((bits[0]! & INSTRUMENT_OPENER) !== 0 && lower[1] === 'of') return 'MISC';
  return (lastBits & PROGRAMME_HEAD) !== 0 && (any & SPACE) !== 0 ? 'MISC' : null;
}

/** Heads of an institution's name that a place may follow in it: "Trinity College Dublin", "Mercy Hospital Springfield". */
const HEADS_BEFORE_PLACES = new Set([...ORGANISATION_HEADS, 'hospital', 'clinic']);

/**
 * A name of three words or more with an institution's head inside it, neither first nor last, and no built or
 * natural thing last: an institution named with its place after it ("Trinity College Dublin", "Imperial College
 * London"; not "College Park", "West Bank Barrier", "Hospital Road").
 */
function headBeforePlace(bits: readonly number[]): boolean {
  const lastBits = bits[bits.length - 1]!;
  if (bits.length < 3 || (lastBits & (FACILITY | NATURAL)) !== 0) return false;
  for (let i = 1; i < bits.length - 1; i++) if ((bits[i]! & HEAD_BEFORE_PLACE) !== 0 && (bits[i - 1]! & COMPASS_WORD) === 0) return true;
  return false;
}

/** Every word a group name or a demonym. */
function isGroup(name: string, lower: string[]): boolean {
  const words = splitAtWhiteSpace(name);
  return lower.every((w, i) => GROUPS.has(w) || DEMONYM.test(words[i]!));
}

/** Bits of WORD_BITS: the sets above a lower-case word is in. */
const COMPANY_HEAD = 1 << 0;
const BROADCASTER = 1 << 1;
const GERMAN_ARTICLE = 1 << 2;
const INSTITUTION_HEAD = 1 << 3;
const PROGRAMME_HEAD = 1 << 4;
const STORM = 1 << 5;
const LAW_HEAD = 1 << 6;
const CRAFT_HEAD = 1 << 7;
const SHIP_PREFIX = 1 << 8;
const INSTRUMENT_OPENER = 1 << 9;
const SPACE = 1 << 10;
const NATURAL_HEAD = 1 << 11;
const ORGANISATION_HEAD = 1 << 12;
const COMPASS_WORD = 1 << 13;
const FACILITY = 1 << 14;
const NATURAL = 1 << 15;
const EVENT = 1 << 16;
const HEAD_BEFORE_PLACE = 1 << 17;

/**
 * Each word of refineType's sets with the bits of the sets it is in: one lookup per word of a name, where the sets
 * were asked one by one (a dozen lookups or more for a name of two words).
 */
const WORD_BITS: ReadonlyMap<string, number> = wordBits([
  [COMPANY_HEADS, COMPANY_HEAD], [BROADCASTERS, BROADCASTER], [GERMAN_ARTICLES, GERMAN_ARTICLE], [INSTITUTION_HEADS, INSTITUTION_HEAD],
  [PROGRAMME_HEADS, PROGRAMME_HEAD], [STORM_WORDS, STORM], [LAW_HEADS, LAW_HEAD], [CRAFT_HEADS, CRAFT_HEAD], [SHIP_PREFIXES, SHIP_PREFIX],
  [INSTRUMENT_OPENERS, INSTRUMENT_OPENER], [SPACE_WORDS, SPACE], [NATURAL_HEADS, NATURAL_HEAD], [ORGANISATION_HEADS, ORGANISATION_HEAD],
  [COMPASS, COMPASS_WORD], [FACILITY_WORDS, FACILITY], [NATURAL_WORDS, NATURAL], [EVENT_WORDS, EVENT], [HEADS_BEFORE_PLACES, HEAD_BEFORE_PLACE],
]);

function wordBits(sets: ReadonlyArray<readonly [ReadonlySet<string>, number]>): Map<string, number> {
  const bits = new Map<string, number>();
  for (const [set, bit] of sets) for (const w of set) bits.set(w, (bits.get(w) ?? 0) | bit);
  return bits;
}
