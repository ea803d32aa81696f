import type { Doc, Token } from '../doc/document.js';
import { isWhiteSpace as isSpace } from '../doc/clean.js';
import { wordClassesOf } from './tagger/index.js';
import { WORD_CLASS } from './tagger/word-classes.js';

/** What the rules joining names read of the words: their spacing and their word classes. */

/** Tokens [from, to] in one sentence, each set off from the next by one space. */
export function spacedRun(doc: Doc, from: number, to: number): boolean {
  if (from < 0 || to >= doc.tokens.length) return false;
  const sentence = doc.tokens[from]!.sentence;
  for (let i = from; i < to; i++) {
    const gap = doc.tokens[i + 1]!.start - doc.tokens[i]!.end;
    if (gap !== 1 || !isSpace(doc.text.charCodeAt(doc.tokens[i]!.end)) || doc.tokens[i + 1]!.sentence !== sentence) return false;
  }
  return true;
}

/** A capitalised word known as a first name: "Vincent", "Mohammed". */
export function isFirstName(t: Token): boolean {
  return /^\p{Lu}\p{Ll}/u.test(t.norm) && (wordClassesOf(t.norm) & WORD_CLASS.firstName) !== 0;
}

/** The word classes of a word that is a name on its own: a first name, surname, place, organisation or demonym. */
const NAME_WORDS = WORD_CLASS.firstName | WORD_CLASS.lastName | WORD_CLASS.place | WORD_CLASS.org | WORD_CLASS.demonym;

/** A word for people or for an officer, and no name of its own: "Children", "Veterans", "Sheriff", "Queen". */
export function isPeopleNoun(t: Token): boolean {
  const classes = wordClassesOf(t.norm);
  return (classes & WORD_CLASS.role) !== 0 && (classes & NAME_WORDS) === 0;
}

/** A word not known as a name of its own ("Rescue", "Service"; not "Syria", "Microsoft"). */
export function isOrdinaryWord(t: Token): boolean {
  return (wordClassesOf(t.norm) & NAME_WORDS) === 0;
}

/** Whether text[i] is a letter or a digit (false outside the text). */
export function isWordChar(text: string, i: number): boolean {
  return i >= 0 && i < text.length && /[\p{L}\p{N}]/u.test(text[i]!);
}

/** Whether text[start, end) holds white space (as `\s` has it). */
export function hasWhiteSpace(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isSpace(text.charCodeAt(i))) return true;
  return false;
}

/** Whether text[start, end) holds a word with white space either side (/\s\S+\s/): a name of three words or more. */
export function hasInnerWord(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && !isSpace(text.charCodeAt(i))) i++;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  if (i === end) return false;
  while (i < end && !isSpace(text.charCodeAt(i))) i++;
  return i < end;
}

/** Where `word` stands in the text as a word of its own, no letter or digit touching it, in order. */
export function* wordsAt(text: string, word: string): Generator<number> {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isWordChar(text, at - 1) && !isWordChar(text, at + word.length)) yield at;
  }
}
