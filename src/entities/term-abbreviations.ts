import { splitAtWhiteSpace } from '../doc/clean.js';
import type { Doc } from '../doc/document.js';
import type { NameMention } from './merge.js';
import { spells } from './acronyms.js';

/** A word of an ordinary term: lower-case letters, hyphens inside ("soft", "red-hot"). */
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;

/**
 * Abbreviations of ordinary terms: a short form in brackets right after a phrase in lower case whose letters it
 * spells ("400 kilovolt (KV)", "soft red winter (SRW) wheat", "liquefied natural gas (LNG)") stands for a kind of
 * thing, a unit or a measure, not for a person, an organisation or a place. The mentions the tagger read over the
 * short form, there and wherever else the document writes it, are dropped. A name's short form is defined after
 * the name in capitals ("the International Energy Agency (IEA)"), which acronyms.ts reads.
 */
export function withoutTermAbbreviations(doc: Doc, mentions: NameMention[]): NameMention[] {
  // two texts in three write no bracket: the mentions are then not read
  if (!doc.text.includes('(')) return mentions;
  let terms: Set<string> | undefined;
  for (const m of mentions) {
    if (doc.text[m.start - 1] !== '(' || doc.text[m.end] !== ')') continue;
    const short = doc.text.slice(m.start, m.end);
    if (abbreviatesTerm(doc.text, m.start - 1, short)) (terms ??= new Set()).add(short);
  }
  return terms ? mentions.filter((m) => !terms!.has(doc.text.slice(m.start, m.end))) : mentions;
}

/**
 * The words before the bracket at `open`, on its line, end in a lower-case phrase that `short` abbreviates: the
 * phrase's first word opens with the short form's first letter and has three letters or more (not "a report (AP)"),
 * and the short form's letters come in order from the phrase (Schwartz and Hearst's test); the phrase has no
 * more words than the short form has letters.
 */
function abbreviatesTerm(text: string, open: number, short: string): boolean {
  const letters = short.replace(/[^\p{L}\p{N}]/gu, '');
  if (letters.length < 2) return false;
  const lineStart = text.lastIndexOf('\n', open) + 1;
  const from = Math.max(lineStart, open - 80);
  const words = splitAtWhiteSpace(text.slice(from, open).trimEnd());
  // a word the window cut into is not read
  if (from > lineStart) words.shift();
  const first = letters[0]!.toLowerCase();
  for (let k = 1; k <= Math.min(letters.length, words.length); k++) {
    const word = words[words.length - k]!;
    if (!LOWER_WORD.test(word)) return false;
    if (word.length >= 3 && word[0] === first && spells(short, words.slice(words.length - k).join(' '))) return true;
  }
  return false;
}
