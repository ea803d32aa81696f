import type { Doc } from '../doc/document.js';

/**
 * A document's written words, numbered once: the tagger and the rules ask about the same few hundred words over
 * and over, and a rule that reads a few cue words need not walk every token for them.
 */
export interface DocWords {
  /** per token, the number of its written form (`norm`) */
  of: Int32Array;
  /** per number, the written form, and its lower case (the tokens' `lower`) */
  norms: string[];
  lowers: string[];
}

/**
 * A dictionary keyed by words: a null-prototype object rather than a Map, as the tokenizer interns the words it
 * reads and a property lookup then compares a pointer where a Map compares the characters (measured: a Map of the
 * tagger's forms took a sixth of the entity stage).
 */
export function wordDictionary<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

const cache = new WeakMap<Doc, DocWords>();

export function docWords(doc: Doc): DocWords {
  let words = cache.get(doc);
  if (words) return words;
  const tokens = doc.tokens;
  const of = new Int32Array(tokens.length);
  const numbers = wordDictionary<number>();
  const norms: string[] = [];
  const lowers: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let k = numbers[t.norm];
    if (k === undefined) {
      numbers[t.norm] = k = norms.length;
      norms.push(t.norm);
      lowers.push(t.lower);
    }
    of[i] = k;
  }
  cache.set(doc, (words = { of, norms, lowers }));
  return words;
}

/** The tokens whose lower case is one of `words`, in text order: each written form asked once. */
export function tokensOf(doc: Doc, words: ReadonlySet<string>): number[] {
  const { of, lowers } = docWords(doc);
  let wanted: Uint8Array | undefined;
  for (let k = 0; k < lowers.length; k++) if (words.has(lowers[k]!)) (wanted ??= new Uint8Array(lowers.length))[k] = 1;
  const found: number[] = [];
  if (wanted) for (let i = 0; i < of.length; i++) if (wanted[of[i]!]) found.push(i);
  return found;
}
