import type { Doc } from '../doc/document.js';
import { tokenAtOrAfter } from '../doc/lookup.js';
import type { NameMention } from './merge.js';
import { isOrdinaryWord } from './words.js';
import { wordClassesOf } from './tagger/index.js';
import { WORD_CLASS } from './tagger/word-classes.js';

/** Endings of plural nouns for people by what they do: "Dockworkers", "Protesters", "Students", "Activists". */
const PLURAL_AGENT = /(?:ers|ors|ists|ants|ents|ians)$/;

/** A plural noun: an ordinary word ending in "s" ("Nurses"), or the plural of one ("Workers"), or of an agent. */
function isPluralNoun(word: string): boolean {
  const lower = word.toLowerCase();
  if (!lower.endsWith('s')) return false;
  return PLURAL_AGENT.test(lower) || ((wordClassesOf(lower) | wordClassesOf(lower.slice(0, -1))) & WORD_CLASS.common) !== 0;
}

/**
 * A plural noun a headline capitalises is no person's name when nothing else says it is one: a lone word on an
 * all-caps or title-case line read as a person ("Dockworkers Walk Out in Rotterdam", "Nurses Vote to Strike"),
 * known as no first name or surname, that no name on an ordinary line holds. A person named in a headline by
 * surname alone is named in the story too ("Sunak" of "Rishi Sunak"). `text` is the document's.
 */
export function withoutHeadlineWords(doc: Doc, mentions: NameMention[]): NameMention[] {
  const text = doc.text;
  const odd = (m: NameMention): boolean => {
    if (m.type !== 'PERSON' && m.type !== 'ORG') return false;
    const word = text.slice(m.start, m.end);
    if (/\s/.test(word) || !isPluralNoun(word)) return false;
    const t = tokenAtOrAfter(doc, m.start);
    return (m.caps || opensSentence(doc, t)) && isOrdinaryWord(doc.tokens[t]!);
  };
  if (!mentions.some(odd)) return mentions;
  const inProse = new Set(mentions.filter((m) => !m.caps).flatMap((m) => text.slice(m.start, m.end).toLowerCase().split(/\s+/)));
  return mentions.filter((m) => !odd(m) || inProse.has(text.slice(m.start, m.end).toLowerCase()));
}

/** Token i is the first word of its sentence (after any quotation marks or brackets). */
function opensSentence(doc: Doc, i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const t = doc.tokens[j]!;
    if (t.sentence !== doc.tokens[i]!.sentence) return true;
    if (t.type !== 'punctuation') return false;
  }
  return true;
}
