import { splitAtWhiteSpace } from '../doc/clean.js';
import { overlaps } from '../doc/span.js';
import { TITLE_GENDERS, type Gender } from '../lexicon/roles.js';
import { wordClassesOf } from './tagger/index.js';
import { WORD_CLASS } from './tagger/word-classes.js';

/** Nouns of kinship: "his mother, Mary Read", "Read's wife, Susan Read", "Tom Read, her son,". */
const KIN = new Set([
  'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'widow', 'widower', 'grandmother',
  'grandfather', 'grandson', 'granddaughter', 'aunt', 'uncle', 'niece', 'nephew', 'cousin', 'fiancee', 'fiancée',
  'fiance', 'fiancé', 'partner', 'stepmother', 'stepfather', 'stepson', 'stepdaughter', 'mother-in-law',
  'father-in-law', 'sister-in-law', 'brother-in-law',
]);
const OWNERS = new Set(['his', 'her', 'their', 'the']);
const AGES = new Set(['late', 'older', 'younger', 'elder']);
/** How far before or after a name its kinship apposition is read. */
const REACH = 40;

/**
 * Whether the text introduces the name at [start, end) as someone's relative, in an apposition of kinship: "his
 * mother, Mary Read", "Read's wife, Susan Read", "Tom Read, her son,". A relative who shares a surname is
 * another person than the one the story is about.
 */
export function isIntroducedAsKin(text: string, start: number, end: number): boolean {
  const before = splitAtWhiteSpace(text.slice(Math.max(0, start - REACH), start));
  before.pop();
  const noun = before.pop()?.toLowerCase().replace(/,$/, '');
  if (noun && KIN.has(noun) && ownedBy(before)) return true;
  if (text[end] !== ',') return false;
  const after = splitAtWhiteSpace(text.slice(end + 1, end + 1 + REACH).trim());
  const owner = after.shift()?.toLowerCase();
  if (owner !== 'his' && owner !== 'her' && owner !== 'their') return false;
  if (AGES.has(after[0]?.toLowerCase() ?? '')) after.shift();
  return KIN.has(after[0]?.toLowerCase().replace(/[,.;:]$/, '') ?? '');
}

/** The words before a kinship noun own it: "his", "Read's", "his late". */
function ownedBy(words: string[]): boolean {
  let w = words.pop()?.toLowerCase();
  if (w && AGES.has(w)) w = words.pop()?.toLowerCase();
  return w !== undefined && (OWNERS.has(w) || /['’]s$/.test(w));
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

/**
 * The name was typed a person's only by the surname of someone named in full elsewhere ("Rosa Vance" beside
 * "Daniel Vance"; see relatives.ts): a relative, whom a bare surname does not name while the other is there.
 */
export function isTypedBySurname(text: string, m: { start: number; end: number; typedBy: { start: number; end: number } | null }): boolean {
  const by = m.typedBy;
  if (!by || overlaps(by, m)) return false;
  const surname = text.slice(by.start, by.end);
  return text.endsWith(surname, m.end) && /\s/.test(text[m.end - surname.length - 1] ?? '');
}
