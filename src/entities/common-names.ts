import type { Doc, Token } from '../doc/document.js';
import { tokenAtOrAfter } from '../doc/lookup.js';
import { docWords, tokensOf } from './doc-words.js';
import { COMPANY_HEADS, INSTITUTION_HEADS, ORGANISATION_HEADS } from '../lexicon/organisations.js';
import { retypedMention, mentionOver, type NameMention } from './merge.js';
import { wordClassesOf } from './tagger/index.js';
import { WORD_CLASS } from './tagger/word-classes.js';
import { hasWhiteSpace, isOrdinaryWord, isPeopleNoun } from './words.js';

/** A country's exit from a union, named by a blend: "Brexit", "Grexit", "Frexit". */
const EXIT_BLEND = /^\p{Lu}\p{Ll}+exit$/u;
/** Nationality adjectives in "-ish" the word lists do not class as demonyms: "British", "Irish", "Spanish". */
const ISH_NATIONALITY = /^\p{Lu}\p{Ll}+ish$/u;

/**
 * Capitalised words that name no person, organisation or place, whatever the tagger read: a blend for a country's
 * exit ("Brexit", MISC), a one-word name the tagger read as an organisation that the text also writes right before
 * "crude" (a grade of oil and its benchmark: "Brent crude" makes "Brent" MISC), and a nationality before ordinary
 * nouns capitalised in running prose, with no "the" ("unfair to Coastal Fishing Crews", "unfair to Irish Farmers";
 * not "the Irish Times"), whose head is a plural or a people noun and whose words the text also writes in lower
 * case: only the nationality is a name (NORP). A company's or an institution's head keeps the name ("British
 * Airways", "American Medical Association"), as does a word known as a name or a singular thing's noun ("British
 * Steel", "American Express").
 */
export class CommonNames {
  /** the grades of crude the text writes, read when a one-word organisation's name first asks */
  private grades: Map<string, Token> | undefined;

  constructor(private readonly doc: Doc) {}

  /** The mention (no evidence of its type: the caller asks) as such a word's, or its nationality alone; else null. */
  of(m: NameMention): NameMention | null {
    const doc = this.doc;
    const text = doc.text;
    // the name read in the text, sliced out only where a test needs it as a string of its own
    if (!hasWhiteSpace(text, m.start, m.end)) {
      if (m.end - m.start > 4 && text.startsWith('exit', m.end - 4) && EXIT_BLEND.test(text.slice(m.start, m.end))) {
        return retypedMention(m, 'MISC', 'entities/type-evidence', { start: m.start, end: m.end });
      }
      if (m.type !== 'ORG' || (this.grades ??= gradesOfCrude(doc)).size === 0) return null;
      const crude = this.grades.get(text.slice(m.start, m.end));
      return crude ? retypedMention(m, 'MISC', 'entities/type-evidence', { start: crude.start, end: crude.end }) : null;
    }
    const first = tokenAtOrAfter(doc, m.start);
    // the nationality first: most names of several words open with none, and their last word is not looked for
    const opener = doc.tokens[first];
    if (!opener || !isNationality(opener)) return null;
    const last = tokenAtOrAfter(doc, m.end) - 1;
    return first < last && isCommonPhrase(doc, first, last) ? mentionOver(m, m.start, doc.tokens[first]!.end, 'NORP') : null;
  }
}

/** The capitalised words written right before "crude" ("Brent crude"), each with its first "crude". */
function gradesOfCrude(doc: Doc): Map<string, Token> {
  const grades = new Map<string, Token>();
  // 'crude' first: a search for a string that opens with a space, the commonest character, reads much of the text
  if (!doc.text.includes('crude') || !doc.text.includes(' crude')) return grades;
  for (const k of tokensOf(doc, CRUDE)) {
    const t = doc.tokens[k]!;
    const before = doc.tokens[k - 1];
    if (t.norm === 'crude' && before && before.end + 1 === t.start && /^\p{Lu}/u.test(before.norm) && !grades.has(before.norm)) grades.set(before.norm, t);
  }
  return grades;
}
const CRUDE = new Set(['crude']);

/** Tokens [first, last], the first a nationality (the caller asks): after no "the", then ordinary capitalised nouns the text also writes in lower case. */
function isCommonPhrase(doc: Doc, first: number, last: number): boolean {
  const head = doc.tokens[last]!;
  // "the Irish Times", "the Welsh Guards": a name; "unfair to Coastal Fishing Crews": a bare plural, generic
  if (doc.tokens[first - 1]?.lower === 'the' || !CAPITALISED.test(head.norm)) return false;
  if (!/[^s]s$/.test(head.lower) && !isPeopleNoun(head)) return false;
  for (let k = first + 1; k <= last; k++) {
    const t = doc.tokens[k]!;
    if (!CAPITALISED.test(t.norm) || !isOrdinaryWord(t) || COMPANY_HEADS.has(t.lower) || ORGANISATION_HEADS.has(t.lower) || INSTITUTION_HEADS.has(t.lower)) return false;
    if (!writtenInLowerCase(doc, t.lower)) return false;
  }
  return true;
}

const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;

const isNationality = (t: Token): boolean => (wordClassesOf(t.norm) & WORD_CLASS.demonym) !== 0 || (t.norm.endsWith('ish') && ISH_NATIONALITY.test(t.norm));

/** The document writes the word, or its singular or plural, in lower case (each written form asked once). */
function writtenInLowerCase(doc: Doc, word: string): boolean {
  const stem = word.replace(/(?:ies|s)$/, '');
  const { norms, lowers } = docWords(doc);
  return lowers.some((lower, k) => norms[k] === lower && lower.startsWith(stem) && lower.length <= word.length + 1);
}
