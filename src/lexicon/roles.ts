/** Words for people by title and role, lower case, without a full stop ("Sen." is "sen"). */

export type Gender = 'm' | 'f';

/** Courtesy titles before a name: a form of address, not a role ("Mr.", "Dame", "Dr."). */
export const COURTESY_TITLES = ['mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'lord', 'lady'];

/** Titles of rank, office or church before a name: "President Lincoln", "Sgt. Pepper", "Father Brown". */
export const RANK_TITLES = [
  'prof', 'rev', 'father', 'sister', 'brother', 'coach', 'president', 'senator', 'sen', 'rep', 'gov', 'governor', 'mayor',
  'judge', 'justice', 'officer', 'detective', 'sgt', 'sergeant', 'capt', 'captain', 'lt', 'col', 'colonel', 'gen',
  'general', 'pope', 'king', 'queen',
];

/** The gender a title gives the person it names ("Mrs. Lee", "King Charles"). */
export const TITLE_GENDERS: ReadonlyMap<string, Gender> = new Map([
  ...['mr', 'mister', 'sir', 'lord', 'king', 'prince', 'father', 'brother'].map((w) => [w, 'm'] as const),
  ...['mrs', 'ms', 'miss', 'madam', 'dame', 'lady', 'queen', 'princess', 'sister', 'mme', 'mlle'].map((w) => [w, 'f'] as const),
]);

/** Nouns that name a person by role: "the mayor", "a ministry spokesperson", "Kim, the manager". */
export const ROLE_NOUNS = [
  'minister', 'president', 'secretary', 'chancellor', 'governor', 'senator', 'mayor', 'chief', 'spokesman',
  'spokeswoman', 'spokesperson', 'ambassador', 'envoy', 'judge', 'premier', 'chair', 'ceo', 'coach', 'manager',
  'leader', 'attorney', 'lawyer', 'professor', 'official', 'founder', 'owner', 'doctor', 'executive', 'head',
  'candidate', 'prosecutor', 'mp', 'councillor', 'councilor', 'commissioner', 'expert', 'nurse', 'teacher', 'student',
  'worker', 'resident', 'vice-president', 'superintendent',
];
