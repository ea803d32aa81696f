import type { Doc } from '../doc/document.js';
import type { Named } from './named.js';
import { spacedRun } from './words.js';
import { isNameWord, isWordOf } from './connectors.js';
import { LAW_HEADS, STORM_WORDS } from './types.js';

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
    if (isWordOf(doc, last - 1, LAW_HEADS)) {
      while (first - 1 >= floor && last - first < MAX_LAW_WORDS && isNameWord(doc.tokens[first - 1]!) && spacedRun(doc, first - 1, first)) first--;
      const before = out[out.length - 1];
      if (before && before.last === first && before.type === 'MISC' && before.last - before.first === 1 && spacedRun(doc, first - 1, first)) first = out.pop()!.first;
    }
    out.push(first === n.first && last === n.last ? n : { ...n, first, last, start: doc.tokens[first]!.start, end: doc.tokens[last - 1]!.end, type: 'MISC' });
  }
  return out;
}
