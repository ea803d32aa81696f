import { splitAtWhiteSpace } from '../doc/clean.js';
import type { Doc, Token } from '../doc/document.js';
import { gazetteer } from '../places/gazetteer.js';
import { tokenAtOrAfter } from '../doc/lookup.js';
import { mentionOver, type NameMention } from './merge.js';
import { isOrdinaryWord } from './words.js';
import { COMPANY_HEADS, CORPORATE_SUFFIXES, INSTITUTION_HEADS } from '../lexicon/organisations.js';
import { wordClassesOf } from './tagger/index.js';
import { WORD_CLASS } from './tagger/word-classes.js';

/** Endings of plural nouns for people by what they do: "Dockworkers", "Protesters", "Students", "Activists". */
const PLURAL_AGENT = /(?:ers|ors|ists|ants|ents|ians)$/;

const isCommon = (word: string): boolean => (wordClassesOf(word) & WORD_CLASS.common) !== 0;

/**
 * A plural noun made of ordinary words: one ending in "s" ("Nurses"), the plural of one, or one ending in the
 * plural of one ("Dockworkers", "Shipbuilders"). For a name read as a person's, any plural of an agent noun
 * ("Campaigners", "Pensioners"); an organisation may be named so ("Reuters", "Airdrieonians").
 */
function isPluralNoun(word: string, type: string): boolean {
  const lower = word.toLowerCase();
  if (!lower.endsWith('s')) return false;
  if ((type === 'PERSON' && PLURAL_AGENT.test(lower)) || isCommon(lower) || isCommon(lower.slice(0, -1))) return true;
  for (let k = 3; k <= lower.length - 4; k++) if (isCommon(lower.slice(k)) && isCommon(lower.slice(0, k))) return true;
  return false;
}

/**
 * A plural noun a headline or a sentence opens with is no name when nothing else says it is one: a lone word on an
 * all-caps or title-case line, or first in its sentence or after a dateline, read as a person or an organisation
 * ("Dockworkers Walk Out in Rotterdam", "ROTTERDAM — Dockworkers walked off the job"), that the word classes know
 * as no name and that no other name outside headlines holds. A person or team named in a headline by one word is
 * named in the story too ("Sunak" of "Rishi Sunak", "Marlins" of "the Miami Marlins").
 */
export function withoutHeadlineWords(doc: Doc, mentions: NameMention[]): NameMention[] {
  return withoutHeadlineNouns(doc, withoutPluralWords(doc, mentions));
}

function withoutPluralWords(doc: Doc, mentions: NameMention[]): NameMention[] {
  let flagged: Uint8Array | null = null;
  for (let k = 0; k < mentions.length; k++) if (isOddPlural(doc, mentions, mentions[k]!)) (flagged ??= new Uint8Array(mentions.length))[k] = 1;
  if (!flagged) return mentions;
  const text = doc.text;
  const inProse = new Set<string>();
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (!m.caps && !flagged[k]) for (const word of splitAtWhiteSpace(text.slice(m.start, m.end).toLowerCase())) inProse.add(word);
  }
  return mentions.filter((m, k) => !flagged[k] || inProse.has(text.slice(m.start, m.end).toLowerCase()));
}

/** The mention is a lone plural word read as a person or an organisation where a headline or a sentence opens. */
function isOddPlural(doc: Doc, mentions: readonly NameMention[], m: NameMention): boolean {
  if (m.type !== 'PERSON' && m.type !== 'ORG') return false;
  // a plural's "s" first (isPluralNoun's own first test: no other character lower-cases to "s"), then the name's
  // place, the most selective test; the plural test last, which reads the word classes of every split of the word
  const text = doc.text;
  const s = text.charCodeAt(m.end - 1);
  if (s !== 115 && s !== 83) return false;
  const t = tokenAtOrAfter(doc, m.start);
  if (t >= doc.tokens.length || (!m.caps && !opensSentence(doc, t, mentions))) return false;
  const word = text.slice(m.start, m.end);
  return !/\s/.test(word) && isOrdinaryWord(doc.tokens[t]!) && isPluralNoun(word, m.type);
}

/** Token i is the first word of its sentence, after any quotation marks or brackets, or of a dateline's ("ROTTERDAM — Dockworkers walked out"). */
function opensSentence(doc: Doc, i: number, mentions: readonly NameMention[]): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const t = doc.tokens[j]!;
    if (t.sentence !== doc.tokens[i]!.sentence) return true;
    if (t.type !== 'punctuation') return inDateline(mentions, t);
  }
  return true;
}

function inDateline(mentions: readonly NameMention[], t: Token): boolean {
  for (const m of mentions) if (m.dateline && m.start <= t.start && t.end <= m.end) return true;
  return false;
}

/**
 * A demonym and ordinary nouns on an all-caps or title-case line, read as a person or an organisation, are no name
 * when no name outside headlines is written so ("German Car Makers", "French Farmers
 * Protest"; not "British Airways", nor "American Express" where the story names it): the demonym alone is left, a
 * nationality.
 */
function withoutHeadlineNouns(doc: Doc, mentions: NameMention[]): NameMention[] {
  let out = mentions;
  let inProse: Set<string> | null = null;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (!m.caps || (m.type !== 'PERSON' && m.type !== 'ORG')) continue;
    const first = tokenAtOrAfter(doc, m.start);
    const last = tokenAtOrAfter(doc, m.end) - 1;
    if (last <= first || !nounsOnly(doc, first + 1, last) || !isDemonym(doc.tokens[first]!)) continue;
    inProse ??= new Set(mentions.filter((p) => !p.caps).map((p) => doc.text.slice(p.start, p.end).toLowerCase()));
    if (inProse.has(doc.text.slice(m.start, m.end).toLowerCase())) continue;
    if (out === mentions) out = [...mentions];
    out[k] = mentionOver(m, m.start, doc.tokens[first]!.end, 'NORP');
  }
  return out;
}

/** A demonym the word classes or the gazetteer know: "American", "British", "Irish". */
const isDemonym = (t: Token): boolean =>
  /^\p{Lu}\p{Ll}/u.test(t.norm) && ((wordClassesOf(t.norm) & WORD_CLASS.demonym) !== 0 || gazetteer().lookup(t.norm).some((m) => m.demonym));

/** Tokens [from, to] are capitalised ordinary words, none an organisation's or a company's head. */
function nounsOnly(doc: Doc, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) {
    const t = doc.tokens[i]!;
    if (!/^\p{Lu}\p{Ll}/u.test(t.norm) || !isOrdinaryWord(t) || INSTITUTION_HEADS.has(t.lower) || COMPANY_HEADS.has(t.lower) || CORPORATE_SUFFIXES.has(t.lower)) return false;
  }
  return true;
}
