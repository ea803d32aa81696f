import { isWhiteSpace as isSpace, splitAtWhiteSpace } from '../doc/clean.js';
import { CHURCH_TITLES, COURTESY_TITLES, RANK_TITLES, ROLE_NOUNS, writtenForms } from '../lexicon/roles.js';

/**
 * Titles and roles given to a person in the text: written before the name ("Defence Minister Hulusi Akar",
 * "spokeswoman Jane Doe", "U.S. Transportation Secretary Ruth Okafor") or in an apposition after it ("Hulusi Akar,
 * Turkey's defence minister," / "Fatma Yilmaz, a volunteer with the Red Crescent"). Lower-cased.
 */
const TITLE_WORDS = new Set(
  [
    ...COURTESY_TITLES, ...RANK_TITLES, ...CHURCH_TITLES, 'vice', 'prime', 'minister', 'secretary', 'foreign', 'defence', 'defense',
    'interior', 'finance', 'health', 'chancellor', 'representative', 'prince', 'princess', 'lieutenant', 'commander',
    'chief', 'executive', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'envoy', 'sheikh', 'premier', 'director', 'chairman', 'chairwoman', 'chair', 'ceo', 'manager',
    'leader', 'speaker', 'attorney', 'deputy', 'state', 'home', 'economy', 'trade', 'energy', 'education', 'environment',
    'labour', 'labor', 'army', 'opposition', 'former', 'professor', 'maj', 'major', 'adm', 'admiral', 'supreme', 'field',
    'marshal', 'crown', 'emir', 'sultan', 'cleric', 'agriculture', 'transport',
    'culture', 'information', 'development', 'industry', 'economic', 'affairs', 'national', 'security', 'adviser',
    'advisor', 'attorney-general', 'treasury', 'commerce', 'police', 'commissioner', 'inspector', 'superintendent',
    'constable', 'congressman', 'congresswoman', 'lawmaker', 'legislator', 'councillor', 'councilor', 'council',
    'member', 'mp',
  ].flatMap(writtenForms),
);
/** Words of a title that are courtesy or time, not the role: "Mr.", "Dame", "former". */
const notRole = (w: string): boolean => w === 'former' || COURTESY_TITLES.has(w.replace(/\.$/, ''));
/** Words that can head a role in an apposition: "Kim, the manager,", "Charles, the king,". */
const ROLE_HEADS = new Set([
  ...ROLE_NOUNS, 'king', 'queen', 'prince', 'princess', 'general', 'colonel', 'captain', 'lieutenant', 'commander',
  'pope', ...CHURCH_TITLES,
]);
const APPOSITION_STOP = new Set(['with', 'at', 'in', 'for', 'who', 'which', 'that', 'said', 'says', 'told', 'and', 'on', 'from', 'to', 'since', 'until']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'whose']);

/** A word that can stand as a title or role before a name ("President", "Mr.", "Defence"). */
export function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(word.toLowerCase());
}

/** isTitleWord of a word already in lower case (the tagger's word keys), without lower-casing it again. */
export const isLowerTitleWord = (lower: string): boolean => TITLE_WORDS.has(lower);

export function rolesOf(text: string, start: number, end: number): string[] {
  const before = rolesBefore(text, start) ?? roleBeforeComma(text, start);
  const after = roleAfter(text, end);
  const roles: string[] = [];
  if (before !== null) roles.push(before);
  if (after !== null && after !== before) roles.push(after);
  return roles;
}

const BEFORE = 80;

function rolesBefore(text: string, start: number): string | null {
  if (!TITLE_WORDS.has(lastWordBefore(text, start, Math.max(0, start - BEFORE)).toLowerCase())) return null;
  const window = text.slice(Math.max(0, start - BEFORE), start);
  const words = splitAtWhiteSpace(window.slice(window.lastIndexOf('\n') + 1)).filter(Boolean);
  const taken: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!.toLowerCase();
    if (TITLE_WORDS.has(word)) taken.unshift(word);
    else if ((word === 'of' || word === 'for') && taken.length && i > 0 && TITLE_WORDS.has(words[i - 1]!.toLowerCase())) taken.unshift(word);
    else break;
  }
  const role = taken.filter((w) => !notRole(w));
  while (role.length && (role[0] === 'of' || role[0] === 'for')) role.shift();
  return role.length ? role.join(' ') : null;
}

/** The last word of text[from, start) on the line that ends at start ('' when none). */
function lastWordBefore(text: string, start: number, from: number): string {
  let end = start;
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  let begin = end;
  while (begin > from && !isSpace(text.charCodeAt(begin - 1))) begin--;
  return text.slice(begin, end);
}

/** Characters a role phrase before a comma never runs over. */
const PHRASE_STOPS = new Set([...',;:.!?()"“”\n']);

/** "Britain's finance minister, Priya Raman": a role phrase ending in its head just before ", Name". */
function roleBeforeComma(text: string, start: number): string | null {
  const windowStart = Math.max(0, start - 82);
  // read back from the end: a pattern anchored there would be tried at every offset of the window
  let last = start - 1;
  while (last >= windowStart && isSpace(text.charCodeAt(last))) last--;
  if (last < windowStart || text[last] !== ',') return null;
  // the phrase: up to 80 characters before the comma, back to the nearest stop
  let phrase = last;
  while (phrase > windowStart && last - phrase < 80 && !PHRASE_STOPS.has(text[phrase - 1]!)) phrase--;
  if (phrase === last) return null;
  const words = splitAtWhiteSpace(text.slice(phrase, last)).filter(Boolean);
  const head = words[words.length - 1]?.toLowerCase();
  if (!head || !ROLE_HEADS.has(head)) return null;
  let from = words.length - 1;
  while (from > 0 && words.length - from < 4) {
    const w = words[from - 1]!;
    if (DETERMINERS.has(w.toLowerCase()) || /['’]s$/.test(w) || APPOSITION_STOP.has(w.toLowerCase()) || !/^[\p{L}-]+$/u.test(w)) break;
    from--;
  }
  return words.slice(from).join(' ').toLowerCase();
}

/** ", Turkey's defence minister," / ", the minister," / ", a volunteer with ...": the role's words up to its head. */
function roleAfter(text: string, end: number): string | null {
  if (text[end] !== ',') return null;
  const m = /^,\s+([^,;:.!?()"“”\n]{1,80})/.exec(text.slice(end, end + 90));
  if (!m) return null;
  const words = splitAtWhiteSpace(m[1]!).filter(Boolean);
  let i = 0;
  if (i < words.length && (DETERMINERS.has(words[i]!.toLowerCase()) || /['’]s$/.test(words[i]!))) i++;
  while (i < words.length && /['’]s$/.test(words[i]!) && i < 3) i++;
  const from = i;
  let head = -1;
  for (let k = from; k < words.length && k < from + 4; k++) {
    const w = words[k]!.toLowerCase();
    if (APPOSITION_STOP.has(w)) break;
    if (ROLE_HEADS.has(w)) head = k;
  }
  if (head < 0) return null;
  return words
    .slice(from, head + 1)
    .join(' ')
    .toLowerCase();
}
