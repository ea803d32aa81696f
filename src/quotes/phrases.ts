import type { Doc, Token } from '../doc/document.js';
import { DAY_AND_MONTH_NAMES, TIME_NOUNS } from '../lexicon/calendar.js';
import { isDash, isPossessiveS } from '../lexicon/marks.js';
import { isRoleNoun } from './person-words.js';
import { is, isAcronym, isCapitalised, isNicknameMark, isPunct, POSSESSIVE_PRONOUNS, type TokenRange } from './tokens.js';

/**
 * Shallow phrase finding over wink's tokens and parts of speech: the noun phrase that names a speaker, and the
 * adverbials ("on Monday", "in a statement", "told reporters") that sit between a cue and what was said.
 */

const NOMINAL = new Set(['PROPN', 'NOUN', 'NUM']);
const MODIFIER = new Set(['ADJ', 'PROPN', 'NOUN', 'NUM']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you', 'who']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'it', 'you']);
/** prepositions that may join a speaker's description: "a reporter for USA Today", "CEO of Northgate Housing" */
export const NP_PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'by', 'with', 'in', 'near', 'outside', 'across']);
/** "farmers near Petersburg", "police in Ottawa": only a common noun takes a place after it */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'near', 'outside', 'across']);
/** words between a subject and its cue: "has also said", "later told" */
const AUXILIARY_ADVERBS = new Set([
  'also', 'later', 'again', 'then', 'now', 'previously', 'earlier', 'repeatedly', 'recently', 'publicly', 'privately',
  'once', 'first', 'initially', 'still', 'further', 'similarly', 'separately', 'reportedly', 'originally', 'often',
  'has', 'have', 'had', 'will', 'would', 'may', 'might', 'could', 'can', 'should', 'did', 'does', 'do', 'is', 'was',
  'are', 'were', 'be', 'been', 'being', 'had', 'already', 'even', 'just', 'simply', 'only', 'flatly', 'frequently',
  'openly', 'quietly', 'subsequently', 'finally', 'recently', 'always', 'never', 'however', 'too',
]);
const TIME_WORDS = new Set([
  ...TIME_NOUNS, 'last', 'this', 'next', 'early', 'late', 'earlier', 'later', 'recently', 'previously', 'again', 'also',
  'however', 'too', 'then', 'now',
]);
const ADVERBIAL_PREPOSITIONS = new Set([
  'in', 'on', 'at', 'during', 'to', 'via', 'by', 'through', 'from', 'over', 'after', 'before', 'with', 'under', 'outside',
  'following', 'inside', 'after', 'while', 'when', 'since', 'ahead', 'throughout', 'across', 'last', 'this',
]);

/** parts of speech a word opening a sentence before a cue has when it is no name ("But said", "Also said") */
const NOT_NAMES = new Set(['CCONJ', 'SCONJ', 'ADP', 'AUX', 'PART', 'PRON', 'ADV', 'DET', 'INTJ']);
const QUANTIFIERS = new Set(['some', 'many', 'most', 'both', 'all', 'several', 'few', 'others']);

const isNominal = (t: Token, sentenceStart: boolean): boolean =>
  NOMINAL.has(t.pos) || (isCapitalised(t) && !sentenceStart && t.type === 'word' && !is(t, 'i'));

export function isPronoun(t: Token | undefined): boolean {
  return t !== undefined && SUBJECT_PRONOUNS.has(t.lower) && (t.pos === 'PRON' || t.lower === 'i');
}

/** Whether token i opens its sentence, or a quote or an aside in it (a hyphen inside a word, "al-Shabaab", opens none). */
const sentenceFirst = (tokens: Token[], i: number): boolean =>
  i === 0 || tokens[i - 1]!.sentence !== tokens[i]!.sentence || isPunct(tokens[i - 1]) && /^[“"‘«(—–-]$/.test(tokens[i - 1]!.norm) && !inWordHyphen(tokens, i - 1);

/** A hyphen joined to the words on both sides: "al-Shabaab", "state-run". */
const inWordHyphen = (tokens: Token[], k: number): boolean =>
  tokens[k]!.norm === '-' && tokens[k - 1]?.end === tokens[k]!.start && tokens[k + 1]?.start === tokens[k]!.end;

/** words before "of" that leave the head to the phrase after it: "some of the residents", "one of the officials" */
export const PARTITIVES: ReadonlySet<string> = new Set([
  'some', 'many', 'most', 'several', 'all', 'both', 'each', 'none', 'few', 'one', 'two', 'three', 'four', 'five', 'dozens',
  'hundreds', 'thousands', 'members', 'majority', 'minority', 'half', 'third', 'quarter', 'percent', 'cent', '%', 'share',
  'number', 'group', 'handful', 'proportion',
]);
/** pronouns that name the group a partitive takes its share of: "many of them", "some of whom" */
export const PARTITIVE_PRONOUNS: ReadonlySet<string> = new Set(['them', 'us', 'whom', 'you']);
/** object pronouns that complete an adjective qualifying a group: "those close to him", "aides loyal to her" */
const COMPLEMENT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me']);

/**
 * The noun phrase whose last token is `head`: "Harbourline CEO Dana Whitlock", "a ministry spokesperson", "he",
 * "the mayor’s office", "A March 2019 audit by the state comptroller". Never reaches before `floor`.
 */
export function phraseEndingAt(doc: Doc, head: number, floor: number, beforeCue = false): TokenRange | null {
  const tokens = doc.tokens;
  const h = tokens[head];
  if (!h || head < floor) return null;
  if (SUBJECT_PRONOUNS.has(h.lower) && h.lower !== 'who' && !isAcronym(doc, head)) return { first: head, last: head + 1 };
  // "those close to him": the complement of an adjective, which the group it qualifies takes (see findAttributions)
  if (COMPLEMENT_PRONOUNS.has(h.lower) && tokens[head - 1]?.pos === 'ADP' && tokens[head - 2]?.pos === 'ADJ' && head - 2 > floor) return { first: head, last: head + 1 };
  // "many of them", "some of whom": a share of a group named by a pronoun
  if (PARTITIVE_PRONOUNS.has(h.lower) && is(tokens[head - 1], 'of') && head - 2 >= floor && PARTITIVES.has(tokens[head - 2]!.lower)) return { first: head - 2, last: head + 1 };
  const adjectiveHead = h.pos === 'ADJ' && (/^\p{Lu}/u.test(h.norm) || tokens[head - 1]?.pos === 'DET'); // "the military"
  // "Varga said", "Some suggested": a capitalised word opening the sentence right before a cue names the speaker,
  // whatever part of speech wink gave it
  const openingName = beforeCue && sentenceFirst(tokens, head) && !isNicknameMark(doc, head - 1) && isCapitalised(h) && h.type === 'word' &&
    (!NOT_NAMES.has(h.pos) || QUANTIFIERS.has(h.lower));
  if (openingName) return { first: head, last: head + 1 };
  if (!isNominal(h, sentenceFirst(tokens, head)) && !adjectiveHead && !isAcronym(doc, head)) return null;
  let first = head;
  let prepositions = 0;
  let listOfNames = false;
  while (first > floor && head - first < 12) {
    const t = tokens[first - 1]!;
    const right = tokens[first]!;
    if (t.sentence !== h.sentence) break;
    if (MODIFIER.has(t.pos) || (isCapitalised(t) && t.type === 'word' && !sentenceFirst(tokens, first - 1) && !is(t, 'i'))) {
      first--;
    } else if ((t.pos === 'DET' && !is(t, 'that', 'which', 'whose')) || POSSESSIVE_PRONOUNS.has(t.lower)) {
      first--;
      // "the city’s mayor", "a spokesperson for the ministry": a possessor or a preposition may still come before
      const left = tokens[first - 1];
      const joins = left && NP_PREPOSITIONS.has(left.lower) && prepositions < 2 && NOMINAL.has(tokens[first - 2]?.pos ?? '') && first - 1 > floor;
      if (!(left && /^['’]s$/.test(left.norm)) && !joins) break;
    } else if (/^['’]s$/.test(t.norm) || (/^['’]$/.test(t.norm) && t.start === tokens[first - 2]?.end && /s$/.test(tokens[first - 2]!.norm))) {
      first--;
    } else if (t.type === 'word' && tokens[first - 2]?.norm === '-' && tokens[first - 2]!.end === t.start && tokens[first - 3]?.end === tokens[first - 2]!.start) {
      first--; // the second half of a hyphenated modifier, whatever its part of speech: "the state-run agency"
    } else if (t.norm === '-' && t.end === right.start && tokens[first - 2]?.end === t.start) {
      first--;
    } else if (t.type === 'word' && right.norm === '-' && t.end === right.start) {
      first--; // the first half of a hyphenated word, whatever its part of speech: "then-candidate", "ex-minister"
    } else if (t.norm === '.' && t.end === right.start) {
      break;
    } else if (isNicknameMark(doc, first - 1)) {
      first--; // Lorena "Lolo" Vance
    } else if (t.norm === ',' && right.pos === 'ADJ' && tokens[first - 2]?.pos === 'ADJ' && first - 1 > floor) {
      first--; // coordinate adjectives: "the quiet, bearded chemist"
    } else if ((is(t, 'and', '&')) && isCapitalised(right) && isCapitalised(tokens[first - 2])) {
      listOfNames = true;
      first--;
    } else if (t.norm === ',' && listOfNames && isCapitalised(right) && isCapitalised(tokens[first - 2])) {
      first--; // "firms in Ipswich, Harwich and Woodbridge": the earlier names of a list that ends in "and"
    } else if (NP_PREPOSITIONS.has(t.lower) && prepositions < 2 && (NOMINAL.has(tokens[first - 2]?.pos ?? '') || isCapitalised(tokens[first - 2]) || isRoleNoun(tokens[first - 2]?.norm ?? '')) && first - 1 > floor &&
      (!PLACE_PREPOSITIONS.has(t.lower) || ((tokens[first - 2]!.pos === 'NOUN' || sentenceFirst(tokens, first - 2)) && isCapitalised(right)))) {
      prepositions++;
      first--;
    } else {
      break;
    }
  }
  // a phrase never starts with a joining word
  while (first < head && (NP_PREPOSITIONS.has(tokens[first]!.lower) || is(tokens[first], 'and', '&') || /^['’-]/.test(tokens[first]!.norm))) first++;
  return { first, last: head + 1 };
}

/**
 * Whether `k` is a subordinator the tagger read as a preposition, opening a clause of its own with its subject right
 * before its finite verb: "condemned the ruling as [the court adjourned] ...", "announced a curfew until [the storm had]
 * passed", "as [he left]".
 */
export function subordinatorAt(doc: Doc, k: number, end: number): boolean {
  const t = doc.tokens[k]!;
  // "measures such as the cut are needed": "such as" opens examples, not a clause
  return t.pos === 'ADP' && PREPOSITION_SUBORDINATORS.has(t.lower) && !is(doc.tokens[k - 1], 'such') && subjectAndVerbAt(doc, k + 1, end);
}

function subjectAndVerbAt(doc: Doc, k: number, end: number): boolean {
  const t = doc.tokens[k];
  if (!t || k >= end) return false;
  if (t.pos === 'PRON') return CLAUSE_PRONOUNS.has(t.lower) && predicateAt(doc, k + 1);
  const np = t.pos === 'DET' || t.pos === 'PROPN' || t.pos === 'NOUN' ? phraseStartingAt(doc, k, end) : null;
  if (np === null || !predicateAt(doc, np.last)) return false;
  // "identified the ship as a vessel registered in Panama": after an indefinite article, a form in -ed is a participle
  return !(is(t, 'a', 'an') && doc.tokens[np.last]!.pos === 'VERB' && /ed$/.test(doc.tokens[np.last]!.lower));
}
const CLAUSE_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

/** A finite verb or an auxiliary at `k`, past an adverb: "watched", "is now signalling", "had passed" (not "to", nor a gerund). */
export function predicateAt(doc: Doc, k: number): boolean {
  const t = doc.tokens[doc.tokens[k]?.pos === 'ADV' ? k + 1 : k];
  return t !== undefined && !is(t, 'to') && (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower)));
}

/** The noun phrase starting at `from`: "Marisol Quenneville", "the minister", "Parks and Recreation deputy director Lena Hartog". */
export function phraseStartingAt(doc: Doc, from: number, limit: number): TokenRange | null {
  const tokens = doc.tokens;
  const t = tokens[from];
  if (!t || from >= limit) return null;
  // "said WHO in a statement": an acronym is a name, not the pronoun it spells
  if ((SUBJECT_PRONOUNS.has(t.lower) || OBJECT_PRONOUNS.has(t.lower)) && !isAcronym(doc, from)) return t.pos === 'PRON' ? { first: from, last: from + 1 } : null;
  let last = from;
  if (t.pos === 'DET' || POSSESSIVE_PRONOUNS.has(t.lower)) last++;
  let nouns = 0;
  while (last < limit && last - from < 12) {
    const u = tokens[last]!;
    if (u.sentence !== t.sentence) break;
    if (MODIFIER.has(u.pos) || (isCapitalised(u) && u.type === 'word' && !is(u, 'i') && u.pos !== 'PRON')) {
      if (NOMINAL.has(u.pos) || isCapitalised(u)) nouns++;
      last++;
    } else if ((/^['’]s$/.test(u.norm) && nouns > 0) || isNicknameMark(doc, last)) {
      last++;
    } else if (u.norm === '-' && u.start === tokens[last - 1]?.end && tokens[last + 1]?.start === u.end) {
      last++;
    } else if (is(u, 'and', '&') && ((isCapitalised(tokens[last + 1]) && isCapitalised(tokens[last - 1])) || (NOMINAL.has(tokens[last - 1]!.pos) && NOMINAL.has(tokens[last + 1]?.pos ?? '')))) {
      last++; // "Parks and Recreation", "bed and breakfast owner Dale Kessner"
    } else if (u.lower === 'of' && nouns > 0 && (NOMINAL.has(tokens[last + 1]?.pos ?? '') || tokens[last + 1]?.pos === 'DET')) {
      last++;
      if (tokens[last]?.pos === 'DET') last++;
    } else {
      break;
    }
  }
  while (last > from && !NOMINAL.has(tokens[last - 1]!.pos) && !isCapitalised(tokens[last - 1])) last--;
  return nouns > 0 && last > from ? { first: from, last } : null;
}

/** Whether the run of time words at `i` ends in a possessive: "Sunday's launch", "last night's crash". */
function possessedTime(doc: Doc, i: number, limit: number): boolean {
  let k = i;
  while (k < limit && TIME_WORDS.has(doc.tokens[k]!.lower)) k++;
  return k < limit && isPossessiveS(doc.tokens[k]!.norm);
}

/**
 * Skips what may stand between a cue and what was said: time ("Thursday", "on Monday", "last week"), manner and
 * place ("in a statement", "at a news conference in Ottawa", "on Twitter"), a recipient for verbs that take one
 * ("told reporters", "told The Associated Press"), and commas around "however". Returns the next token index.
 */
export function skipAdverbials(doc: Doc, from: number, limit: number, recipient: boolean): number {
  const tokens = doc.tokens;
  let i = from;
  let tookRecipient = !recipient;
  for (let guard = 0; guard < 8 && i < limit; guard++) {
    const t = tokens[i]!;
    if (TIME_WORDS.has(t.lower) && possessedTime(doc, i, limit)) {
      break; // "said Tuesday's vote showed ...": the time owns the noun that opens what was said
    } else if (TIME_WORDS.has(t.lower) || (t.pos === 'ADV' && AUXILIARY_ADVERBS.has(t.lower))) {
      i++;
    } else if (t.norm === ',' && i + 2 < limit && AUXILIARY_ADVERBS.has(tokens[i + 1]!.lower) && tokens[i + 2]!.norm === ',') {
      i += 3;
    } else if (t.pos === 'ADV' && /ly$/.test(t.lower) && is(tokens[i + 1], 'that') && i + 1 < limit) {
      i++; // "complained bitterly that ...": a manner adverb before "that"
    } else if (t.norm === ',' && is(tokens[i + 1], 'that') && i > from) {
      i++; // "states however, that ...
    } else if (t.norm === ',' && i > from && placeThenThat(doc, i + 1, limit) > 0) {
      i = placeThenThat(doc, i + 1, limit); // "says at a rally in Duluth, Minnesota, that ..."
    } else if (ADVERBIAL_PREPOSITIONS.has(t.lower) && t.pos === 'ADP' && i + 1 < limit && isTimeWord(tokens[i + 1]!)) {
      // "said on Tuesday progress was being made": a time ends at its last time word
      i += 2;
      while (i < limit && (isTimeWord(tokens[i]!) || (tokens[i]!.type === 'number' && tokens[i]!.norm.length <= 4))) i++;
    } else if (ADVERBIAL_PREPOSITIONS.has(t.lower) && t.pos === 'ADP' && i + 1 < limit) {
      const np = phraseStartingAt(doc, i + 1, limit);
      if (!np) break;
      // "in a statement that..." is fine, but "to" + verb is an infinitive, not a place
      i = misreadHead(doc, np) ? np.last + 1 : np.last;
      while (i < limit && NP_PREPOSITIONS.has(tokens[i]!.lower)) {
        const more = phraseStartingAt(doc, i + 1, limit);
        if (!more) break;
        i = more.last;
      }
    } else if (!tookRecipient) {
      // "told reporters (that) ...", but in "warned the plan would fail" the phrase is the clause's subject
      tookRecipient = true;
      const np = phraseStartingAt(doc, i, limit);
      const after = tokens[np?.last ?? i];
      if (!np || after?.pos === 'VERB' || after?.pos === 'AUX') continue;
      i = np.last;
    } else {
      break;
    }
  }
  return i;
}

/**
 * Whether the word after a determined noun phrase in an adverbial is its head noun the tagger read as a bare verb:
 * "at a campaign stop in Leeds", "at a town hall meeting on Friday", "during a site visit that ...".
 */
function misreadHead(doc: Doc, np: TokenRange): boolean {
  const [det, noun, head, next] = [doc.tokens[np.first], doc.tokens[np.last - 1], doc.tokens[np.last], doc.tokens[np.last + 1]];
  return det?.pos === 'DET' && noun?.pos === 'NOUN' && head?.pos === 'VERB' && !/(?:ed|ing|s)$/.test(head.lower) &&
    next !== undefined && (next.pos === 'ADP' || next.norm === ',' || is(next, 'that'));
}

const isTimeWord = (t: Token): boolean => TIME_NOUNS.has(t.lower) || DAY_AND_MONTH_NAMES.has(t.lower);

/** After "in Duluth,": a place name of up to three capitalised words, its comma and "that"; the index of "that", or -1. */
function placeThenThat(doc: Doc, from: number, limit: number): number {
  const tokens = doc.tokens;
  let k = from;
  while (k < limit && k - from < 3 && isCapitalised(tokens[k]) && tokens[k]!.type === 'word') k++;
  return k > from && tokens[k]?.norm === ',' && is(tokens[k + 1], 'that') ? k + 1 : -1;
}

/**
 * A verb wink tagged as a noun or adjective after its subject: "the agreement deals with", "the move disadvantaged
 * his", "the laws favour the owner".
 */
export function misreadVerb(doc: Doc, i: number, from: number): boolean {
  const t = doc.tokens[i]!;
  const prev = doc.tokens[i - 1];
  const next = doc.tokens[i + 1];
  // "two thirds in the season", "3 rounds of talks": a noun counted by a number is no verb
  if (i <= from || !prev || !next || !NOMINAL.has(prev.pos) || prev.pos === 'NUM' || prev.type === 'number') return false;
  // a plural subject takes the bare form: "the laws favour the owner", "the rules favour large landlords"
  const pluralAgreement = t.pos === 'NOUN' && /[^s]s$/.test(prev.lower) && !/s$/.test(t.lower) && /^(?:DET|PRON|ADJ|ADP|PROPN)$/.test(next.pos);
  // "the council plans to sell": an infinitive follows the verb
  const objectFollows = next.pos === 'DET' || next.pos === 'PRON' || next.pos === 'ADP' || next.pos === 'PROPN' || (next.lower === 'to' && doc.tokens[i + 2]?.pos === 'VERB');
  if (!objectFollows && !pluralAgreement || t.type !== 'word') return false;
  return pluralAgreement || (t.pos === 'NOUN' && /[^s]s$/.test(t.lower)) || (t.pos === 'ADJ' && /ed$/.test(t.lower)) || (t.pos === 'NOUN' && /^[a-z]{3,}[^e]ed$/.test(t.lower));
}

/** what may stand before the verb of a reported clause: "the $86 million shortfall", "Canada’s economy", "it" */
const SUBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'PART', 'ADV', 'SYM', 'CCONJ']);
const SUBJECT_ADP = new Set(['of', 'for', 'in', 'on', 'at', 'from', 'with', 'to', 'by', 'about']);
/** subordinators that may open a reported sentence: "said while many have received support, this was not the case" */
const FRONTED_SUBORDINATORS = new Set(['while', 'although', 'though', 'because', 'since', 'if', 'when', 'once', 'as', 'after', 'before', 'unless', 'despite']);
const PERSONAL_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i']);
const APPROXIMATORS = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'over', 'under', 'some']);
/** first words of hedges of more than one word: "at least", "more than", "as many as", "up to" */
const HEDGE_OPENERS = new Set(['at', 'more', 'less', 'fewer', 'as', 'up', 'well', 'just', 'an']);
/** how far a fronted adverbial or subordinate clause may run before the comma that ends it */
const FRONTED_WORDS = 24;
const NOT_VERBS = new Set(['ADP', 'CCONJ', 'SCONJ', 'PART', 'DET', 'PRON']);
/** words that open a subordinate clause: before the verb, they show the stretch is no subject */
const SUBORDINATORS = new Set(['when', 'while', 'because', 'if', 'although', 'though', 'since', 'until', 'whether', 'where', 'unless']);
/** subordinators the tagger may read as prepositions: "as", "until" before a clause of their own */
const PREPOSITION_SUBORDINATORS = new Set(['as', 'until', 'since', 'after', 'before']);
/** what may follow a comma inside a subject: a parenthetical or a list's next item, then the verb after them */
const OPENS_PARENTHETICAL = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'ADV', 'CCONJ']);
const CLOSES_SUBJECT = new Set([...OPENS_PARENTHETICAL, 'VERB', 'AUX']);
const RELATIVE_WORDS = new Set(['which', 'who', 'whose', 'where']);
/** a past participle's ending, regular or not: "founded", "run", "known", "built", "held" */
const PARTICIPLE = /(?:ed|en|wn|un|ilt|eld|ught)$/;
const AGENT_PREPOSITIONS = new Set(['by', 'in', 'with', 'at', 'for', 'from', 'on']);
/** words that open a relative clause right after a noun of the subject */
const RELATIVE_OPENERS = new Set(['that', 'which', 'who', 'whom']);
/** auxiliaries that count as a clause's verb even as its first word */
const FINITE_AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would']);

/**
 * Whether the tokens from `from` read as a clause: a subject-like stretch, then a finite verb ("the plan would
 * fail", "he left", "voter fraud “would be ...”"). A subject may hold a parenthetical or a list between commas ("the
 * clinic, along with a food bank, gave"), and the clause may follow a fronted adverbial ("all too often, the clinic
 * becomes", "by 9 a.m., there were", "while many have ..., this was"). A subordinating word before any verb says no.
 */
export function hasClause(doc: Doc, from: number, to: number, mayFront = true): boolean {
  const tokens = doc.tokens;
  const first = tokens[from];
  if (!first) return false;
  // "about 340 families rent", "at least 1,200 homes have been flooded": a number's hedge opens the subject
  const figure = hedgedNumber(doc, from);
  if (figure > from) return clauseFrom(doc, figure, to);
  const fronted = first.pos === 'ADV' || first.pos === 'ADP' || FRONTED_SUBORDINATORS.has(first.lower);
  if (fronted && mayFront) {
    const comma = nextComma(doc, from + 1, Math.min(to, from + FRONTED_WORDS));
    if (comma >= 0 && clauseFrom(doc, comma + 1, to)) return true;
  }
  if (first.pos === 'ADP' || SUBJECT_ADP.has(first.lower)) return false;
  return clauseFrom(doc, from, to);
}

/** The number after a hedge of up to three words at `from` ("about", "at least", "as many as"), or -1. */
function hedgedNumber(doc: Doc, from: number): number {
  const tokens = doc.tokens;
  if (!APPROXIMATORS.has(tokens[from]!.lower) && !HEDGE_OPENERS.has(tokens[from]!.lower)) return -1;
  for (let k = from + 1; k <= from + 3; k++) {
    const t = tokens[k];
    if (!t) return -1;
    if (t.type === 'number' || t.pos === 'NUM') return k;
    if (t.pos !== 'ADV' && t.pos !== 'ADJ' && t.pos !== 'ADP' && t.pos !== 'SCONJ') return -1;
  }
  return -1;
}

function nextComma(doc: Doc, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const t = doc.tokens[i]!;
    if (t.norm === ',') return i;
    if (/^[.;:!?]$/.test(t.norm)) return -1;
  }
  return -1;
}

/** the most tokens an aside between dashes may run to */
const MAX_DASHED = 16;

/** The next dash in [from, to) before the sentence's end, or -1. */
function nextDash(doc: Doc, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const t = doc.tokens[i]!;
    if (isDash(t, doc.text)) return i;
    if (/^[.;:!?]$/.test(t.norm)) return -1;
  }
  return -1;
}

function clauseFrom(doc: Doc, from: number, to: number): boolean {
  const tokens = doc.tokens;
  let commas = 0;
  // inside a relative clause of the subject ("the results that beat forecasts"), whose verb is not the clause's
  let relative = false;
  let infinitive = false;
  for (let i = from; i < to && i < from + 30; i++) {
    const t = tokens[i]!;
    if (i > from && ((SUBORDINATORS.has(t.lower) && t.pos !== 'ADP') || subordinatorAt(doc, i, to))) return false;
    // "said he drank too much": after a subject pronoun comes the verb, whatever wink calls it
    if (PERSONAL_SUBJECTS.has(t.lower) && t.pos === 'PRON' && i === from && tokens[i + 1]?.type === 'word' && !NOT_VERBS.has(tokens[i + 1]!.pos)) return true;
    if (i > from && RELATIVE_OPENERS.has(t.lower) && NOMINAL.has(tokens[i - 1]!.pos)) {
      relative = true;
      continue;
    }
    const verb = t.pos === 'AUX' || t.pos === 'VERB' || misreadVerb(doc, i, from);
    // "a request to replace the school", "not to be named": an infinitive and the verbs of its group are not finite
    if (verb && i > from && (is(tokens[i - 1], 'to') || (infinitive && (tokens[i - 1]!.pos === 'AUX' || tokens[i - 1]!.pos === 'VERB' || tokens[i - 1]!.pos === 'ADV')))) {
      infinitive = true;
      continue;
    }
    infinitive = false;
    if (verb && relative) {
      relative = tokens[i + 1]?.pos === 'AUX' || tokens[i + 1]?.pos === 'VERB' || tokens[i + 1]?.pos === 'PART' || tokens[i + 1]?.pos === 'ADV';
      continue;
    }
    // "willingness to change the rules but has been met with ...": an auxiliary after a conjunction shares another's subject
    if (t.pos === 'AUX' && i > from + 1 && (tokens[i - 1]!.pos === 'CCONJ' || (tokens[i - 1]!.pos === 'ADV' && tokens[i - 2]!.pos === 'CCONJ'))) return false;
    if (t.pos === 'AUX') return i > from || FINITE_AUXILIARIES.has(t.lower);
    if (verb) {
      if (/ing$/.test(t.lower) && i > from) continue; // "the cost of building a line could ..."
      // "counts of handling stolen goods": a participle between a gerund and its object's noun modifies the noun
      if (i > from + 1 && /ing$/.test(tokens[i - 1]!.lower) && PARTICIPLE.test(t.lower) && tokens[i + 1]?.pos === 'NOUN') continue;
      if (i === from && tokens[i + 1]?.pos === 'NOUN') continue; // "offload issues are ...": a noun wink read as a verb
      return i > from;
    }
    // "smaller towns — especially those in the valley — are likely to suffer": an aside between dashes in the subject
    if (i > from && isDash(t, doc.text)) {
      const closing = nextDash(doc, i + 1, Math.min(to, i + MAX_DASHED));
      if (closing < 0) return false;
      i = closing;
      continue;
    }
    if (t.norm === ',' && i > from && commas < 3) {
      // a relative clause inside the subject runs to its closing comma: "the plan, which critics fought, would"
      const next = tokens[i + 1];
      // so does a participle's ("the scheme, run by the ministry, has drawn"), which wink may tag an adjective
      if (next && (RELATIVE_WORDS.has(next.lower) || (commas === 0 && (next.pos === 'VERB' || next.pos === 'ADJ') && PARTICIPLE.test(next.lower) && AGENT_PREPOSITIONS.has(tokens[i + 2]?.lower ?? '')))) {
        const closing = nextComma(doc, i + 2, Math.min(to, i + 20));
        if (closing < 0) return false;
        i = closing - 1;
        commas++;
        continue;
      }
      // the first comma opens a parenthetical or a list ("the clinic, along with ...", "officials, groups, and
      // owners"); only a later one may close it before the verb
      // "one of the proposals, to bury the line, could ...": an infinitive in apposition opens one as well
      if (next && ((commas > 0 ? CLOSES_SUBJECT : OPENS_PARENTHETICAL).has(next.pos) || (commas === 0 && is(next, 'to')))) {
        commas++;
        continue;
      }
      return false;
    }
    if (SUBJECT_POS.has(t.pos) || SUBJECT_ADP.has(t.lower) || (isCapitalised(t) && t.type === 'word') || /^(?:[“”"‘’'-]|['’]s)$/.test(t.norm) || t.type === 'number' || t.type === 'currency') continue;
    if (t.pos === 'ADP' && i > from) continue; // "more than 90 per cent of extraditions go"
    return false;
  }
  return false;
}
