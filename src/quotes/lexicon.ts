import { wordClasses } from '../entities/lexicon.js';
import { GAZETTEER } from '../entities/tagger/gazetteer.js';

/**
 * Word classes from compromise's lexicon, shipped hashed in the tagger model (so compromise never loads at run
 * time): first names with their usual gender, role nouns ("mayor", "spokesperson", "ceo") and honorifics ("Sen.",
 * "Dr.").
 */
export type Gender = 'm' | 'f';

/**
 * A pure function of a word, remembered across documents (the lexicon lookup is slow and names recur); the table
 * is emptied when it grows past `limit` words.
 */
function remembered<T extends NonNullable<unknown> | null>(fn: (word: string) => T, limit = 50_000): (word: string) => T {
  const seen = new Map<string, T>();
  return (word) => {
    const known = seen.get(word);
    if (known !== undefined) return known;
    if (seen.size >= limit) seen.clear();
    const value = fn(word);
    seen.set(word, value);
    return value;
  };
}

export const genderOfFirstName = remembered((name: string): Gender | null => {
  const bits = wordClasses(name) & (GAZETTEER.maleName | GAZETTEER.femaleName);
  return bits === GAZETTEER.maleName ? 'm' : bits === GAZETTEER.femaleName ? 'f' : null;
});

const EXTRA_ROLES = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'chief', 'head', 'founder', 'owner', 'premier',
  'senator', 'sen', 'representative', 'governor', 'chair', 'minister', 'mp', 'mla', 'mpp', 'councillor', 'councilor',
  'superintendent', 'commissioner', 'advocate', 'expert', 'executive', 'vice-president', 'manager', 'president',
  'coach', 'teacher', 'doctor', 'nurse', 'candidate', 'nominee', 'host', 'justice', 'judge', 'prosecutor', 'lawyer',
  'attorney', 'sheriff', 'chancellor', 'ambassador', 'envoy', 'secretary', 'leader', 'labourer', 'laborer', 'worker',
  'resident', 'student', 'professor', 'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'mayor', 'ceo',
]);

/** A noun naming a person by role or relation: "mayor", "spokesperson", "CEO", "labourer". */
export const isRoleNoun = remembered((word: string): boolean => {
  const w = word.toLowerCase().replace(/\.$/, '');
  const bits = wordClasses(w);
  return EXTRA_ROLES.has(w) || ((bits & GAZETTEER.role) !== 0 && (bits & GAZETTEER.honorific) === 0);
});

export const isHonorific = remembered((word: string): boolean => (wordClasses(word) & GAZETTEER.honorific) !== 0);

const MALE_HONORIFICS = new Set(['mr', 'mister', 'sir', 'lord', 'king', 'prince', 'father', 'brother']);
const FEMALE_HONORIFICS = new Set(['mrs', 'ms', 'miss', 'madam', 'dame', 'lady', 'queen', 'princess', 'sister', 'mme', 'mlle']);

export function genderOfHonorific(word: string): Gender | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MALE_HONORIFICS.has(w) ? 'm' : FEMALE_HONORIFICS.has(w) ? 'f' : null;
}
