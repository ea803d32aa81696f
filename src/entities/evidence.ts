import type { Doc, Token } from '../doc/document.js';
import { CHURCH_TITLES, COURTESY_TITLES, RANK_TITLES } from '../lexicon/roles.js';
import type { CoarseType } from './tagger/tags.js';
import { isLowerTitleWord, isTitleWord } from './roles.js';
import { resized, type Named } from './named.js';
import { tokenAtOrAfter } from '../doc/lookup.js';
import { DAY_AND_MONTH_NAMES } from '../lexicon/calendar.js';
import { COMPANY_KINDS, CORPORATE_SUFFIXES, INSTITUTION_HEADS } from '../lexicon/organisations.js';
import { isFirstName, spacedRun, wordsAt } from './words.js';
import { isApostrophe } from './trim.js';
import { wordClassesOf } from './tagger/index.js';
import { gazetteer } from '../places/gazetteer.js';
import { WORD_CLASS } from './tagger/word-classes.js';
import { mediaNounAfter } from './media-nouns.js';

/** Titles of church, court and high command before a person's name: "Cardinal Pietro Parolin", "Prince Harry". */
const CHURCH_AND_COURT_TITLES = [
  ...CHURCH_TITLES, 'sheikh', 'emir', 'sultan', 'prince', 'princess', 'emperor', 'empress', 'admiral', 'marshal',
];
/** Titles that also open the names of organisations: "General Motors", "Justice Department". */
const NAME_WORDS = new Set(['general', 'justice']);
/** Capitalised words that, right before a name, make it a person's: "Mr", "President", "Sheriff", "Chancellor". */
const PERSON_TITLES = new Set([
  ...[...COURTESY_TITLES, ...RANK_TITLES].filter((t) => !NAME_WORDS.has(t)), 'miss', 'minister', 'secretary', 'chancellor', 'premier', 'ambassador', 'envoy',
  'sheriff', 'spokesman', 'spokeswoman', 'spokesperson', 'representative', 'commissioner', 'superintendent',
  'inspector', 'prosecutor', 'deputy', 'chairman', 'chairwoman', 'president-elect', 'manager', 'striker',
  'midfielder', 'defender', 'goalkeeper', ...CHURCH_AND_COURT_TITLES,
]);

/** Where a kind of company stands before a capitalised word: "grocer Ocado". */
const KIND_THEN_NAME = new RegExp(`\\b(?:${[...COMPANY_KINDS].join('|')}) [A-Z]`, 'g');
/** A company's name after its kind runs over at most this many capitalised words ("carmaker Ford Motor Co"). */
const MAX_COMPANY_WORDS = 4;

/**
 * The names with the companies a kind of company introduces where the tagger found no name ("shares of grocer
 * Ocado fell"): the capitalised words after it, an ORG whose kind fixes its type. In text order.
 */
export function withCompaniesAfterKinds(doc: Doc, names: readonly Named[]): readonly Named[] {
  const found: Named[] = [];
  for (const m of doc.text.matchAll(KIND_THEN_NAME)) {
    const kind = tokenAtOrAfter(doc, m.index);
    const first = kind + 1;
    let last = first;
    while (last < doc.tokens.length && last - first < MAX_COMPANY_WORDS && /^\p{Lu}/u.test(doc.tokens[last]!.norm) && spacedRun(doc, last - 1, last)) last++;
    if (last === first || DAY_AND_MONTH_NAMES.has(doc.tokens[first]!.lower) || names.some((n) => n.first < last && first < n.last)) continue;
    const start = doc.tokens[first]!.start;
    found.push({ start, end: doc.tokens[last - 1]!.end, type: 'ORG', first, last, caps: false, title: undefined, rule: 'entities/type-evidence', typedBy: kind });
  }
  return found.length ? [...names, ...found].sort((a, b) => a.first - b.first) : names;
}

/**
 * What a company has and a person has not, after a possessive: "Veltra's head of trading", "Kestrel's
 * chief executive", "Corvel's board" (not "Smith's chief of staff", "Obama's campaign strategist").
 */
const COMPANY_POSSESSION =
  /^['’]s?\s+(?:[a-z][a-z-]*\s+){0,2}?(chief (?:executive|financial|operating|investment|commercial|technology|economist|strategist)|ceo|cfo|chairman|chairwoman|board|shareholders|head of|founder|co-founder|headquarters|subsidiary|revenue|profits?|earnings)\b/;

/**
 * A company's officer named right after the company, no possessive between: "Rolls-Royce chief executive Tufan
 * Erginbilgic", "Kestrel CEO Marta Ruiz" (a person has a chief of staff or a spokesman, never a chief executive).
 */
const OFFICER_TITLES = ['chief executive officer', 'chief executive', 'chief financial officer', 'chief operating officer', 'CEO', 'CFO', 'COO'];
const COMPANY_OFFICER = new RegExp(String.raw`^\s(?:${OFFICER_TITLES.join('|')}) \p{Lu}`, 'u');
/** The first letters of the officers' titles, to read COMPANY_OFFICER only where one stands. */
const OFFICER_STARTS = new Set(OFFICER_TITLES.map((t) => t[0]!));
/** What only a company has in it: "shares in Rolls-Royce", "shares of Kestrel". */
const SHARES_IN = /\b[Ss]hares (?:in|of) $/;

/** Nouns for a leader's rule, which a leader's surname premodifies: "the Assad regime", "the Maduro government". */
const RULE_NOUNS = new Set(['regime', 'administration', 'government', 'presidency', 'dictatorship', 'junta']);

/** The corporate suffix of a name, lower case and without its full stops: "corp" of "Corp."; `lower` is the word's lower case. */
export function corporateSuffix(word: string, lower = word.toLowerCase()): string | null {
  if (word.length > 12) return null;
  const bare = lower.includes('.') ? lower.replace(/\./g, '') : lower;
  return CORPORATE_SUFFIXES.has(bare) ? bare : null;
}

/**
 * What fixes a name's type whatever the document's other mentions of it say, and the token that says so: a
 * byline's "By" (recorded on the name), a title right before it ("Mr Read", "President Zelensky": PERSON), a
 * corporate suffix ending it or right after it ("Nvidia Corp.": ORG), a kind of company right before it ("grocer
 * Ocado", "its insurer, Marlow Re": ORG), a noun for a leader's rule after it ("the Assad regime": PERSON), a noun
 * for a newspaper or a broadcaster after an organisation's or a thing's name ("the Sun newspaper": ORG), for a
 * name no people's, a place's "-based" before it ("Udine-based Friulana": ORG), for a
 * name read as a person's, an office or a holding only a company has after its possessive ("Gunvor's head of
 * research": ORG), for a name not read as an organisation's, a company's officer's title right after it ("Kestrel
 * CEO Marta Ruiz") or "shares in" before it, unless the gazetteer knows it as a place, and for a place read as one
 * that is no country or state, a match result it is a side in or a player's position after it (its club: ORG).
 * Null when none does. (A preposition of place before a name the gazetteer knows is no such evidence: "joined
 * Porto from Braga" names two clubs.)
 */
export function typeEvidence(doc: Doc, n: Named): { type: CoarseType; token: number } | null {
  if (n.typedBy !== undefined) return { type: n.type, token: n.typedBy };
  const before = doc.tokens[n.first - 1];
  if (before && before.sentence === doc.tokens[n.first]!.sentence) {
    if (isCapitalisedTitle(before, PERSON_TITLES)) return { type: 'PERSON', token: n.first - 1 };
    const kind = before.norm === ',' ? n.first - 2 : n.first - 1;
    if (COMPANY_KINDS.has(doc.tokens[kind]?.norm ?? '') && n.last - n.first <= 3) return { type: 'ORG', token: kind };
    if (isBasedBefore(doc, n)) return { type: 'ORG', token: n.first - 1 };
    if (isLeaderBeforeRule(doc, n)) return { type: 'PERSON', token: n.last };
  }
  const media = mediaNounAfter(doc, n);
  if (media !== null) return { type: 'ORG', token: media };
  if (n.type === 'PERSON' && isApostrophe(doc.text[n.end])) {
    const held = COMPANY_POSSESSION.exec(doc.text.slice(n.end, n.end + 60));
    if (held) return { type: 'ORG', token: tokenAtOrAfter(doc, n.end + held[0].length - held[1]!.length) };
  }
  if (n.type !== 'ORG') {
    const company = companyCue(doc, n);
    if (company !== null) return { type: 'ORG', token: company };
  }
  if (n.type !== 'PERSON') {
    // the gazetteer is asked last: most places are in no club's or side's place
    const side = isClubBeforePlayer(doc, n) ? n.last : n.type === 'LOC' ? scoreOfSide(doc, n) : null;
    if (side !== null && !isNationalPlace(doc, n)) return { type: 'ORG', token: side };
  }
  if (isSuffixOf(doc, n, n.last - 1)) return { type: 'ORG', token: n.last - 1 };
  return isSuffixOf(doc, n, n.last) ? { type: 'ORG', token: n.last } : null;
}

/**
 * A place's "-based" right before a name that is no people's ("Udine-based Friulana", "Ohio-based Kellan Bancorp"): what
 * a place is the base of is an organisation (a people's name stays one: "London-based Iraqi exiles").
 */
function isBasedBefore(doc: Doc, n: Named): boolean {
  const based = doc.tokens[n.first - 1]!;
  return n.type !== 'MISC' && based.lower === 'based' && based.end === n.start - 1 && doc.text[based.start - 1] === '-' && doc.text[n.start - 1] === ' ';
}

/** Token k, after the name's first word and in its sentence, is a capitalised corporate suffix: "Nvidia Corp.". */
function isSuffixOf(doc: Doc, n: Named, k: number): boolean {
  const t = doc.tokens[k];
  return t !== undefined && k > n.first && t.sentence === doc.tokens[n.first]!.sentence && t.norm[0] !== t.lower[0] && corporateSuffix(t.norm, t.lower) !== null;
}

/**
 * The token of a company's officer's title right after a name ("Kestrel CEO Marta Ruiz") or of "shares" before it
 * ("shares in Kestrel"), for a name the gazetteer does not know as a place's ("shares in Tokyo" are the market's).
 */
function companyCue(doc: Doc, n: Named): number | null {
  const text = doc.text;
  // each pattern read only where its first or last letters stand
  const officer = OFFICER_STARTS.has(text[n.end + 1] ?? '') ? COMPANY_OFFICER.exec(text.slice(n.end, n.end + 40)) : null;
  const shares = officer || !(text.endsWith(' in ', n.start) || text.endsWith(' of ', n.start)) ? null : SHARES_IN.exec(text.slice(Math.max(0, n.start - 12), n.start));
  if ((!officer && !shares) || isPlaceName(doc.text.slice(n.start, n.end))) return null;
  return officer ? tokenAtOrAfter(doc, n.end + 1) : tokenAtOrAfter(doc, n.start - shares![0].length);
}

/** A player's position or a team's officer, which a club's name premodifies: "Norwich striker Josh Sargent". */
const CLUB_POSITIONS = new Set([
  'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'winger', 'forward', 'full-back', 'fullback', 'playmaker',
  'pitcher', 'quarterback', 'coach', 'manager', 'captain', 'skipper',
  'catcher', 'shortstop', 'outfielder', 'infielder', 'reliever', 'batsman', 'bowler', 'spinner', 'off-spinner', 'leg-spinner',
  'paceman', 'seamer', 'wicketkeeper', 'all-rounder', 'fly-half', 'scrum-half', 'flanker', 'centre-back', 'linebacker', 'goalie',
]);
/** Places a national or state side is named after: CoNLL-style news types the side as the place ("England striker"). */
const NATIONAL_KINDS = new Set(['continent', 'country', 'admin1']);

/**
 * "Norwich striker Josh Sargent", "Torino coach Ivan Juric": a town's name right before a player's position (or a
 * team's coach or manager) and a capitalised name is the club's; a country's or a state's stays the place ("England
 * striker ...", "Texas manager ..."), and so does a civic title's ("Chicago mayor").
 */
function isClubBeforePlayer(doc: Doc, n: Named): boolean {
  const after = positionEnd(doc, n.last);
  // most names have neither a position nor "and" after them: the tests of the name itself wait for one
  if (after < 0 && doc.tokens[n.last]?.norm !== 'and') return false;
  // "ex-Porto coach": a prefixed name is an adjective, no club's name
  if (PREFIXED.test(doc.tokens[n.first]!.norm)) return false;
  // a people's name before a position is the player's nationality: "Sri Lankan all-rounder"
  if ((wordClassesOf(doc.tokens[n.last - 1]!.norm) & WORD_CLASS.demonym) !== 0) return false;
  if (after >= 0) {
    const next = doc.tokens[after + 1];
    return spacedRun(doc, n.last - 1, n.last) && ((next !== undefined && /^\p{Lu}/u.test(next.norm) && spacedRun(doc, after, after + 1)) || isDeterminedAt(doc, n.first - 1));
  }
  // "the former Burnley and Stoke skipper": two clubs share the position
  if (doc.tokens[n.last]?.norm === 'and') {
    let k = n.last + 1;
    while (k < doc.tokens.length && /^\p{Lu}\p{Ll}/u.test(doc.tokens[k]!.norm)) k++;
    return k > n.last + 1 && positionEnd(doc, k) >= 0 && spacedRun(doc, n.last - 1, k) && isDeterminedAt(doc, n.first - 1);
  }
  return false;
}

/**
 * Where a player's position written from token i ends (its last token; a position written with hyphens is several
 * tokens: "off-spinner", "scrum-half"), -1 where none is written there.
 */
function positionEnd(doc: Doc, i: number): number {
  const role = doc.tokens[i];
  if (role === undefined) return -1;
  let last = i;
  while (doc.tokens[last + 2] && doc.tokens[last + 1]!.norm === '-' && doc.tokens[last + 2]!.start === doc.tokens[last]!.end + 1) last += 2;
  return CLUB_POSITIONS.has(last === i ? role.norm : doc.text.slice(role.start, doc.tokens[last]!.end)) ? last : -1;
}

/**
 * Token i is "the", "a" or "former" (a conjunct's first name's, "the former Burnley and"): the position after the
 * name is then a post held at a club ("the Everton midfielder"), where a bare one may be a job in a town.
 */
function isDeterminedAt(doc: Doc, i: number): boolean {
  let k = i;
  const t = doc.tokens[k];
  if (t?.norm === 'and') {
    k--;
    while (k >= 0 && /^\p{Lu}\p{Ll}/u.test(doc.tokens[k]!.norm)) k--;
  }
  return DETERMINERS.has(doc.tokens[k]?.norm ?? '');
}

const DETERMINERS = new Set(['the', 'a', 'former']);
/** A lower-case prefix and a hyphen before a name: "ex-Milan", "pro-Moscow". */
const PREFIXED = /^\p{Ll}+-/u;

function isNationalPlace(doc: Doc, n: Named): boolean {
  return isNationalPlaceName(doc.text.slice(n.start, n.end));
}

/** The gazetteer knows the name as a country's, a continent's or a first-level region's (a national or state side's). */
export function isNationalPlaceName(name: string): boolean {
  const g = gazetteer();
  return g.lookup(name).some((m) => NATIONAL_KINDS.has(g.kindOf(m.index)));
}

/** A match's score: "3-1", "2-2". */
const SCORE = String.raw`\d{1,2}-\d{1,2}\b`;
const RESULT_VERB_LIST = ['beat', 'beats', 'defeated', 'drew with', 'draw with', 'lost to', 'lose to', 'thrashed', 'edged', 'routed', 'hammered', 'held'];
/** What links a result's noun to the beaten side: "a 4-1 win over Derby". */
const RESULT_LINKS = ['over', 'against', 'to', 'with'];
const RESULT_VERBS = `(?:${RESULT_VERB_LIST.join('|')})`;
/** A side's name then its result: "Leicester drew with Ipswich 1-1", "Hull won 2-0", "Leeds 2 Chelsea 1". */
const SIDE_THEN_RESULT = new RegExp(String.raw`^ (?:${RESULT_VERBS} (?:\p{Lu}[\p{L}'’.-]*\s){1,3}${SCORE}|won ${SCORE}|\d{1,2} \p{Lu}[\p{L}'’. -]{0,30}? \d{1,2}\b(?!-))`, 'u');
/** A side's result before its name: "beat Ipswich 3-1" (with the score after), "a 4-1 win over Derby". */
const RESULT_BEFORE_SIDE = new RegExp(String.raw`(?:\b${RESULT_VERBS}|\b${SCORE} (?:win|victory|defeat|loss|draw) (?:${RESULT_LINKS.join('|')})) $`, 'u');
const SCORE_AFTER_SIDE = new RegExp(String.raw`^ ${SCORE}`);

/** The first words of SIDE_THEN_RESULT's matches after a name's space that are words (a verb's, "won"), each then a space. */
const WORDS_AFTER_SIDE = new Set([...RESULT_VERB_LIST.map((v) => v.split(' ')[0]!), 'won']);
/** The last words of RESULT_BEFORE_SIDE's matches: a result verb, or what follows a result ("win over"). */
const WORDS_BEFORE_SIDE = new Set([...RESULT_VERB_LIST.map((v) => v.slice(v.lastIndexOf(' ') + 1)), ...RESULT_LINKS]);

/** What SIDE_THEN_RESULT and SCORE_AFTER_SIDE read after a name (sliced out only where one is read). */
const textAfter = (text: string, n: Named): string => text.slice(n.end, n.end + 60);

/** The run of lower-case ASCII letters that ends right before the space at text[space] ('' when no space is there). */
function lowerWordBefore(text: string, space: number): string {
  if (text[space] !== ' ') return '';
  let from = space;
  while (from > 0 && text.charCodeAt(from - 1) >= 97 && text.charCodeAt(from - 1) <= 122) from--;
  return text.slice(from, space);
}

/**
 * Whether what follows the name at `end` may be SIDE_THEN_RESULT's, read before the pattern: a space, then a digit or
 * one of WORDS_AFTER_SIDE and a space.
 */
function mayOpenResult(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 32) return false;
  const first = text.charCodeAt(end + 1);
  if (first >= 48 && first <= 57) return true;
  let to = end + 1;
  while (to < text.length && text.charCodeAt(to) >= 97 && text.charCodeAt(to) <= 122) to++;
  return to > end + 1 && text.charCodeAt(to) === 32 && WORDS_AFTER_SIDE.has(text.slice(end + 1, to));
}

/**
 * The token that opens a match's result in which the name is a side, a town's name being then its club's:
 * "Leicester drew with Ipswich 1-1", "beat Ipswich 3-1", "a 4-1 win over Derby", "Leeds 2 Chelsea 1". A place
 * after "at" or "in" is the venue, no side: "won 2-0 at Wembley".
 */
function scoreOfSide(doc: Doc, n: Named): number | null {
  if (mayOpenResult(doc.text, n.end) && SIDE_THEN_RESULT.test(textAfter(doc.text, n))) return n.last;
  if (!WORDS_BEFORE_SIDE.has(lowerWordBefore(doc.text, n.start - 1))) return null;
  const before = RESULT_BEFORE_SIDE.exec(doc.text.slice(Math.max(0, n.start - 40), n.start));
  if (!before) return null;
  if (!before[0].includes('-') && !SCORE_AFTER_SIDE.test(textAfter(doc.text, n))) return null;
  return tokenAtOrAfter(doc, n.start - before[0].length);
}

/** The gazetteer knows the name as a place's. */
export const isPlaceName = (name: string): boolean => gazetteer().lookup(name).length > 0;

/**
 * "the Assad regime": one word the tagger read as a place between "the" and a noun for a leader's rule is the
 * leader's surname, when it is written as one (not "U.S.") and is not known as a place ("the Ontario government",
 * "the Kabul regime").
 */
function isLeaderBeforeRule(doc: Doc, n: Named): boolean {
  const after = doc.tokens[n.last];
  return (
    n.type === 'LOC' && n.last - n.first === 1 && doc.tokens[n.first - 1]!.lower === 'the' && after !== undefined && RULE_NOUNS.has(after.lower) &&
    /^\p{Lu}\p{Ll}+$/u.test(doc.tokens[n.first]!.norm) && (wordClassesOf(doc.tokens[n.first]!.norm) & WORD_CLASS.place) === 0
  );
}

/** A person's name without the titles it opens with ("Foreign Minister Hakan Fidan" gives "Hakan Fidan"); a name is left. */
export function withoutTitle(doc: Doc, n: Named): Named {
  let first = n.first;
  while (first < n.last - 1 && isLowerTitleWord(doc.tokens[first]!.lower) && /^\p{Lu}/u.test(doc.tokens[first]!.norm)) first++;
  if (first === n.first || isTitleWord(doc.tokens[first]!.norm)) return n;
  return resized(n, first, n.last, doc.tokens[first]!.start, n.end);
}

/**
 * A name the tagger read as an organisation's that opens with a person's title and goes on with one
 * to three capitalised words (hyphens between them) none of which is an ordinary English word (unless it is also a
 * first name or a surname), a title, an institution's head or a corporate suffix is the person's name after the title: "Cardinal Pietro Parolin", "Ms.
 * Okafor-Lindqvist" (not "Cardinal Health", "Prince Foundation", "Detective Sgt").
 */
export function withPersonTitle(doc: Doc, n: Named): Named {
  if (n.type !== 'ORG' || n.last - n.first < 2 || !isCapitalisedTitle(doc.tokens[n.first]!, PERSON_TITLES)) return n;
  let words = 0;
  for (let i = n.first + 1; i < n.last; i++) {
    const t = doc.tokens[i]!;
    const hyphen = t.norm === '-' && i + 1 < n.last && doc.tokens[i - 1]!.end === t.start && t.end === doc.tokens[i + 1]!.start;
    if (!hyphen && !isPersonNameWord(t)) return n;
    if (!hyphen) words++;
  }
  if (words > 3) return n;
  return { start: doc.tokens[n.first + 1]!.start, end: n.end, type: 'PERSON', first: n.first + 1, last: n.last, caps: n.caps, title: n.first, rule: 'entities/title-split', typedBy: n.typedBy };
}

/**
 * A capitalised word that may be part of a person's name: no title, institution head or suffix, and no ordinary
 * English word unless it is also a first name or a surname ("Rose", "Young").
 */
function isPersonNameWord(t: Token): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(t.norm) || INSTITUTION_HEADS.has(t.lower) || corporateSuffix(t.norm, t.lower) || isTitleWord(t.norm)) return false;
  const classes = wordClassesOf(t.norm);
  return (classes & WORD_CLASS.common) === 0 || (classes & (WORD_CLASS.firstName | WORD_CLASS.lastName)) !== 0;
}

/**
 * A title that also opens organisations' names, before an organisation's name or one word read as a person's that
 * is no first name and that the document never writes without the title, opens an organisation's name: "General
 * Electric", "General Motors", "General Mills" ("General Ruiz" after "Ruiz said" is a person).
 */
export function withOrganisationTitle(doc: Doc, n: Named): Named {
  const title = doc.tokens[n.first - 1];
  if (!title || !NAME_WORDS.has(title.lower) || !/^\p{Lu}\p{Ll}/u.test(title.norm) || !spacedRun(doc, n.first - 1, n.first)) return n;
  const word = doc.tokens[n.first]!;
  const organisation = n.type === 'ORG' || (n.type === 'PERSON' && n.last - n.first === 1 && !isFirstName(word) && !writtenWithoutTitle(doc.text, word.norm, title.norm));
  if (!organisation) return n;
  return resized(n, n.first - 1, n.last, title.start, n.end, 'ORG', 'entities/type-evidence');
}

/** Whether the text writes the word as a word of its own anywhere but right after the title. */
function writtenWithoutTitle(text: string, word: string, title: string): boolean {
  for (const at of wordsAt(text, word)) if (!text.slice(Math.max(0, at - title.length - 1), at).startsWith(title)) return true;
  return false;
}

/** A title written capitalised, not in capitals (on a headline's or a table's line every word is). */
function isCapitalisedTitle(t: Token, titles: ReadonlySet<string>): boolean {
  const lower = t.lower.endsWith('.') ? t.lower.slice(0, -1) : t.lower;
  return titles.has(lower) && t.norm[0] !== lower[0] && t.norm[1] === lower[1];
}
