import { genderOfFirstName as firstNameGender } from '../entities/kin.js';
import { wordClassesOf } from '../entities/tagger/index.js';
import { WORD_CLASS } from '../entities/tagger/word-classes.js';
import { ROLE_NOUNS, TITLE_GENDERS, type Gender } from '../lexicon/roles.js';
import { remembered } from '../remembered.js';

/**
 * Word classes from compromise's lexicon, shipped hashed in the tagger model (so compromise never loads at run
 * time): first names with their usual gender, role nouns ("mayor", "spokesperson", "ceo") and honorifics ("Sen.",
 * "Dr.").
 */

export const genderOfFirstName = remembered(firstNameGender);

/** Role nouns compromise lacks, and the words for relations ("his mother said"). */
const EXTRA_ROLES = new Set([...ROLE_NOUNS, 'officials', 'sen', 'mother', 'father', 'son', 'daughter', 'wife', 'husband']);

/** A noun naming a person by role or relation: "mayor", "spokesperson", "CEO", "labourer". */
export const isRoleNoun = remembered((word: string): boolean => {
  const w = word.toLowerCase().replace(/\.$/, '');
  const bits = wordClassesOf(w);
  return EXTRA_ROLES.has(w) || ((bits & WORD_CLASS.role) !== 0 && (bits & WORD_CLASS.honorific) === 0);
});

export const isHonorific = remembered((word: string): boolean => (wordClassesOf(word) & WORD_CLASS.honorific) !== 0);

export function genderOfHonorific(word: string): Gender | null {
  return TITLE_GENDERS.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}

/** nouns for a person that say whether "he" or "she" may stand for them */
export const NOUN_GENDERS: ReadonlyMap<string, Gender> = new Map([
  ...['man', 'husband', 'father', 'son', 'brother', 'boy', 'grandfather', 'uncle', 'nephew', 'widower', 'boyfriend', 'spokesman', 'chairman', 'businessman', 'congressman'].map((w) => [w, 'm'] as const),
  ...['woman', 'wife', 'mother', 'daughter', 'sister', 'girl', 'grandmother', 'aunt', 'niece', 'widow', 'girlfriend', 'spokeswoman', 'chairwoman', 'businesswoman', 'congresswoman', 'actress'].map((w) => [w, 'f'] as const),
]);
