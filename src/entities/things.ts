import type { Doc } from '../doc/document.js';
import { resized, type Named } from './named.js';
import { spacedRun } from './words.js';
import { wordClassesOf } from './tagger/index.js';
import { WORD_CLASS } from './tagger/word-classes.js';
import { isNameWord, isWordOf } from './connectors.js';
import { LAW_HEADS, STORM_WORDS } from './types.js';

const ARTICLES = new Set(['the', 'a', 'an']);
/**
 * Nouns for a weapon or a machine that a make's or a model's name premodifies ("Storm Shadow missiles", "Typhoon
 * jets"); a storm's name premodifies its aftermath's ("Typhoon Haiyan survivors").
 */
const MACHINE_NOUNS = new Set([
  'missile', 'missiles', 'rocket', 'rockets', 'jet', 'jets', 'fighter', 'fighters', 'aircraft', 'plane', 'planes',
  'drone', 'drones', 'bomber', 'bombers', 'launcher', 'launchers', 'engine', 'engines', 'tank', 'tanks',
]);

/**
 * A name opening with a storm's word that names no storm (see refineType): one modifying a weapon's or a machine's
 * noun after it ("Storm Shadow missiles"), or a person's as the tagger read it, the last word written alone elsewhere
 * as a person's or a word for a person set after the name ("Storm Reid, the actress, said").
 */
export function isNoStorm(doc: Doc, n: Named, names: readonly Named[]): boolean {
  if (n.last - n.first < 2 || !isWordOf(doc, n.first, STORM_WORDS)) return false;
  const next = doc.tokens[n.last];
  if (next && MACHINE_NOUNS.has(next.norm) && spacedRun(doc, n.last - 1, n.last)) return true;
  if (n.type !== 'PERSON') return false;
  if (isWrittenAlone(doc, n.last - 1, names)) return true;
  if (next?.norm !== ',' || !ARTICLES.has(doc.tokens[n.last + 1]?.lower ?? '')) return false;
  for (let i = n.last + 2; i < Math.min(n.last + 5, doc.tokens.length) && /^\p{Ll}/u.test(doc.tokens[i]!.norm); i++) {
    if ((wordClassesOf(doc.tokens[i]!.norm) & WORD_CLASS.role) !== 0) return true;
  }
  return false;
}

/**
 * Token k's word is elsewhere a person's one-word name (a function of its own: a closure over the name in
 * isNoStorm would be allocated on every call, storm or not).
 */
function isWrittenAlone(doc: Doc, k: number, names: readonly Named[]): boolean {
  const word = doc.tokens[k]!.norm;
  return names.some((o) => o.type === 'PERSON' && o.last - o.first === 1 && o.first !== k && doc.tokens[o.first]!.norm === word);
}

/** The most capitalised words a law's name is read back over from its head: "Affordable Care Act". */
const MAX_LAW_WORDS = 5;

/**
 * Words the tagger left out of a name that make it a thing's (see refineType): a named storm's word before it
 * ("Hurricane" of "Hurricane Milton", "Tropical Storm" of "Tropical Storm Alberto"), a law's head after it ("Act"
 * of "Affordable Care Act"), and the capitalised words before a law's name that the tagger cut ("Bipartisan
 * Safer" where it took "Communities Act"), none in another name but a one-word nationality or other name the tagger
 * read apart ("European" before "Chips Act"). `names` are in text order.
 */
export function withThingWords(doc: Doc, names: readonly Named[]): Named[] {
  const out: Named[] = [];
  for (let k = 0; k < names.length; k++) {
    const n = names[k]!;
    const floor = out[out.length - 1]?.last ?? 0;
    let first = n.first;
    if (isWordOf(doc, first - 1, STORM_WORDS) && spacedRun(doc, first - 1, first) && floor < first) {
      first--;
      if (doc.tokens[first - 1]?.norm === 'Tropical' && spacedRun(doc, first - 1, first) && floor < first) first--;
    }
    const last = isWordOf(doc, n.last, LAW_HEADS) && spacedRun(doc, n.last - 1, n.last) && (names[k + 1]?.first ?? doc.tokens.length) > n.last ? n.last + 1 : n.last;
    const law = isWordOf(doc, last - 1, LAW_HEADS);
    if (law) {
      while (first - 1 >= floor && last - first < MAX_LAW_WORDS && isNameWord(doc.tokens[first - 1]!) && spacedRun(doc, first - 1, first)) first--;
      const before = out[out.length - 1];
      if (before && before.last === first && before.type === 'MISC' && before.last - before.first === 1 && spacedRun(doc, first - 1, first)) first = out.pop()!.first;
    }
    out.push(first === n.first && last === n.last ? n : resized(n, first, last, doc.tokens[first]!.start, doc.tokens[last - 1]!.end, law ? 'MISC' : n.type));
  }
  return out;
}
