import type { Doc } from '../doc/document.js';
import type { Named } from './named.js';
import { spacedRun } from './words.js';
import { LAW_HEADS, STORM_WORDS } from './types.js';

/**
 * Words the tagger left out of a name that make it a thing's (see refineType): a named storm's word before it
 * ("Hurricane" of "Hurricane Milton", "Tropical Storm" of "Tropical Storm Alberto") and a law's head after it
 * ("Act" of "American Rescue Plan Act"), each capitalised and not in another name. `names` are in text order.
 */
export function withThingWords(doc: Doc, names: readonly Named[]): Named[] {
  return names.map((n, k) => {
    let first = n.first;
    if (isWordOf(doc, first - 1, STORM_WORDS) && spacedRun(doc, first - 1, first) && (names[k - 1]?.last ?? 0) < first) {
      first--;
      if (doc.tokens[first - 1]?.norm === 'Tropical' && spacedRun(doc, first - 1, first) && (names[k - 1]?.last ?? 0) < first) first--;
    }
    const last = isWordOf(doc, n.last, LAW_HEADS) && spacedRun(doc, n.last - 1, n.last) && (names[k + 1]?.first ?? doc.tokens.length) > n.last ? n.last + 1 : n.last;
    if (first === n.first && last === n.last) return n;
    return { ...n, first, last, start: doc.tokens[first]!.start, end: doc.tokens[last - 1]!.end, type: 'MISC' };
  });
}

function isWordOf(doc: Doc, i: number, words: ReadonlySet<string>): boolean {
  const t = doc.tokens[i];
  return t !== undefined && /^\p{Lu}\p{Ll}/u.test(t.norm) && words.has(t.lower);
}
