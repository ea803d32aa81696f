import type { Doc, Token } from '../doc/document.js';
import { QUOTE_MARKS } from '../lexicon/marks.js';
import { ALWAYS_VERBS, cueForm, PHRASAL, type CueVerb } from './cues.js';

export const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** Token ranges are half-open: [first, last). */
export interface TokenRange {
  first: number;
  last: number;
}

export const isQuoteMark = (t: Token | undefined): boolean => t !== undefined && QUOTE_MARKS.has(t.norm);
/**
 * The first token of the quote mark that ends at `k`: two single marks in a row are one double mark (''like this''),
 * which the tokens hold as two.
 */
export const markStart = (doc: Doc, k: number): number => {
  const t = doc.tokens[k];
  const prev = doc.tokens[k - 1];
  return t !== undefined && prev !== undefined && SINGLE_MARK.test(t.norm) && SINGLE_MARK.test(prev.norm) && prev.end === t.start ? k - 1 : k;
};
const SINGLE_MARK = /^['‘’]$/;
/** An apostrophe closing a plural possessive: "the girls’ school". */
export const isPossessiveMark = (doc: Doc, k: number): boolean => {
  const t = doc.tokens[k]!;
  const prev = doc.tokens[k - 1];
  return /^['’]$/.test(t.norm) && prev !== undefined && prev.end === t.start && /s$/i.test(prev.norm) && /\s/.test(doc.text[t.end] ?? '');
};
/**
 * Whether the quote mark at `k` opens or closes a one-word nickname inside a name: Lorena "Lolo" Vance, Thomas “Tommy”
 * Adair (the marks hug the nickname, capitalised words stand on both sides).
 */
export function isNicknameMark(doc: Doc, k: number): boolean {
  const tokens = doc.tokens;
  const open = isQuoteMark(tokens[k]) && tokens[k + 1]?.start === tokens[k]!.end ? k : k - 2;
  const nick = tokens[open + 1];
  const close = tokens[open + 2];
  const name = (t: Token | undefined) => isCapitalised(t) && t!.type === 'word';
  return (k === open || k === open + 2) && isQuoteMark(tokens[open]) && name(nick) && isQuoteMark(close) && close!.start === nick!.end && name(tokens[open - 1]) && name(tokens[open + 3]);
}
export const isPunct = (t: Token | undefined): boolean => t !== undefined && t.type === 'punctuation';
export const isWord = (t: Token | undefined): boolean => t !== undefined && t.type !== 'punctuation' && t.type !== 'symbol';
export const isCapitalised = (t: Token | undefined): boolean => t !== undefined && startsUpper(t.norm);
/** A verb or an auxiliary. */
export const isVerbal = (t: Token | undefined): boolean => t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX');

/** Whether the first character is an upper-case letter (`/^\p{Lu}/u`), without the regex for ASCII. */
const UPPER_START = /^\p{Lu}/u;
function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(s);
}
/** How each sentence is written: bit 1, some word has a lower-case letter; bit 2, Title Case (every word but the small ones capitalised). */
const sentenceCases = new WeakMap<Doc, Uint8Array>();
const HAS_LOWER = 1;
/** words a headline in Title Case leaves in lower case */
const TITLE_SMALL_WORDS = new Set([
  'a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in', 'of', 'off', 'on', 'per', 'to',
  'up', 'via', 'with', 'from', 'into', 'onto', 'over', 'than', 'that', 'vs', 'is', 'be', 's', 't',
]);
const TITLE_CASE = 2;

function sentenceCase(doc: Doc, sentence: number): number {
  let cases = sentenceCases.get(doc);
  if (!cases) {
    cases = new Uint8Array(doc.sentences.length).fill(TITLE_CASE);
    for (const t of doc.tokens) {
      if (t.type !== 'word') continue;
      if (t.norm !== t.norm.toUpperCase()) cases[t.sentence]! |= HAS_LOWER;
      if (!startsUpper(t.norm) && !TITLE_SMALL_WORDS.has(t.lower)) cases[t.sentence]! &= ~TITLE_CASE;
    }
    sentenceCases.set(doc, cases);
  }
  return cases[sentence] ?? 0;
}

/** Whether token k's sentence is a line in Title Case, a headline, where a capital says nothing of a name. */
export const inTitleCase = (doc: Doc, k: number): boolean => (sentenceCase(doc, doc.tokens[k]!.sentence) & TITLE_CASE) !== 0;

/**
 * An acronym in running text ("WHO", "US", "IT"): a word in capitals in a sentence that is not all capitals. It is a
 * name, not the function word it spells.
 */
export function isAcronym(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  return t !== undefined && t.type === 'word' && /^\p{Lu}{2,6}$/u.test(t.norm) && (sentenceCase(doc, t.sentence) & HAS_LOWER) !== 0;
}

/** Whether the token, lower-cased, is one of up to three words. */
export const is = (t: Token | undefined, a: string, b?: string, c?: string): boolean =>
  t !== undefined && (t.lower === a || t.lower === b || t.lower === c);

/** bare forms that are verbs unless a determiner makes them nouns: "those involved say", but "the final say" */
const BARE_VERBS = new Set(['say', 'tell']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'it', 'i', 'who']);
const NOUN_MAKERS = new Set(['a', 'the', 'their', 'his', 'her', 'its', 'our', 'my', 'your', 'little', 'much', 'more', 'no', 'any']);
/** "the final say", "a greater say", "no real say": a determiner, a possessive or an adjective (not a participle: "those involved say") */
const nounBefore = (t: Token | undefined): boolean =>
  t === undefined || NOUN_MAKERS.has(t.lower) || /^['’]s$/.test(t.norm) || t.pos === 'DET' || (t.pos === 'ADJ' && !/(?:ed|en)$/.test(t.lower));

/**
 * The cue verb a token is, when it is one: its form is listed and wink does not call it something else. A phrasal
 * cue ("called for") spans the verb and its particle: `width` is 2. The verb returned is shared: never change it.
 */
export function cueVerbOf(doc: Doc, i: number): CueVerb | null {
  const t = doc.tokens[i]!;
  const verb = cueForm(t.lower);
  // "READ MORE:", "WATCH:": labels in capitals are no cues
  if (!verb || (t.norm.length > 1 && isUpperCase(t.norm))) return null;
  const prev = doc.tokens[i - 1];
  const next = doc.tokens[i + 1];
  // "group commander Hope Reyes": a capitalised form inside a sentence is part of a name, except in a headline
  if (isCapitalised(t) && prev !== undefined && prev.sentence === t.sentence && !/^[“"‘«(—–:-]$/.test(prev.norm) && !inTitleCase(doc, i)) return null;
  // "the proposed levy", "16 confirmed cases", "his stated aim": a participle between a determiner and a noun is an adjective
  if (premodifies(doc, i)) return null;
  // "how worried she is", "so concerned that": a participle after a word of degree is an adjective
  if (/ed$/.test(t.lower) && DEGREE.has(prev?.lower ?? '')) return null;
  // an ambiguous form ("states", "notes") is a verb when wink says so, or between a name and a comma, a full stop, a colon or
  // what was said ("Varga notes they were ..."); a participle after a comma is one when "to" or "that" follows
  // past a phrasal cue's particle: "Ruiz points out that ..."
  const then = PHRASAL.get(verb.lemma)?.has(next?.lower ?? '') ? doc.tokens[i + 2] : next;
  const opensContent = is(then, 'that') || (then?.pos === 'PRON' && SUBJECT_PRONOUNS.has(then.lower));
  const afterName = prev !== undefined && (prev.pos === 'PROPN' || (prev.pos === 'PRON' && SUBJECT_PRONOUNS.has(prev.lower)) || (isCapitalised(prev) && prev.type === 'word'));
  // "farmers fear that ...", "tenants report they cannot ...": a plural subject before the form and "that" or a subject
  // pronoun after it
  const afterPlural = prev?.pos === 'NOUN' && /[^s]s$/.test(prev.lower) && ((is(then, 'that') && then!.pos !== 'DET') || (then?.pos === 'PRON' && SUBJECT_PRONOUNS.has(then.lower)));
  const between = (afterName && (/^[.,:]$/.test(then?.norm ?? '') || opensContent)) || afterPlural;
  const participle = /ing$/.test(t.lower) && ((prev?.norm === ',' && is(next, 'to', 'that')) || (GERUND_PREPOSITIONS.has(prev?.lower ?? '') && opensContent));
  // "the agency informed him that", "the council informed residents": a past form between a subject and an object
  const past = /ed$/.test(t.lower) && (prev?.pos === 'NOUN' || prev?.pos === 'PROPN') && next !== undefined && (OBJECT_POS.has(next.pos) || is(next, 'that'));
  // "Harlow Energy forecasts a surplus", "analysts had forecast a loss": a form between a name and an article or a
  // number, or right after an auxiliary, is a verb
  const finite = (/s$/.test(t.lower) && prev?.pos === 'PROPN' && (next?.pos === 'DET' || next?.pos === 'NUM')) || (prev?.pos === 'AUX' && !is(prev, 'to') && next !== undefined && OBJECT_POS.has(next.pos));
  // "is promising to", "were warning that": a participle after an auxiliary, before what was said, is the verb of a progressive
  const progressive = /ing$/.test(t.lower) && prev?.pos === 'AUX' && !is(prev, 'to') && is(next, 'to', 'that');
  if (!ALWAYS_VERBS.has(t.lower) && t.pos !== 'VERB' && !between && !participle && !past && !finite && !progressive && !(BARE_VERBS.has(t.lower) && !nounBefore(prev))) return null;
  return PHRASAL.get(verb.lemma)?.get(doc.tokens[i + 1]?.lower ?? '') ?? verb;
}

const OBJECT_POS = new Set(['PRON', 'DET', 'NOUN', 'PROPN']);
/** prepositions before a gerund cue: "began by saying", "after warning that" */
export const GERUND_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'after', 'before', 'while', 'without']);
const DEGREE = new Set(['how', 'so', 'too', 'very', 'increasingly', 'less', 'more', 'most']);
const ARTICLES = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);
const NOMINALS = new Set(['NOUN', 'PROPN', 'NUM', 'ADJ']);

/** A past participle used as an adjective: after an article, a possessive or a number, and before what it qualifies. */
function premodifies(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const prev = doc.tokens[i - 1];
  const next = doc.tokens[i + 1];
  // only a regular participle qualifies a noun: "the proposed levy", but "Dunmore's told deputies" is a verb
  if (!prev || !next || !/ed$/.test(t.lower)) return false;
  const determined = ARTICLES.has(prev.lower) || (/^['’]s$/.test(prev.norm) && doc.tokens[i - 2]?.pos !== 'PRON') || prev.pos === 'NUM' || prev.type === 'number';
  return determined && (NOMINALS.has(next.pos) || next.type === 'number' || next.type === 'currency');
}

/** Whether `s` is written in capitals: it equals its upper-case form. */
function isUpperCase(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 128) return s === s.toUpperCase();
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

/** The tokens of a range, as a character span. */
export function charSpan(doc: Doc, r: TokenRange): { start: number; end: number } {
  return { start: doc.tokens[r.first]!.start, end: doc.tokens[r.last - 1]!.end };
}
