import type { Doc, Token } from '../doc/document.js';
import { tokenAtOrAfter } from '../doc/lookup.js';
import { COMPANY_HEADS, ORGANISATION_HEADS } from '../lexicon/organisations.js';
import { retypedMention, type NameMention } from './merge.js';
import { wordClassesOf } from './tagger/index.js';
import { WORD_CLASS } from './tagger/word-classes.js';
import { isFirstName } from './words.js';

/** Classes of a word that opens a place's, a body's or a party's name rather than a person's ("North", "Democrat"). */
const NOT_GIVEN = WORD_CLASS.org | WORD_CLASS.place | WORD_CLASS.demonym | WORD_CLASS.common;
const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;

/**
 * A name of two words the tagger read as an organisation's, whose last word is the surname of a person the document
 * names in full from a given name, and whose first could be a given name (one, or a word the tagger's classes do not know), is a
 * relative's name, a person ("Rosa Vance" beside "Daniel Vance", "Melania Trump" beside "Donald Trump"); a body's
 * head noun ("Vance Energy") or a first word of place, party or common use ("North Harwell") keeps it an
 * organisation. Rule `entities/type-evidence`, the person's surname its cue.
 */
export function withRelativesNamed(doc: Doc, mentions: NameMention[]): NameMention[] {
  let surnames: Map<string, Token> | null = null;
  let out: NameMention[] | null = null;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    const family = m.type === 'ORG' ? relativesSurname(doc, m) : null;
    if (!family) continue;
    surnames ??= surnamesOf(doc, mentions);
    const cue = surnames.get(family.norm);
    if (cue) (out ??= mentions.slice())[k] = retypedMention(m, 'PERSON', 'entities/type-evidence', { start: cue.start, end: cue.end });
  }
  return out ?? mentions;
}

/** The last word of an organisation's name of two words that may be a given name and a surname, else null. */
function relativesSurname(doc: Doc, m: NameMention): Token | null {
  const first = tokenAtOrAfter(doc, m.start);
  if (tokenAtOrAfter(doc, m.end) - first !== 2) return null;
  const given = doc.tokens[first]!;
  const family = doc.tokens[first + 1]!;
  if (!TITLE_CASE.test(given.norm) || !TITLE_CASE.test(family.norm)) return null;
  if (ORGANISATION_HEADS.has(family.lower) || COMPANY_HEADS.has(family.lower) || !maySurname(family.norm)) return null;
  const classes = wordClassesOf(given.norm);
  return (classes & NOT_GIVEN) !== 0 && (classes & WORD_CLASS.firstName) === 0 ? null : family;
}

/** A surname, or a word of no common use: not "Energy", "Avenue"; "Trump", "Scott" are surnames too. */
function maySurname(word: string): boolean {
  const classes = wordClassesOf(word);
  return (classes & WORD_CLASS.common) === 0 || (classes & WORD_CLASS.lastName) !== 0;
}

/** The last word of each name of two words or more read as a person's and opening with a given name, at its first such mention. */
function surnamesOf(doc: Doc, mentions: readonly NameMention[]): Map<string, Token> {
  const out = new Map<string, Token>();
  for (const m of mentions) {
    if (m.type !== 'PERSON') continue;
    const first = tokenAtOrAfter(doc, m.start);
    const last = tokenAtOrAfter(doc, m.end) - 1;
    if (last > first && isFirstName(doc.tokens[first]!) && !out.has(doc.tokens[last]!.norm)) out.set(doc.tokens[last]!.norm, doc.tokens[last]!);
  }
  return out;
}
