import nlp from 'compromise';

/**
 * Word lists read from compromise's lexicon (a plain object lookup; compromise's tagger never runs here): first
 * names with their usual gender, role nouns ("mayor", "spokesperson", "ceo") and honorifics ("Sen.", "Dr.").
 */
export type Gender = 'm' | 'f';

let lexicon: Record<string, string | string[]> | undefined;

function tagOf(word: string): string {
  lexicon ??= (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const tag = lexicon[word.toLowerCase().replace(/\.$/, '')];
  return Array.isArray(tag) ? tag.join('+') : (tag ?? '');
}

export function genderOfFirstName(name: string): Gender | null {
  const tag = tagOf(name);
  return tag === 'MaleName' ? 'm' : tag === 'FemaleName' ? 'f' : null;
}

const EXTRA_ROLES = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'chief', 'head', 'founder', 'owner', 'premier',
  'senator', 'sen', 'representative', 'governor', 'chair', 'minister', 'mp', 'mla', 'mpp', 'councillor', 'councilor',
  'superintendent', 'commissioner', 'advocate', 'expert', 'executive', 'vice-president', 'manager', 'president',
  'coach', 'teacher', 'doctor', 'nurse', 'candidate', 'nominee', 'host', 'justice', 'judge', 'prosecutor', 'lawyer',
  'attorney', 'sheriff', 'chancellor', 'ambassador', 'envoy', 'secretary', 'leader', 'labourer', 'laborer', 'worker',
  'resident', 'student', 'professor', 'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'mayor', 'ceo',
]);

/** A noun naming a person by role or relation: "mayor", "spokesperson", "CEO", "labourer". */
export function isRoleNoun(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, '');
  return EXTRA_ROLES.has(w) || /Actor/.test(tagOf(w));
}

export function isHonorific(word: string): boolean {
  return /Honorific/.test(tagOf(word));
}

const MALE_HONORIFICS = new Set(['mr', 'mister', 'sir', 'lord', 'king', 'prince', 'father', 'brother']);
const FEMALE_HONORIFICS = new Set(['mrs', 'ms', 'miss', 'madam', 'dame', 'lady', 'queen', 'princess', 'sister', 'mme', 'mlle']);

export function genderOfHonorific(word: string): Gender | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MALE_HONORIFICS.has(w) ? 'm' : FEMALE_HONORIFICS.has(w) ? 'f' : null;
}
