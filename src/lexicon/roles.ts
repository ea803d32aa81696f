/** Words for people by title and role, lower case, without a full stop ("Sen." is "sen"). */

export type Gender = 'm' | 'f';

/** Courtesy titles before a name: a form of address, not a role ("Mr.", "Dame", "Dr."). */
export const COURTESY_TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'lord', 'lady']);

/** Titles of rank, office or church before a name: "President Lincoln", "Sgt. Pepper", "Father Brown". */
export const RANK_TITLES: ReadonlySet<string> = new Set([
  'prof', 'rev', 'father', 'sister', 'brother', 'coach', 'president', 'senator', 'sen', 'rep', 'gov', 'governor', 'mayor',
  'judge', 'justice', 'officer', 'detective', 'sgt', 'sergeant', 'capt', 'captain', 'lt', 'col', 'colonel', 'gen',
  'general', 'pope', 'king', 'queen',
]);

/** Words before a judge's or an officer's title, in no general word list, that are the title's: "Circuit Judge". */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(['circuit', 'probate', 'appellate', 'chancery', 'magisterial']);

/** Titles of clergy before a name: "Cardinal Blase Cupich", "Rabbi Jonathan Sacks", "Pastor Rick Warren". */
export const CHURCH_TITLES: readonly string[] = ['cardinal', 'archbishop', 'bishop', 'rabbi', 'imam', 'ayatollah', 'pastor', 'reverend'];

/** Titles written short, with a full stop or without ("Sen.", "Lt", "Dr"). */
const SHORT_TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'rev', 'sen', 'rep', 'gov', 'sgt', 'capt', 'lt', 'col', 'gen', 'maj', 'adm']);

export const isShortTitle = (title: string): boolean => SHORT_TITLES.has(title);

/** A title as it may be written, lower case: "sen" and "sen."; "mayor". */
export function writtenForms(title: string): string[] {
  return isShortTitle(title) ? [title, `${title}.`] : [title];
}

/** The gender a title gives the person it names ("Mrs. Lee", "King Charles"). */
export const TITLE_GENDERS: ReadonlyMap<string, Gender> = new Map([
  ...['mr', 'mister', 'sir', 'lord', 'king', 'prince', 'father', 'brother'].map((w) => [w, 'm'] as const),
  ...['mrs', 'ms', 'miss', 'madam', 'dame', 'lady', 'queen', 'princess', 'sister', 'mme', 'mlle'].map((w) => [w, 'f'] as const),
]);

/**
 * Nouns that name a person by occupation or office: "the mayor", "a ministry spokesperson", "Kim, the manager".
 * Not the titles of rank that are also surnames ("King", "General"), which entities/roles.ts adds for appositions.
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'minister', 'president', 'secretary', 'chancellor', 'governor', 'senator', 'representative', 'mayor', 'chief',
  'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'envoy', 'judge', 'justice', 'premier', 'chair', 'ceo',
  'coach', 'manager', 'leader', 'attorney', 'lawyer', 'professor', 'official', 'founder', 'co-founder', 'owner',
  'doctor', 'executive', 'head', 'candidate', 'nominee', 'prosecutor', 'sheriff', 'mp', 'mla', 'mpp', 'councillor',
  'councilor', 'commissioner', 'expert', 'advocate', 'host', 'nurse', 'teacher', 'student', 'worker', 'labourer',
  'laborer', 'resident', 'vice-president', 'superintendent', 'director', 'chairman', 'chairwoman', 'speaker', 'deputy',
  'economist', 'analyst', 'officer', 'volunteer', 'editor', 'reporter', 'correspondent', 'author', 'researcher',
  'scientist', 'member', 'adviser', 'advisor', 'aide', 'negotiator', 'player', 'striker', 'midfielder', 'defender',
  'goalkeeper', 'champion', 'actor', 'actress', 'singer', 'lawmaker', 'legislator', 'inspector', 'activist',
  'campaigner', 'organiser', 'organizer', 'partner', 'strategist', 'consultant', 'historian', 'physician', 'surgeon',
  'farmer', 'survivor', 'witness', 'pilot', 'soldier', 'commentator', 'columnist', 'producer', 'writer', 'journalist',
  'photographer', 'designer', 'engineer', 'architect', 'president-elect', 'minister-president', 'secretary-general',
  'director-general', 'attorney-general', 'treasurer', 'trustee', 'governor-general',
]);
