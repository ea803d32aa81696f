import { splitAtWhiteSpace } from '../doc/clean.js';
import type { Doc } from '../doc/document.js';
import { tokenAtOrAfter } from '../doc/lookup.js';
import { overlaps } from '../doc/span.js';
import { expandedMention, nameMention, type NameMention } from './merge.js';
import { initialsOf } from './aliases.js';
import { hasInnerWord, isWordChar, wordsAt } from './words.js';
import { LAW_HEADS } from './types.js';


/** "(ICRC)" right after a name: the short form in brackets. */
const DEFINED = /^ ?\(([^\s()]{2,10})\)/;
/** A short form holds a capital and starts with a letter: "ICRC", "MoD", "Nato", "NVDA.O". */
const SHORT_FORM = /^\p{Lu}(?=.*\p{L})[\p{L}\p{N}&.-]*$/u;
/** A plural acronym names a kind of thing, not one body: "NGOs", "GDRs". */
const PLURAL = /^\p{Lu}+s$/u;
/** An acronym written without a definition: capitals only (full stops aside), three to eight (ASCII: a fast scan). */
const CAPITALS = /\b[A-Z](?:\.?[A-Z]){2,7}\b\.?/g;

/**
 * Acronyms of the document's names, as mentions of the names they stand for (`expands`):
 * - an acronym defined in the text, "the International Committee of the Red Cross (ICRC)", wherever the document
 *   writes it in that case ("WHO" is the World Health Organization, "who" no name): the short form's letters must
 *   come in order from the long form's, its first letter opening a word (Schwartz and Hearst's test);
 * - an organisation's or a law's initials in capitals, three letters or more, where the words beside it are not
 *   capitals too (a headline): "SFRS" after "Suffolk Fire and Rescue Service", "ACA" of "the Affordable Care
 *   Act" (a name the tagger read over them is the law's or the body's mention).
 * A mention the tagger found over the acronym is kept, and says which name it expands.
 */
export function acronymMentions(doc: Doc, mentions: NameMention[]): NameMention[] {
  const longForms = new Map<string, NameMention>();
  const initials = new Map<string, NameMention>();
  const read = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'PERSON' && (doc.text[m.end] === '(' || doc.text[m.end + 1] === '(')) addLongForm(doc.text, m, longForms);
    if ((m.type === 'ORG' || m.type === 'MISC') && hasInnerWord(doc.text, m.start, m.end)) addInitials(doc.text, m, initials, read);
  }
  // the text writes no acronym to look for in most documents: the rest, in a function of its own, is then never run
  if (!longForms.size && !(initials.size && someWritten(doc.text, initials.keys()))) return mentions;
  return withAcronyms(doc, mentions, longForms, initials);
}

/** The short form defined in brackets right after the mention (see acronymMentions), with the mention, where it is the first. */
function addLongForm(text: string, m: NameMention, longForms: Map<string, NameMention>): void {
  const short = shortFormAfter(text, m.end)?.short;
  if (short && !longForms.has(short) && spells(short, text.slice(m.start, m.end))) longForms.set(short, m);
}

/** The short form a name ending at `end` defines in brackets right after it ("(ICRC)"), and where it starts; else null. */
export function shortFormAfter(text: string, end: number): { short: string; start: number } | null {
  const match = DEFINED.exec(text.slice(end, end + 14));
  const short = match?.[1];
  return short && SHORT_FORM.test(short) && !PLURAL.test(short) ? { short, start: end + match[0].indexOf('(') + 1 } : null;
}

/** The initials of an organisation's or a law's name of several words, with its mention, where it is the first name to give them. */
function addInitials(text: string, m: NameMention, initials: Map<string, NameMention>, read: Set<string>): void {
  const name = text.slice(m.start, m.end);
  // a name written again gives the same initials, which its first mention has
  if (read.has(name) || (m.type === 'MISC' && !isLaw(name))) return;
  read.add(name);
  const letters = initialsOf(splitAtWhiteSpace(name.toLowerCase())).toUpperCase();
  if (letters.length >= 3 && !initials.has(letters)) initials.set(letters, m);
}

/** acronymMentions' mentions of the long forms (defined in the text) and the initials (written anywhere). */
function withAcronyms(doc: Doc, mentions: NameMention[], longForms: Map<string, NameMention>, initials: Map<string, NameMention>): NameMention[] {
  const out = [...mentions];
  let added = false;
  const mention = (at: number, long: NameMention): void => {
    const i = tokenAtOrAfter(doc, at);
    const t = doc.tokens[i];
    if (!t || t.start !== at || long.start === at) return;
    const expands = { start: long.start, end: long.end };
    const k = out.findIndex((m) => overlaps(m, t));
    if (k < 0) {
      out.push(nameMention({ start: t.start, end: t.end, type: long.type, caps: false, dateline: false, rule: 'entities/acronym', title: null, typedBy: null, expands }));
      added = true;
    } else if (out[k]!.start === t.start && out[k]!.end === t.end) out[k] = expandedMention(out[k]!, expands);
  };
  for (const [short, long] of longForms) {
    for (const at of wordsAt(doc.text, short)) mention(at, long);
  }
  if (initials.size && someWritten(doc.text, initials.keys())) {
    for (const m of doc.text.matchAll(CAPITALS)) {
      const long = initials.get(m[0].replace(/\./g, ''));
      const end = m.index + m[0].length;
      if (long && !longForms.has(m[0]) && !isWordChar(doc.text, m.index - 1) && !isWordChar(doc.text, end) && !besideCapitals(doc.text, m.index, end)) mention(m.index, long);
    }
  }
  return added ? out.sort((a, b) => a.start - b.start || b.end - a.end) : out;
}

/**
 * Whether the text may write one of the initials as CAPITALS reads it: their first two letters, with or without a
 * full stop between (the scan of every run of capitals is run only then).
 */
function someWritten(text: string, initials: Iterable<string>): boolean {
  for (const letters of initials) if (text.includes(letters.slice(0, 2)) || text.includes(`${letters[0]}.${letters[1]}`)) return true;
  return false;
}

/** Schwartz and Hearst: the short form's letters and digits appear in order in the long form, the first opening a word. */
export function spells(short: string, long: string): boolean {
  const s = short.toLowerCase();
  const l = long.toLowerCase();
  let j = l.length - 1;
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s[i]!;
    if (!/[\p{L}\p{N}]/u.test(c)) continue;
    while (j >= 0 && (l[j] !== c || (i === 0 && j > 0 && /[\p{L}\p{N}]/u.test(l[j - 1]!)))) j--;
    if (j < 0) return false;
    j--;
  }
  return true;
}

/** The word before or after [start, end) on its line is in capitals too: the acronym sits in a headline or a label. */
function besideCapitals(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start).split(/[ \t]+/);
  const after = text.slice(end, end + 30).split(/[ \t]+/);
  return (before.length > 1 && isCapitals(before[before.length - 2]!)) || (after.length > 1 && after[0] === '' && isCapitals(after[1]!));
}

const isCapitals = (word: string): boolean => /^\p{Lu}{2,}$/u.test(word);

/** A name ending in a law's head: "Affordable Care Act". */
function isLaw(name: string): boolean {
  return LAW_HEADS.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase());
}
