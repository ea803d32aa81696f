import { placeNamed } from '../lexicon/place-forms.js';
import { corporateSuffix } from './evidence.js';

/**
 * The key under which other forms of the same name meet, from a name's lower-case words: a country's or US
 * state's other forms give its name ("u.k.", "britain" give "united kingdom"; "ore." gives "oregon"); a
 * company's name without its corporate suffix ("nvidia corp." gives "nvidia"). `key` is the words joined by a
 * space; `dotted` is the key with the full stop that follows the name, which the mention leaves to the sentence
 * ("Portland, Ore."), else ''.
 */
export function canonicalKey(key: string, words: readonly string[], dotted: string): string {
  const place = placeNamed(key) ?? (dotted ? placeNamed(dotted) : undefined);
  if (place) return place;
  const last = words[words.length - 1]!;
  // the words are lower case already
  if (words.length >= 2 && corporateSuffix(last, last)) return words.slice(0, -1).join(' ').replace(/,$/, '');
  return key;
}

/** Words an acronym skips: "ICRC" of "International Committee of the Red Cross". */
const NOT_INITIALS = new Set(['of', 'and', 'for', 'the', 'de', '&']);

/** The initials of a name's lower-case words, the words an acronym skips left out. */
export function initialsOf(words: readonly string[]): string {
  let initials = '';
  for (const w of words) if (!NOT_INITIALS.has(w)) initials += w[0];
  return initials;
}

/**
 * A short form of a name of as many words, each word cut short or shortened by letters left out: "man utd" of
 * "manchester united", "mass. general" of "massachusetts general"; the same first letter, the letters in order,
 * two letters or more left out ("africa" is no short form of "african").
 */
export function abbreviates(short: readonly string[], long: readonly string[]): boolean {
  if (short.length !== long.length) return false;
  let shorter = false;
  for (let k = 0; k < short.length; k++) {
    const s = short[k]!.replace(/\.$/, '');
    const l = long[k]!;
    if (s === l) continue;
    if (s.length > l.length - 2 || s[0] !== l[0] || !inOrder(s, l)) return false;
    shorter = true;
  }
  return shorter;
}

function inOrder(s: string, l: string): boolean {
  let j = 0;
  for (const c of s) {
    j = l.indexOf(c, j) + 1;
    if (j === 0) return false;
  }
  return true;
}

/**
 * The other forms a text names an entity by, as first written (white space made single): every distinct form
 * but the name, case aside; for a person, not the parts of the name ("Akar" of "Hulusi Akar"), which are the name.
 */
export function aliasesOf(name: string, forms: readonly string[], isPart: (form: string) => boolean): string[] {
  if (forms.every((f) => f === name)) return [];
  const seen = new Set([name.toLowerCase()]);
  const out: string[] = [];
  for (const form of forms) {
    const lower = form.toLowerCase();
    if (seen.has(lower)) continue;
    seen.add(lower);
    if (!isPart(form)) out.push(form);
  }
  return out;
}
