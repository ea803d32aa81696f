import { TITLE_GENDERS, type Gender } from '../lexicon/roles.js';
import { wordClassesOf } from './tagger/index.js';
import { WORD_CLASS } from './tagger/word-classes.js';

/** Nouns of kinship: "his mother, Mary Read", "Read's wife, Susan Read", "Tom Read, her son,". */
const KIN =
  'mother|father|son|daughter|wife|husband|brother|sister|widow|widower|grandmother|grandfather|grandson|granddaughter|aunt|uncle|niece|nephew|cousin|fiancee|fiancée|fiance|fiancé|partner|stepmother|stepfather|stepson|stepdaughter|mother-in-law|father-in-law|sister-in-law|brother-in-law|parents|children';
const KIN_BEFORE = new RegExp(`(?:\\b(?:his|her|their|the)|['’]s)\\s+(?:late\\s+|older\\s+|younger\\s+|elder\\s+)?(?:${KIN}),?\\s+$`, 'i');
const KIN_AFTER = new RegExp(`^,\\s+(?:his|her|their)\\s+(?:late\\s+|older\\s+|younger\\s+|elder\\s+)?(?:${KIN})\\b`, 'i');
/** How far before a name its kinship apposition may start. */
const BEFORE = 60;

/**
 * Whether the text introduces the name at [start, end) as someone's relative, in an apposition of kinship: "his
 * mother, Mary Read", "Read's wife, Susan Read", "Tom Read, her son,". A relative who shares a surname is
 * another person than the one the story is about.
 */
export function isIntroducedAsKin(text: string, start: number, end: number): boolean {
  return KIN_BEFORE.test(text.slice(Math.max(0, start - BEFORE), start)) || KIN_AFTER.test(text.slice(end, end + BEFORE));
}

/** The gender a title gives ("Mr", "Mrs.", "Lady"), or null. */
export function genderOfTitle(title: string): Gender | null {
  return TITLE_GENDERS.get(title.toLowerCase().replace(/\.$/, '')) ?? null;
}

/** The usual gender of a first name, or null when it has none or both. */
export function genderOfFirstName(name: string): Gender | null {
  const bits = wordClassesOf(name) & (WORD_CLASS.maleName | WORD_CLASS.femaleName);
  return bits === WORD_CLASS.maleName ? 'm' : bits === WORD_CLASS.femaleName ? 'f' : null;
}
