import type { Doc } from '../doc/document.js';

/**
 * A document's written words, numbered once: the tagger and the rules ask about the same few hundred words over
 * and over, and a rule whose cue words the document lacks need not walk its tokens.
 */
export interface DocWords {
  /** per token, the number of its written form (`norm`) */
  of: Int32Array;
  /** per number, the written form, and its lower case (the tokens' `lower`) */
  norms: string[];
  lowers: string[];
}

const cache = new WeakMap<Doc, DocWords>();

export function docWords(doc: Doc): DocWords {
  let words = cache.get(doc);
  if (words) return words;
  const tokens = doc.tokens;
  const of = new Int32Array(tokens.length);
  const numbers = new Map<string, number>();
  const norms: string[] = [];
  const lowers: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let k = numbers.get(t.norm);
    if (k === undefined) {
      numbers.set(t.norm, (k = norms.length));
      norms.push(t.norm);
      lowers.push(t.lower);
    }
    of[i] = k;
  }
  cache.set(doc, (words = { of, norms, lowers }));
  return words;
}

/** The tokens whose lower case is one of `words`, in text order. */
export function tokensOf(doc: Doc, words: ReadonlySet<string>): number[] {
  const { of, lowers } = docWords(doc);
  let wanted: Uint8Array | undefined;
  for (let k = 0; k < lowers.length; k++) if (words.has(lowers[k]!)) (wanted ??= new Uint8Array(lowers.length))[k] = 1;
  const found: number[] = [];
  if (wanted) for (let i = 0; i < of.length; i++) if (wanted[of[i]!]) found.push(i);
  return found;
}
